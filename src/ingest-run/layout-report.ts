import type { MetaSources } from '../ingest/article-meta.ts';
import type { FileLayout } from '../ingest/path-layout.ts';
import type { Sidecar } from '../ingest/page-meta.ts';

/** How many files were read in one layout, in how many folders, and where their paper, date, page and page name came from. */
export interface LayoutReport {
  describe: string;
  pattern: string;
  files: number;
  /** Of those, byte copies of another file, read once as that file. */
  copies: number;
  folders: number;
  /** For each field, the sources it was taken from, most files first; empty when no file said it. */
  from: Record<keyof MetaSources, string[]>;
}

/** Where a page file's metadata came from: its sidecar, else its path. */
export function pageFileSources(sidecar: Sidecar | null, layout: FileLayout): MetaSources {
  const p = layout.path;
  const pick = (side: unknown, path: unknown) => (side !== undefined ? 'sidecar' : path !== null ? 'the path' : null);
  return {
    paper: pick(sidecar?.paper ?? sidecar?.name, p.paper),
    date: pick(sidecar?.date, p.date),
    page: pick(sidecar?.page, p.page),
    pageName: pick(sidecar?.pageName, p.pageName),
  };
}

/** Groups files by layout for the ingest summary, in the order layouts were first met; `from` is null for a byte copy, which was not read. */
export function reportLayouts(files: { file: string; layout: FileLayout; from: MetaSources | null }[]): LayoutReport[] {
  return [...Map.groupBy(files, (f) => `${f.layout.pattern}\u0000${f.layout.describe}`).values()].map((group) => {
    const from = { paper: [], date: [], page: [], pageName: [] } as LayoutReport['from'];
    for (const field of Object.keys(from) as (keyof MetaSources)[]) {
      const counts = Map.groupBy(group.flatMap((f) => (f.from?.[field] ? [f.from[field]] : [])), (s) => s);
      from[field] = [...counts].sort((a, b) => b[1].length - a[1].length).map(([s]) => s);
    }
    return {
      describe: group[0]!.layout.describe,
      pattern: group[0]!.layout.pattern,
      files: group.length,
      copies: group.filter((f) => f.from === null).length,
      folders: new Set(group.map((f) => f.file.replace(/\/?[^/]*$/, ''))).size,
      from,
    };
  });
}

const FIELD_NAMES: Record<keyof MetaSources, string> = { paper: 'paper', date: 'date', page: 'page', pageName: 'page name' };

/** One line per layout: `17 files in 1 folder read as one article each, plain text (…): paper from sidecar, date from the path, …`. */
export function formatLayouts(reports: LayoutReport[]): string[] {
  return reports.map((r) => {
    const said = (Object.keys(FIELD_NAMES) as (keyof MetaSources)[]).map((k) => `${FIELD_NAMES[k]} from ${r.from[k].length ? r.from[k].join(' or ') : 'nowhere (unknown)'}`);
    const copies = r.copies > 0 ? ` (${r.copies.toLocaleString('en')} of them ${r.copies === 1 ? 'a byte copy' : 'byte copies'} of another, read once)` : '';
    const count = `${r.files.toLocaleString('en')} ${r.files === 1 ? 'file' : 'files'} in ${r.folders} ${r.folders === 1 ? 'folder' : 'folders'}${copies}`;
    return `${count} read as ${r.describe} (${r.pattern}): ${said.join(', ')}`;
  });
}

import type { IngestResult } from './run-ingest.ts';

/** Counts for the end-of-run summary: files read and unreadable, items by kind, fragments, warnings, errors. */
export function summarize(r: IngestResult) {
  const byKind = { article: 0, brief: 0, photo: 0, fragment: 0, advertisement: 0 };
  for (const e of r.entries) byKind[e.kind]++;
  // A page made of article files counts each of its files.
  const files = r.pages.flatMap((p): { encoding: string | null }[] => (p.files.length > 0 ? p.files : [p]));
  const unreadable = files.filter((f) => f.encoding === null).length;
  return {
    files: files.length,
    unreadable,
    items: r.entries.length,
    byKind,
    warnings: r.messages.filter((m) => m.severity === 'warning').length,
    errors: r.messages.filter((m) => m.severity === 'error').length,
  };
}

/** The summary as one English line for the terminal. */
export function formatSummary(s: ReturnType<typeof summarize>): string {
  const k = s.byKind;
  return (
    `${s.files} files (${s.unreadable} unreadable), ${s.items} items: ` +
    // Advertisements are only ever a curator's word, so the line names them only when there are some.
    `${k.article} articles, ${k.brief} briefs, ${k.photo} photos, ${k.fragment} fragments${k.advertisement ? `, ${k.advertisement} advertisements` : ''}; ` +
    `${s.warnings} warnings, ${s.errors} errors`
  );
}

import type { Archive } from './build-archive.ts';
import type { PageSummary } from '../schema/summary.ts';

/** One row of the ingest report: a page file and what ingest made of it. */
export interface ReportRow {
  page: PageSummary;
  items: number;
  fragments: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Totals over all files. */
export interface ReportTotals {
  files: number;
  items: number;
  fragments: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files with at least one error, warning or fragment. */
  doubtful: number;
}

const SEVERITY_TOTAL = { error: 'errors', warning: 'warnings', info: 'infos' } as const;

/**
 * Rows for every page file, those the parser was least sure of first (errors,
 * then warnings, then fragments), the rest in file order, so a curator starts where it matters.
 */
export function reportRows(archive: Archive): { rows: ReportRow[]; totals: ReportTotals } {
  const rows = archive.pages.map((page): ReportRow => {
    const items = archive.itemsOf(page.id);
    const sev = { error: 0, warning: 0, info: 0 };
    for (const m of page.messages) sev[m.severity]++;
    return { page, items: items.length, fragments: items.filter((e) => e.kind === 'fragment').length, errors: sev.error, warnings: sev.warning, infos: sev.info };
  });
  const byFile = (a: (typeof rows)[number], b: (typeof rows)[number]) => (a.page.file < b.page.file ? -1 : a.page.file > b.page.file ? 1 : 0);
  rows.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.fragments - a.fragments || byFile(a, b));
  const totals: ReportTotals = { files: rows.length, items: 0, fragments: 0, errors: 0, warnings: 0, infos: 0, doubtful: 0 };
  for (const r of rows) {
    totals.items += r.items;
    totals.fragments += r.fragments;
    totals.errors += r.errors;
    totals.warnings += r.warnings;
    totals.infos += r.infos;
    if (r.errors + r.warnings + r.fragments > 0) totals.doubtful++;
  }
  // Messages about sidecars count too: the totals are every message the CLI printed.
  for (const m of archive.fileReports.flatMap((f) => f.messages)) totals[SEVERITY_TOTAL[m.severity]]++;
  return { rows, totals };
}

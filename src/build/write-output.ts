import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileReport } from '../schema/file-report.ts';
import { escapeJsonControls } from '../text/control-chars.ts';
import type { IngestResult } from './run-ingest.ts';

/** Writes the collections the site reads to `outDir`: `articles.json`, `pages.json` and `files.json`. */
export async function writeEntries(outDir: string, result: IngestResult): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'articles.json'), JSON.stringify(result.entries) + '\n');
  await writeFile(join(outDir, 'pages.json'), JSON.stringify(result.pages) + '\n');
  await writeFile(join(outDir, 'files.json'), formatFileReports(result.fileReports));
}

/** Reports on input files that are not pages, as an object keyed by file (`FileReportsSchema`), `{}` when there are none. */
export function formatFileReports(reports: readonly FileReport[]): string {
  return JSON.stringify(Object.fromEntries(reports.map((r) => [r.file, r]))) + '\n';
}

/** The archive's data export: all entries as one JSON array, one-space indent, every control character escaped (shared by the CLI and the site). */
export function formatExport(entries: readonly unknown[]): string {
  return escapeJsonControls(JSON.stringify(entries, null, 1)) + '\n';
}

/** Writes the data export to `file`. */
export async function writeExport(file: string, result: IngestResult): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, formatExport(result.entries));
}

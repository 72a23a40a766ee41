import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IngestResult } from './run-ingest.ts';

/** Writes the collections the site reads: `articles.json` and `pages.json` in `outDir`. */
export async function writeEntries(outDir: string, result: IngestResult): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'articles.json'), JSON.stringify(result.entries) + '\n');
  await writeFile(join(outDir, 'pages.json'), JSON.stringify(result.pages) + '\n');
}

/** The archive's data export: all entries as one JSON array, one-space indent (shared by the CLI and the site). */
export function formatExport(entries: readonly unknown[]): string {
  return JSON.stringify(entries, null, 1) + '\n';
}

/** Writes the data export to `file`. */
export async function writeExport(file: string, result: IngestResult): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, formatExport(result.entries));
}

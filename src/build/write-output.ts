import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DATA_FILES, MANIFEST_FILE, MANIFEST_VERSION, type DataFile, type Manifest } from '../schema/manifest.ts';
import type { FileReport } from '../schema/file-report.ts';
import { escapeJsonControls } from '../text/control-chars.ts';
import type { IngestResult } from './run-ingest.ts';

/** What the site reads, as values: the entries, the page records, and the reports on other files keyed by file. */
export interface EntryData {
  articles: readonly unknown[];
  pages: readonly unknown[];
  files: Readonly<Record<string, unknown>>;
}

/** Called after each step of a write, so a fault-injection test can stop the process between any two. */
export type OnStep = (step: string) => void | Promise<void>;

/** Writes the collections the site reads to `outDir` (`articles.json`, `pages.json`, `files.json`) and their manifest. */
export async function writeEntries(outDir: string, result: IngestResult): Promise<void> {
  await writeEntryData(outDir, { articles: result.entries, pages: result.pages, files: fileReportRecord(result.fileReports) });
}

/**
 * Writes the data files, then the manifest that vouches for them, so that a
 * process killed at any point leaves either the last complete state or a folder
 * the site refuses; never new files under an old manifest. The order: every
 * file to a temporary name in the same folder (the slow part; killed here, the
 * old files and manifest are untouched), the old manifest removed, the files
 * renamed into place (each rename is atomic), and the new manifest written
 * last, by rename too.
 */
export async function writeEntryData(outDir: string, data: EntryData, onStep: OnStep = () => {}): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await removeStaleTemps(outDir);
  const texts: Record<DataFile, string> = {
    'articles.json': JSON.stringify(data.articles) + '\n',
    'pages.json': JSON.stringify(data.pages) + '\n',
    'files.json': JSON.stringify(data.files) + '\n',
  };
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    counts: { entries: data.articles.length, pages: data.pages.length, files: Object.keys(data.files).length },
    files: {
      'articles.json': digestOf(texts['articles.json']),
      'pages.json': digestOf(texts['pages.json']),
      'files.json': digestOf(texts['files.json']),
    },
  };
  const temps = DATA_FILES.map((name) => tempName(join(outDir, name)));
  try {
    for (const [i, name] of DATA_FILES.entries()) {
      // Flushed before the rename, so a crash of the machine cannot leave a renamed file without its bytes.
      await writeFile(temps[i]!, texts[name], { flush: true });
      await onStep(`write ${name} to a temporary name`);
    }
    await rm(join(outDir, MANIFEST_FILE), { force: true });
    await onStep(`remove ${MANIFEST_FILE}`);
    for (const [i, name] of DATA_FILES.entries()) {
      await rename(temps[i]!, join(outDir, name));
      await onStep(`rename ${name}`);
    }
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
  await writeAtomic(join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n', onStep);
}

/** Size and sha256 digest of a file's text as written (UTF-8). */
export function digestOf(text: string | Uint8Array): Manifest['files'][DataFile] {
  return { bytes: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength, sha256: createHash('sha256').update(text).digest('hex') };
}

/** Reports on input files that are not pages, as an object keyed by file (`FileReportsSchema`), `{}` when there are none. */
export function fileReportRecord(reports: readonly FileReport[]): Record<string, FileReport> {
  return Object.fromEntries(reports.map((r) => [r.file, r]));
}

/** The archive's data export: all entries as one JSON array, one-space indent, every control character escaped (shared by the CLI and the site). */
export function formatExport(entries: readonly unknown[]): string {
  return escapeJsonControls(JSON.stringify(entries, null, 1)) + '\n';
}

/** Writes the data export to `file`, by rename, so a killed ingest leaves the previous export whole. */
export async function writeExport(file: string, result: IngestResult): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeAtomic(file, formatExport(result.entries));
}

async function writeAtomic(file: string, text: string, onStep: OnStep = () => {}): Promise<void> {
  const temp = tempName(file);
  try {
    await writeFile(temp, text, { flush: true });
    await onStep(`write ${basename(file)} to a temporary name`);
    await rename(temp, file);
    await onStep(`rename ${basename(file)}`);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// Hidden, and named for the writing process, so two ingests into one folder do not write into each other's files.
const TEMP = /^\..+\.(\d+)\.tmp$/;
const tempName = (file: string) => join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);

// A killed ingest leaves its temporary files behind; the next one clears those of processes that are gone.
async function removeStaleTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const pid = TEMP.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) await rm(join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

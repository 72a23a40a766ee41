import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { exportPieces, MANIFEST_FILE, SHARDS_DIR } from '../schema/archive-files.ts';
import { writeEntryTemps, type EntryBatch, type EntryData } from './entry-files.ts';
import type { Entry } from '../schema/entry.ts';
import type { FileReport } from '../schema/file-report.ts';
import type { Page } from '../schema/page.ts';
import type { IngestResult } from './run-ingest.ts';


/** Called after each step of a write, so a fault-injection test can stop the process between any two. */
type OnStep = (step: string) => void | Promise<void>;

/**
 * Writes the files the site reads to `outDir` (data files, shards) and their manifest, from a result held whole.
 * @internal For tests; the CLI writes batches as pages pass (writeEntryBatches).
 */
export async function writeEntries(outDir: string, result: IngestResult): Promise<void> {
  await writeEntryData(outDir, { articles: result.entries, pages: result.pages, files: fileReportRecord(result.fileReports) });
}

/**
 * `writeEntryBatches` of records held in memory.
 * @internal Exported for tests/support/write-entries-child.ts.
 */
export async function writeEntryData(outDir: string, data: EntryData, onStep: OnStep = () => {}): Promise<void> {
  await writeEntryBatches(outDir, data.files, [{ pages: data.pages as Page[], entries: data.articles as Entry[] }], { onStep });
}

/**
 * Writes the data files and shards of `batches`, then the manifest that vouches
 * for them, so that a process killed at any point leaves either the last
 * complete state or a folder the site refuses; never new files under an old
 * manifest. The order: every file to a temporary name in its folder (the slow
 * part; killed here, the old files and manifest are untouched), the old
 * manifest removed, the files renamed into place (each rename is atomic), the
 * new manifest written last, by rename too, and then shards no manifest lists
 * any more removed. With `exportFile`, the data export is written on the way
 * and renamed into place last, so a killed ingest leaves the previous export whole.
 */
export async function writeEntryBatches(
  outDir: string,
  reports: Readonly<Record<string, unknown>>,
  batches: Iterable<EntryBatch> | AsyncIterable<EntryBatch>,
  { onStep = () => {}, exportFile }: { onStep?: OnStep; exportFile?: string } = {},
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await removeStaleTemps(outDir);
  if (exportFile) await mkdir(dirname(exportFile), { recursive: true });
  const opened: string[] = [];
  const exportTemp = exportFile ? tempName(exportFile) : undefined;
  try {
    const { paths, manifest } = await writeEntryTemps(batches, reports, {
      tempOf: (path) => tempName(join(outDir, path)),
      ...(exportTemp ? { exportTemp } : {}),
      opened,
      onWritten: (path) => onStep(`write ${path} to a temporary name`),
    });
    await rm(join(outDir, MANIFEST_FILE), { force: true });
    await onStep(`remove ${MANIFEST_FILE}`);
    for (const path of paths) {
      await rename(tempName(join(outDir, path)), join(outDir, path));
      await onStep(`rename ${path}`);
    }
    await writeAtomic(join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + '\n', onStep);
    await removeUnlisted(outDir, new Set(paths));
    if (exportFile) await rename(exportTemp!, exportFile);
  } catch (error) {
    await Promise.all(opened.map((t) => rm(t, { force: true })));
    throw error;
  }
}

/**
 * Reports on input files that are not pages, as an object keyed by file (`FileReportsSchema`), `{}` when there are none.
 */
export function fileReportRecord(reports: readonly FileReport[]): Record<string, FileReport> {
  return Object.fromEntries(reports.map((r) => [r.file, r]));
}

/**
 * Writes the data export of a result held whole to `file`, by rename, so a killed ingest leaves the previous export whole.
 * @internal For tests; the CLI writes the export on the way (writeEntryBatches' exportFile).
 */
export async function writeExport(file: string, result: IngestResult): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeAtomic(file, exportPieces(result.entries));
}

async function writeAtomic(file: string, text: string | Iterable<string>, onStep: OnStep = () => {}): Promise<void> {
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
  for (const d of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const pid = TEMP.exec(d.name)?.[1];
    if (d.isFile() && pid && !isRunning(Number(pid))) await rm(join(d.parentPath, d.name), { force: true });
  }
}

// Shards of an earlier ingest that this one did not write (a month no longer in the input): no manifest lists them, so no one reads them.
async function removeUnlisted(dir: string, written: ReadonlySet<string>): Promise<void> {
  const shards = join(dir, SHARDS_DIR);
  if (!existsSync(shards)) return;
  for (const d of await readdir(shards, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(d.parentPath, d.name)).split('\\').join('/');
    if (d.isFile() && !TEMP.test(d.name) && !written.has(path)) await rm(join(d.parentPath, d.name), { force: true });
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

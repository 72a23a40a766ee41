// The site's side of the manifest (src/ingest-run/write-output.ts writes it): the
// entries folder is read only when its manifest is there and every data file
// matches it, so a site is never built from a cut file or from a mix of two
// ingests. Node only: used by the content loader, the data export and the
// build check, never shipped to the browser.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { DATA_FILES, MANIFEST_FILE, shardFile, type DataFile, type IndexFile } from '../schema/archive-files.ts';
import { COUNT_OF, ManifestSchema, type Manifest } from '../schema/manifest.ts';
import type { Shard } from '../schema/summary.ts';
import { digestOf } from '../schema/archive-files.ts';

/** The entries folder cannot be used, or the site does not show it; the message says which file, what is wrong and what to do. */
export class EntriesError extends Error {
  override name = 'EntriesError';
  constructor(message: string) {
    super(message);
    // A message for the user, not a bug: without a stack, Astro prints the message alone.
    this.stack = '';
  }
}

/** A manifest as read: its values, and its text to tell whether it changed since. */
export interface ReadManifest {
  manifest: Manifest;
  text: string;
}

const AGAIN = 'Run `npm run ingest` (or `npm run build`) again to write a complete set of entries.';

/** True when ingest has written anything to `dir` (a manifest or a data file). */
function hasEntries(dir: string): boolean {
  return [MANIFEST_FILE, ...DATA_FILES].some((f) => existsSync(join(dir, f)));
}

/** Reads and checks `manifest.json` in the entries folder `dir`. */
export async function readManifest(dir: string): Promise<ReadManifest> {
  const file = join(dir, MANIFEST_FILE);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw new EntriesError(`${shown(file)} cannot be read: ${error.message}.\n  ${AGAIN}`);
    if (!hasEntries(dir)) throw new EntriesError(`${shown(dir)} holds no entries (no ${MANIFEST_FILE}, no ${DATA_FILES.join(', ')}).\n  Run \`npm run ingest\` (or \`npm run build\`) first.`);
    throw new EntriesError(
      `${shown(file)} is missing, so the entries in ${shown(dir)} may not be whole: ingest was stopped while writing them, is still running, or is older than this check.\n  ${AGAIN}`,
    );
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EntriesError(`${shown(file)} is not valid JSON (${(error as Error).message}).\n  ${AGAIN}`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EntriesError(`${shown(file)} is not a manifest this site can read (${issue.path.join('.') || 'the file'}: ${issue.message}).\n  ${AGAIN}`);
  }
  return { manifest: parsed.data, text };
}

/**
 * Reads one data file of the entries folder and returns its records (an array,
 * or for `files.json` an object keyed by file; a summary file line by line), once
 * its size, digest and count match the manifest and no id is given twice. With `keep`, a
 * summary file's records that `keep` keeps (every line still read, counted and checked).
 */
export async function readDataFile(
  dir: string,
  name: DataFile,
  manifest: Manifest,
  keep?: (record: unknown) => boolean,
): Promise<unknown[] | Record<string, unknown>> {
  const file = join(dir, name);
  const bytes = await readChecked(dir, name, manifest.files[name]);
  const read = name.endsWith('.ndjson') ? parseLines(file, bytes, keep) : { records: parseJson(file, bytes), lines: null };
  const { records } = read;
  if (typeof records !== 'object' || records === null) throw new EntriesError(`${shown(file)} holds neither a list nor an object of records.\n  ${AGAIN}`);
  const count = read.lines ?? (Array.isArray(records) ? records.length : Object.keys(records).length);
  checkCount(dir, file, count, manifest.counts[COUNT_OF[name]]);
  if (Array.isArray(records)) refuseDuplicateIds(file, records);
  return records as unknown[] | Record<string, unknown>;
}

/**
 * Reads a summary file (`entry-index.ndjson`, `page-index.ndjson`), checked as readDataFile checks every data file.
 * With `keep`, only the records it keeps are returned (each line is still read, counted and checked as JSON):
 * a build of one part holds its part's summaries, not a million.
 */
export async function readIndex(dir: string, name: IndexFile, manifest: Manifest, keep?: (record: unknown) => boolean): Promise<unknown[]> {
  return (await readDataFile(dir, name, manifest, keep)) as unknown[];
}

/** Reads one shard (`shards/<name>.json`) once its size, digest and counts of pages and entries match the manifest. */
export async function readShard(dir: string, name: string, manifest: Manifest): Promise<Shard> {
  const file = join(dir, shardFile(name));
  const expected = manifest.shards[name];
  if (!expected) throw new EntriesError(`${shown(join(dir, MANIFEST_FILE))} lists no shard ${name}, which a summary names.\n  ${AGAIN}`);
  const shard = parseJson(file, await readChecked(dir, shardFile(name), expected)) as Shard;
  if (!Array.isArray(shard?.pages) || !Array.isArray(shard.entries)) throw new EntriesError(`${shown(file)} holds no pages and entries.\n  ${AGAIN}`);
  checkCount(dir, file, shard.pages.length, expected.pages, 'page records');
  checkCount(dir, file, shard.entries.length, expected.entries, 'entries');
  return shard;
}

/**
 * Checks the size and digest of every file the manifest lists, one at a time (a build does this
 * first, so a damaged shard stops it before a page is written).
 */
export async function checkAllFiles(dir: string, manifest: Manifest): Promise<void> {
  for (const name of DATA_FILES) await readChecked(dir, name, manifest.files[name]);
  for (const [name, digest] of Object.entries(manifest.shards)) await readChecked(dir, shardFile(name), digest);
}

// The bytes of a file of the entries folder, once their size and digest are those the manifest gives.
async function readChecked(dir: string, path: string, expected: { bytes: number; sha256: string }): Promise<Buffer> {
  const file = join(dir, path);
  const against = `does not match ${shown(join(dir, MANIFEST_FILE))}`;
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    const what = error.code === 'ENOENT' ? `is missing, though ${MANIFEST_FILE} lists it` : `cannot be read: ${error.message}`;
    throw new EntriesError(`${shown(file)} ${what}.\n  ${AGAIN}`);
  });
  const actual = digestOf(bytes);
  if (actual.bytes !== expected.bytes) {
    throw new EntriesError(
      `${shown(file)} ${against}: it has ${actual.bytes} bytes, the manifest says ${expected.bytes} (ingest was stopped while writing it, or it was changed since).\n  ${AGAIN}`,
    );
  }
  if (actual.sha256 !== expected.sha256) {
    throw new EntriesError(
      `${shown(file)} ${against}: its sha256 digest is ${actual.sha256.slice(0, 12)}…, the manifest says ${expected.sha256.slice(0, 12)}… (it was changed after ingest wrote it).\n  ${AGAIN}`,
    );
  }
  return bytes;
}

function checkCount(dir: string, file: string, count: number, wanted: number, what = 'records'): void {
  if (count !== wanted) throw new EntriesError(`${shown(file)} does not match ${shown(join(dir, MANIFEST_FILE))}: it holds ${count} ${what}, the manifest says ${wanted}.\n  ${AGAIN}`);
}

function parseJson(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new EntriesError(`${shown(file)} is not valid JSON (${(error as Error).message}).\n  ${AGAIN}`);
  }
}

// One record a line, decoded line by line: no string as long as the file is made. Returns the records `keep` keeps, and how many lines were read.
function parseLines(file: string, bytes: Buffer, keep: (record: unknown) => boolean = () => true): { records: unknown[]; lines: number } {
  const records: unknown[] = [];
  let n = 1;
  for (let start = 0; start < bytes.length; n++) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    let record: unknown;
    try {
      record = JSON.parse(bytes.toString('utf8', start, end));
    } catch (error) {
      throw new EntriesError(`${shown(file)}:${n} is not valid JSON (${(error as Error).message}).\n  ${AGAIN}`);
    }
    if (keep(record)) records.push(record);
    start = end + 1;
  }
  return { records, lines: n - 1 };
}

// Two records with one id would be one page on the site, the other's text on no
// page, while search still finds it. Ingest makes ids unique; this is the safety net.
function refuseDuplicateIds(file: string, records: unknown[]): void {
  const firstSource = new Map<string, string>();
  const clashes: string[] = [];
  for (const r of records as { id?: unknown; file?: unknown; source?: { file?: unknown } }[]) {
    if (typeof r?.id !== 'string') continue;
    const named = r.source?.file ?? r.file;
    const source = typeof named === 'string' ? named : 'an unknown file';
    const earlier = firstSource.get(r.id);
    if (earlier === undefined) firstSource.set(r.id, source);
    else clashes.push(`the id ${r.id} is given to two records, from ${earlier} and from ${source}`);
  }
  if (clashes.length === 0) return;
  const more = clashes.length > 5 ? `\n  … and ${clashes.length - 5} more` : '';
  throw new EntriesError(
    `${shown(file)}: ${clashes.slice(0, 5).join(';\n  ')}${more}.\n  Only one record of an id gets a page. Run \`npm run ingest\` again (it gives every entry its own id); if the ids still clash, report it with both files.`,
  );
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

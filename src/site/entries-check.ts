// The site's side of the manifest (src/build/write-output.ts writes it): the
// entries folder is read only when its manifest is there and every data file
// matches it, so a site is never built from a cut file or from a mix of two
// ingests. Node only: used by the content loader, the data export and the
// build check, never shipped to the browser.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { COUNT_OF, DATA_FILES, MANIFEST_FILE, ManifestSchema, type DataFile, type Manifest } from '../schema/manifest.ts';
import { digestOf } from '../build/write-output.ts';

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
export function hasEntries(dir: string): boolean {
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
 * or for `files.json` an object keyed by file), once its size, digest and
 * count match the manifest and no id is given twice.
 */
export async function readDataFile(dir: string, name: DataFile, manifest: Manifest): Promise<unknown[] | Record<string, unknown>> {
  const file = join(dir, name);
  const against = `does not match ${shown(join(dir, MANIFEST_FILE))}`;
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    const what = error.code === 'ENOENT' ? `is missing, though ${MANIFEST_FILE} lists it` : `cannot be read: ${error.message}`;
    throw new EntriesError(`${shown(file)} ${what}.\n  ${AGAIN}`);
  });
  const expected = manifest.files[name];
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
  let records: unknown;
  try {
    records = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new EntriesError(`${shown(file)} is not valid JSON (${(error as Error).message}).\n  ${AGAIN}`);
  }
  if (typeof records !== 'object' || records === null) throw new EntriesError(`${shown(file)} holds neither a list nor an object of records.\n  ${AGAIN}`);
  const count = Array.isArray(records) ? records.length : Object.keys(records).length;
  const wanted = manifest.counts[COUNT_OF[name]];
  if (count !== wanted) throw new EntriesError(`${shown(file)} ${against}: it holds ${count} records, the manifest says ${wanted}.\n  ${AGAIN}`);
  if (Array.isArray(records)) refuseDuplicateIds(file, records);
  return records as unknown[] | Record<string, unknown>;
}

/** The whole entries folder, checked: the manifest and the records of every data file. */
export async function readVerifiedEntries(dir: string): Promise<ReadManifest & { articles: unknown[]; pages: unknown[]; files: Record<string, unknown> }> {
  const read = await readManifest(dir);
  const [articles, pages, files] = await Promise.all(DATA_FILES.map((name) => readDataFile(dir, name, read.manifest)));
  return { ...read, articles: articles as unknown[], pages: pages as unknown[], files: files as Record<string, unknown> };
}

// Two records with one id would be one page on the site, the other's text on no
// page, while search still finds it. Ingest makes ids unique; this is the safety net.
function refuseDuplicateIds(file: string, records: unknown[]): void {
  const firstSource = new Map<string, string>();
  const clashes: string[] = [];
  for (const r of records as { id?: unknown; file?: unknown; source?: { file?: unknown } }[]) {
    if (typeof r?.id !== 'string') continue;
    const source = String(r.source?.file ?? r.file ?? 'an unknown file');
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

import { FileReportsSchema, type FileReport } from '../schema/file-report.ts';
import { EntrySummarySchema, PageSummarySchema } from '../schema/summary.ts';
import { buildArchive, type Archive } from './build-archive.ts';
import { entriesDir } from '../schema/archive-files.ts';
import { readDataFile, readIndex, readManifest } from './entries-check.ts';
import { forSite } from './site-json.ts';
import { ofOnePart, onePart } from './partition.ts';
import type { Manifest } from '../schema/manifest.ts';

let loading: { manifest: string; archive: Promise<Archive> } | null = null;

/**
 * The archive's summaries, read once per build and shared by every route's
 * getStaticPaths and page, so no page re-reads or re-indexes the data. They are
 * read here, checked against the manifest (src/site/entries-check.ts) and the
 * schemas, not through Astro's content collections: a collection's data store
 * is bundled into the build as one string, which fails past a few hundred
 * thousand items. A view reads its full record from its shard (shard-reader.ts).
 * In `astro dev` a new manifest (ingest ran again) loads the new entries.
 */
export async function loadArchive(): Promise<Archive> {
  if (loading && !import.meta.env?.DEV) return loading.archive;
  const { manifest, text } = await readManifest(entriesDir);
  if (loading?.manifest === text) return loading.archive;
  const archive = readArchive(entriesDir, manifest);
  loading = { manifest: text, archive };
  return archive;
}

/**
 * The summaries of the entries folder `dir` whose manifest is `manifest`, read and indexed anew (loadArchive keeps them for a build).
 * A build of one paper's year (src/site/partition.ts) keeps the entries of that part only: its views show
 * nothing of other parts' items (continuations and corrections stay within an issue), but every page (the
 * paper's issues, the issues beside an issue) and every name, so that reporters' slugs are the whole archive's.
 * At a million items the summaries of every entry took 5 GB in each part's build.
 */
export async function readArchive(dir: string, manifest: Manifest): Promise<Archive> {
  const names = new Set<string>();
  const keep =
    onePart === null
      ? undefined
      : (record: unknown) => {
          for (const a of (record as { authors?: { name?: unknown }[] }).authors ?? []) if (typeof a?.name === 'string') names.add(forSite(a.name));
          return ofOnePart(record);
        };
  const [entries, pages, files] = await Promise.all([
    readIndex(dir, 'entry-index.ndjson', manifest, keep),
    readIndex(dir, 'page-index.ndjson', manifest),
    readDataFile(dir, 'files.json', manifest),
  ]);
  return buildArchive(
    forSite(entries).map((e) => EntrySummarySchema.parse(e)),
    forSite(pages).map((p) => PageSummarySchema.parse(p)),
    readFileReports(files),
    names,
  );
}

function readFileReports(files: unknown): FileReport[] {
  return Object.values(FileReportsSchema.parse(forSite(files)));
}

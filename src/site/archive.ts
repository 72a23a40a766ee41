import { getCollection } from 'astro:content';
import { FileReportsSchema, type FileReport } from '../schema/file-report.ts';
import { buildArchive, type Archive } from './build-archive.ts';
import { entriesDir } from './paths.ts';
import { readDataFile, readManifest } from './entries-check.ts';
import { forSite } from './site-json.ts';

let loading: Promise<Archive> | null = null;

/**
 * The archive, loaded from the content collections once per build and shared by
 * every route's getStaticPaths and page, so no page re-reads or re-indexes the data.
 */
export function loadArchive(): Promise<Archive> {
  loading ??= (async () => {
    const [articles, pages, files] = await Promise.all([getCollection('articles'), getCollection('pages'), readFileReports()]);
    return buildArchive(
      articles.map((a) => a.data),
      pages.map((p) => p.data),
      files,
    );
  })();
  return loading;
}

// Read here, not as a content collection: Astro's data store keeps no empty collection,
// and asking for one warns `The collection "files" does not exist or is empty` on every
// build of an archive whose input files are all pages (most of them).
// Checked against the manifest as the collections are (checked-loader.ts).
async function readFileReports(): Promise<FileReport[]> {
  const { manifest } = await readManifest(entriesDir);
  return Object.values(FileReportsSchema.parse(forSite(await readDataFile(entriesDir, 'files.json', manifest))));
}

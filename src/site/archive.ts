import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileReportsSchema, type FileReport } from '../schema/file-report.ts';
import { buildArchive, type Archive } from './build-archive.ts';
import { entriesDir } from './paths.ts';
import { parseSiteJson } from './site-json.ts';

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
async function readFileReports(): Promise<FileReport[]> {
  const text = await readFile(join(entriesDir, 'files.json'), 'utf8');
  return Object.values(FileReportsSchema.parse(parseSiteJson(text)));
}

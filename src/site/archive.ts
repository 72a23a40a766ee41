import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './build-archive.ts';

let loading: Promise<Archive> | null = null;

/**
 * The archive, loaded from the content collections once per build and shared by
 * every route's getStaticPaths and page, so no page re-reads or re-indexes the data.
 */
export function loadArchive(): Promise<Archive> {
  loading ??= (async () => {
    const [articles, pages, files] = await Promise.all([getCollection('articles'), getCollection('pages'), getCollection('files')]);
    return buildArchive(
      articles.map((a) => a.data),
      pages.map((p) => p.data),
      files.map((f) => f.data),
    );
  })();
  return loading;
}

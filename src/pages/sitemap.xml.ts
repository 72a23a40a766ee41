// Sitemap index: the page list is split into files small enough for any crawler.
import type { APIRoute } from 'astro';
import { loadArchive } from '../site/archive.ts';
import { entriesWrittenAt } from '../site/entries-written.ts';
import { sitemapIndex, sitePaths } from '../site/sitemap.ts';
import { SITEMAP_CHUNK } from '../site/site.ts';
import { absolute, href } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const n = Math.ceil(sitePaths(await loadArchive()).length / SITEMAP_CHUNK);
  const files = Array.from({ length: n }, (_, i) => absolute(href(`sitemaps/${i + 1}.xml`), site));
  return new Response(sitemapIndex(files, entriesWrittenAt()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

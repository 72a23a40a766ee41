// One file of the sitemap: up to SITEMAP_CHUNK page URLs.
import type { APIRoute } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { shellPaths } from '../../site/partition.ts';
import { entriesWrittenAt } from '../../site/entries-written.ts';
import { sitePaths, urlset } from '../../site/sitemap.ts';
import { SITEMAP_CHUNK } from '../../site/site.ts';
import { absolute } from '../../site/urls.ts';

export async function getStaticPaths() {
  const paths = sitePaths(await loadArchive());
  const n = Math.ceil(paths.length / SITEMAP_CHUNK);
  const chunk = (i: number) => paths.slice(i * SITEMAP_CHUNK, (i + 1) * SITEMAP_CHUNK);
  return shellPaths(Array.from({ length: n }, (_, i) => ({ params: { n: String(i + 1) }, props: { paths: chunk(i) } })));
}

export const GET: APIRoute = ({ props, site }) => {
  const urls = (props.paths as string[]).map((p) => absolute(p, site));
  return new Response(urlset(urls, entriesWrittenAt()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

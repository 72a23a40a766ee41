// A page's scan as a PDF, served as found beside the page's text.
import type { APIRoute } from 'astro';
import type { Page } from '../../schema/page.ts';
import { loadArchive } from '../../site/archive.ts';
import { viewsHere } from '../../site/partition.ts';
import { readScan, shownScan } from '../../site/scans.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  const paths = [];
  for (const page of viewsHere(archive.pages)) if ((await shownScan(page))?.kind === 'pdf') paths.push({ params: { name: page.id }, props: { page } });
  return paths;
}

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readScan(props.page as Page);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};

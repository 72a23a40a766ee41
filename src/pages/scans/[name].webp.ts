// A page's scan image at one of the widths it is served in, as WebP, made at build
// by Astro's configured image service (sharp) from the file beside the page's text.
import type { APIRoute } from 'astro';
import { getConfiguredImageService, imageConfig } from 'astro:assets';
import { isLocalService } from 'astro/assets';
import type { Page } from '../../schema/page.ts';
import { loadArchive } from '../../site/archive.ts';
import { viewsHere } from '../../site/partition.ts';
import { readScan, shownScan } from '../../site/scans.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  const paths = [];
  for (const page of viewsHere(archive.pages)) {
    const scan = await shownScan(page);
    for (const width of scan?.kind === 'image' ? scan.widths : []) paths.push({ params: { name: `${page.id}-${width}` }, props: { page, width } });
  }
  return paths;
}

export const GET: APIRoute = async ({ props, logger }) => {
  const { page, width } = props as { page: Page; width: number };
  const service = await getConfiguredImageService();
  if (!isLocalService(service)) throw new Error('page scans need a local image service (sharp), which Astro uses by default');
  const { data } = await service.transform(await readScan(page), { src: page.scan!.file, width, format: 'webp', quality: 'high' }, imageConfig, logger);
  return new Response(data as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/webp' } });
};

import type { Archive } from './build-archive.ts';
import { LIST_PAGE_SIZE, REPORT_PAGE_SIZE } from './site.ts';
import { routes } from './urls.ts';
import { w3cTime, xmlText } from './xml.ts';

/** Every HTML page of the site as a base-relative path, in a stable order. */
export function sitePaths(archive: Archive): string[] {
  const reportPages = Math.max(1, Math.ceil(archive.pages.length / REPORT_PAGE_SIZE));
  const unfiledPages = Math.ceil(archive.unfiled.length / LIST_PAGE_SIZE);
  return [
    routes.home(),
    routes.papers(),
    routes.reporters(),
    routes.data(),
    ...Array.from({ length: reportPages }, (_, i) => routes.report(i + 1)),
    ...Array.from({ length: unfiledPages }, (_, i) => routes.unfiled(i + 1)),
    ...archive.papers.flatMap((p) => [routes.paper(p.id), ...p.issues.map((i) => routes.issue(p.id, i.date))]),
    ...archive.pages.map((p) => routes.page(p.id)),
    ...archive.entries.map((e) => routes.article(e.id)),
    ...archive.reporters.map((r) => routes.reporter(r.slug)),
  ];
}

/**
 * A `<urlset>` of absolute URLs, each with `lastmod`. The archive keeps no history of
 * when each page last changed, only when the entries it is built from were written
 * (`entriesWrittenAt`): never earlier than a page's last change, so a crawler that
 * trusts it misses no correction; a deploy that sets SOURCE_DATE_EPOCH keeps it stable.
 */
export function urlset(urls: string[], lastmod: Date): string {
  const body = urls.map((u) => `<url><loc>${xmlText(u)}</loc><lastmod>${w3cTime(lastmod)}</lastmod></url>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** A `<sitemapindex>` pointing at the sitemap files, dated as their URLs are. */
export function sitemapIndex(urls: string[], lastmod: Date): string {
  const body = urls.map((u) => `<sitemap><loc>${xmlText(u)}</loc><lastmod>${w3cTime(lastmod)}</lastmod></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

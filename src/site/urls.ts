import { shortHash } from '../text/short-hash.ts';

// Astro sets BASE_URL from the `base` option; astro.config.mjs normalises it to `/…/`,
// and the guard keeps links right should someone drop the trailing slash there. Outside
// Astro (scripts/build-parts.ts computing render keys) there is no import.meta.env.
const rawBase = import.meta.env?.BASE_URL ?? '/';
/** The path the site is served under, always starting and ending with `/`. */
export const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

/** A site-internal URL: `path` (no leading slash) under the base path. */
export function href(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

/** An absolute URL for feeds, sitemaps, canonical links and citations. */
export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** URL slug of a person: a short hash, since names are Chinese and may hold any character. */
export function reporterSlug(name: string): string {
  return shortHash(name);
}

/** Every route of the site in one place, so pages link with the same shapes they are built with. */
export const routes = {
  home: () => href(),
  papers: () => href('papers/'),
  paper: (paperId: string) => href(`papers/${paperId}/`),
  issue: (paperId: string, date: string) => href(`papers/${paperId}/${date}/`),
  page: (pageId: string) => href(`page/${pageId}/`),
  /** The list of pages whose paper or date is unknown, page `n` of it. */
  unfiled: (n = 1) => href(n <= 1 ? 'unfiled/' : `unfiled/${n}/`),
  line: (pageId: string, line: number) => href(`page/${pageId}/#L${line}`),
  /** A page's scan image at one width (WebP), or its PDF (`width` null). */
  scan: (pageId: string, width: number | null) => href(width === null ? `scans/${pageId}.pdf` : `scans/${pageId}-${width}.webp`),
  article: (id: string) => href(`article/${id}/`),
  reporters: () => href('reporters/'),
  reporter: (slug: string) => href(`reporters/${slug}/`),
  report: (n = 1) => href(n <= 1 ? 'report/' : `report/${n}/`),
  data: () => href('data/'),
  dataExport: () => href('data/articles/index.json'),
  exportPart: (file: string) => href(`data/articles/${file}`),
  feed: () => href('feed.xml'),
  icon: () => href('favicon.svg'),
  sitemap: () => href('sitemap.xml'),
  search: () => href('search/'),
};

// @ts-check
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/search/indexer/astro-integration.ts';
import { dataExport } from './src/site/export-integration.ts';
import { hostCheck } from './src/site/host-integration.ts';
import { entriesIntegrity } from './src/site/integrity-integration.ts';
import { buildPart, buildsShell } from './src/site/partition.ts';

// Where the archive is served: set ARCHIVE_BASE=/archive/ to deploy under a
// sub-path, ARCHIVE_SITE to the public origin (used by feeds, sitemap, citations).
// The base is normalised to `/…/` so `archive`, `/archive` and `/archive/` all work.
const base = `/${(process.env.ARCHIVE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const site = process.env.ARCHIVE_SITE ?? 'https://archive.example.org';

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // One stylesheet for the whole site, as when all rules were in global.css: each component's and
  // view's rules are small, and split per route they would be inlined into every page (a million
  // article pages at scale) or cost a request each. For the same reason no script is inlined
  // (Astro inlines one below this limit): the header's few hundred bytes of "/" focus would be in
  // every page, where as a module file they are fetched once and cached.
  vite: { build: { cssCodeSplit: false, assetsInlineLimit: 0 } },
  // Separate caches let several builds (root and base-path test builds) run side by side.
  ...(process.env.ARCHIVE_CACHE_DIR ? { cacheDir: process.env.ARCHIVE_CACHE_DIR } : {}),
  devToolbar: { enabled: false },
  // A second build copies article and page views whose data (their cacheKey,
  // src/site/render-key.ts) and code are unchanged instead of rendering them again.
  experimental: { incrementalBuild: true },
  // Two routes writing one file (two entries with one id) stop the build instead of a warning.
  prerenderConflictBehavior: 'error',
  // The build refuses entries whose manifest is missing or does not match them, and
  // checks the written site against the entries before the data export and the search index are written into dist/;
  // with ARCHIVE_HOST set, the finished dist/ is checked against that host's limits last.
  // Built in parts (ARCHIVE_PART, src/site/partition.ts), the export and the index are the
  // shell's, and `npm run build:parts` checks the merged site against the host.
  integrations: [entriesIntegrity(), ...(buildsShell ? [dataExport(), searchIndex()] : []), ...(buildPart === null ? [hostCheck()] : [])],
});

// @ts-check
import { defineConfig } from 'astro/config';

// Where the archive is served: set ARCHIVE_BASE=/archive/ to deploy under a
// sub-path, ARCHIVE_SITE to the public origin (used by feeds, sitemap, citations).
const base = process.env.ARCHIVE_BASE ?? '/';
const site = process.env.ARCHIVE_SITE ?? 'https://archive.example.org';

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Entry } from '../../schema/entry.ts';
import { entriesDir } from '../../site/paths.ts';
import { buildSearchIndex } from './build-search-index.ts';

/**
 * Writes the search index into the built site once the pages are done, from
 * the same entries the site was built from. It lands in `<outDir>/search-index/`,
 * which the site serves under its base path like every other file.
 */
export function searchIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const entries = JSON.parse(readFileSync(join(root, entriesDir, 'articles.json'), 'utf8')) as Entry[];
        const r = buildSearchIndex(entries, fileURLToPath(dir));
        logger.info(`search index: ${r.docs} entries, ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(1)} s`);
      },
    },
  };
}

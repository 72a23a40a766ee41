import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { entriesDir } from '../schema/archive-files.ts';
import { writeDataExport } from './write-export.ts';

/**
 * Writes the data export (src/site/write-export.ts) into the built site once
 * the pages are done, from the entries the site was built from: files too
 * large for Astro's routes to hold in memory at a million items, streamed
 * instead of rendered.
 */
export function dataExport(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'archive-data-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // ARCHIVE_ENTRIES may be absolute (test and bench builds) or relative to the project.
        const index = await writeDataExport(resolve(root, entriesDir), fileURLToPath(dir), base);
        const bytes = index.parts.reduce((n, p) => n + p.bytes, 0);
        logger.info(`${index.items} entries in ${index.parts.length} parts, ${(bytes / 1e6).toFixed(1)} MB compressed (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}

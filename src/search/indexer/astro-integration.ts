import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { entriesDir } from '../../schema/archive-files.ts';

/**
 * Writes the search index into the built site once the pages are done, from
 * the same entries the site was built from, into `<outDir>/search-index/`,
 * which the site serves under its base path like every other file. The index
 * is built by its own process (src/search/indexer/cli.ts), so its memory and
 * worker threads are apart from Astro's.
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
        const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
        const cli = join(root, 'src/search/indexer/cli.ts');
        // ARCHIVE_ENTRIES may be absolute (test and bench builds) or relative to the project.
        const entries = resolve(root, entriesDir);
        const r = spawnSync(process.execPath, ['--import', tsx, cli, '--entries', entries, '--out', fileURLToPath(dir)], { cwd: root, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`search index build failed:\n${r.stderr}`);
        const report = JSON.parse(r.stdout.trim().split('\n').pop()!) as { docs: number; files: number; bytes: number; totalSeconds: number };
        logger.info(`${report.docs} entries, ${report.files} files, ${(report.bytes / 1e6).toFixed(1)} MB in ${report.totalSeconds.toFixed(1)} s`);
      },
    },
  };
}

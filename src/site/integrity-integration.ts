import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { EntrySummary, PageSummary } from '../schema/summary.ts';
import { checkDist } from './check-dist.ts';
import { checkAllFiles, EntriesError, readIndex, readManifest } from './entries-check.ts';
import { entriesDir } from '../schema/archive-files.ts';
import { buildPart, ofOnePart, onePart, readPart, viewsHere } from './partition.ts';

/** How many problems the failed build check lists; the count says how many more there are. */
const LISTED = 20;

/**
 * Refuses to build from an entries folder without its manifest or with a file
 * that does not match it (before a page is rendered, so the message comes first
 * and alone), and once the
 * site is written checks it against the entries it was built from
 * (src/site/check-dist.ts): a build that shows entries wrongly fails, so a
 * deploy pipeline stops. The manifest is read at both ends of the build: an
 * ingest that finished in between would leave a site made of two sets of entries.
 */
export function entriesIntegrity(): AstroIntegration {
  let dir = resolve(entriesDir);
  let manifestAtStart: string | null = null;
  return {
    name: 'archive-entries-check',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        // ARCHIVE_ENTRIES may be absolute (test and bench builds) or relative to the project.
        dir = resolve(fileURLToPath(config.root), entriesDir);
        if (command !== 'build') return;
        const part = readPart(process.env.ARCHIVE_PART);
        if ('error' in part) throw new EntriesError(part.error);
        const { manifest, text } = await readManifest(dir);
        manifestAtStart = text;
        // A build of one part leaves this to `npm run build:parts`, which checks the files once
        // for all its parts; each part still checks every file it reads as it reads it.
        if (buildPart === null) await checkAllFiles(dir, manifest);
      },
      'astro:build:done': async ({ dir: out, logger }) => {
        const started = performance.now();
        const now = await readManifest(dir);
        if (now.text !== manifestAtStart) {
          throw new EntriesError(`The entries in ${dir} changed while the site was being built (an ingest ran meanwhile), so the site may show parts of both.\n  Run \`npx astro build\` (or \`npm run build\`) again.`);
        }
        // The summaries hold what the check compares (headline, opening words); the shards were checked as the views read them.
        // A build of one part of the site (src/site/partition.ts) checks the views it rendered.
        const keep = onePart === null ? undefined : ofOnePart;
        const entries = viewsHere((await readIndex(dir, 'entry-index.ndjson', now.manifest, keep)) as EntrySummary[]);
        const pages = viewsHere((await readIndex(dir, 'page-index.ndjson', now.manifest, keep)) as PageSummary[]);
        const problems = checkDist(fileURLToPath(out), entries, pages);
        if (problems.length > 0) {
          const more = problems.length > LISTED ? `\n  … and ${problems.length - LISTED} more` : '';
          throw new EntriesError(
            `The built site does not show the entries it was built from (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n  ${problems.slice(0, LISTED).join('\n  ')}${more}\n` +
              `  Delete the output folder (dist/) and the Astro cache (node_modules/.astro, or ARCHIVE_CACHE_DIR) and build again; if this stays, report it with these lines.`,
          );
        }
        logger.info(`${entries.length} article pages and ${pages.length} page views match the entries (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}

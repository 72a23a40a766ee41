import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { distStats } from './dist-stats.ts';
import { EntriesError, readManifest } from './entries-check.ts';
import { hostMisfit, hostNamed, HOSTS, type HostId } from './hosts.ts';
import { entriesDir } from '../schema/archive-files.ts';

/**
 * With a host named (`ARCHIVE_HOST=cloudflare-free npm run build`), checks the
 * finished site against the host's limits (src/site/hosts.ts) and warns with
 * what is over, by how much and what to do. A name the build does not know stops
 * it before a page is rendered. Listed last, so it sees every file the other
 * integrations write.
 */
export function hostCheck(id = process.env.ARCHIVE_HOST): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'archive-host-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        if (!id) return;
        const named = hostNamed(id);
        // A message for the user, not a bug (EntriesError prints without a stack).
        if ('error' in named) throw new EntriesError(named.error);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!id) return;
        // ARCHIVE_ENTRIES may be absolute (test and bench builds) or relative to the project.
        const { misfit, fits } = await hostReport(fileURLToPath(dir), resolve(root, entriesDir), id as HostId);
        if (misfit) logger.warn(misfit);
        else logger.info(fits);
      },
    },
  };
}

/** The finished site `dist`, built from the entries in `entries`, against the limits of host `id`: what is over (a warning), or that it fits. */
export async function hostReport(dist: string, entries: string, id: HostId): Promise<{ misfit: string | null; fits: string }> {
  const stats = distStats(dist);
  const items = (await readManifest(entries)).manifest.counts.entries;
  return { misfit: hostMisfit(stats, items, id), fits: `the site fits ${HOSTS[id].name}: ${stats.files.toLocaleString('en-US')} files, ${(stats.bytes / 1e6).toFixed(1)} MB` };
}

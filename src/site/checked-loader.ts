// A content loader for one data file of the entries folder, in place of Astro's
// file(): that one, when its file is missing or does not parse, logs an error
// and leaves the collection as the content cache (node_modules/.astro/data-store.json)
// last held it, so the build exits 0 with stale entries. This loader reads the
// file only when it matches the manifest (src/site/entries-check.ts) and throws
// otherwise, which stops the build before a page is rendered. It is a loader
// rather than a check in an integration hook so that the bytes checked are the
// very bytes the collection is filled from. Only an entries folder that ingest
// never wrote to loads as empty, with a warning, so `astro sync` (types) and
// `astro dev` work in a fresh checkout; the build integration
// (src/site/integrity-integration.ts) refuses that one.
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { MANIFEST_FILE, type DataFile } from '../schema/manifest.ts';
import { hasEntries, readDataFile, readManifest } from './entries-check.ts';
import { forSite } from './site-json.ts';

/** Loads `name` from the entries folder `dir` once it matches the folder's manifest; ids are the records' `id`s (or, for an object, its keys). */
export function checkedFile(dir: string, name: DataFile): Loader {
  return {
    name: 'checked-entries-loader',
    load: async (context) => {
      // ARCHIVE_ENTRIES may be absolute (test and bench builds) or relative to the project.
      const at = resolve(fileURLToPath(context.config.root), dir);
      await fill(at, name, context);
      // In `astro dev`, reload when ingest writes a new manifest: it is written last, so the data files beside it are complete.
      // The folder is watched, not the file: a watched file that is removed (as ingest removes the manifest) is watched no more.
      const manifest = join(at, MANIFEST_FILE);
      context.watcher?.add(at);
      context.watcher?.on('all', (event, path) => {
        if (path !== manifest || (event !== 'add' && event !== 'change')) return;
        context.logger.info(`Reloading ${name}: ingest wrote a new ${MANIFEST_FILE}`);
        fill(at, name, context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

async function fill(dir: string, name: DataFile, { store, parseData, logger, config }: LoaderContext): Promise<void> {
  if (!hasEntries(dir)) {
    store.clear();
    logger.warn(`No entries in ${dir}: run \`npm run ingest\` first.`);
    return;
  }
  const { manifest } = await readManifest(dir);
  const records = forSite(await readDataFile(dir, name, manifest));
  const filePath = join(dir, name);
  const shownPath = relative(fileURLToPath(config.root), filePath).split('\\').join('/');
  const items = Array.isArray(records) ? records.map((r) => [String((r as { id: unknown }).id), r] as const) : Object.entries(records);
  const parsed = [];
  for (const [id, data] of items) parsed.push({ id, data: await parseData({ id, data: data as Record<string, unknown>, filePath }) });
  // The store is replaced only once every record has passed the schema, so a failure leaves nothing half-loaded.
  store.clear();
  for (const { id, data } of parsed) store.set({ id, data, filePath: shownPath });
}

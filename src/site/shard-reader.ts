import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';
import { ShardSchema, type EntrySummary, type PageSummary } from '../schema/summary.ts';
import { EntriesError, readManifest, readShard } from './entries-check.ts';
import { entriesDir } from '../schema/archive-files.ts';
import { forSite } from './site-json.ts';

/** A shard's full records by id. */
interface ShardView {
  entries: Map<string, Entry>;
  pages: Map<string, Page>;
}

// Views are rendered route by route in the order of their paths, which follow
// ingest order, so the shard a view needs is nearly always one of the last few read.
const KEPT = 4;
const cache = new Map<string, Promise<ShardView>>();

async function shardView(name: string): Promise<ShardView> {
  let view = cache.get(name);
  if (view) {
    cache.delete(name);
  } else {
    view = (async () => {
      const shard = ShardSchema.parse(forSite(await readShard(entriesDir, name, (await readManifest(entriesDir)).manifest)));
      return { entries: new Map(shard.entries.map((e) => [e.id, e])), pages: new Map(shard.pages.map((p) => [p.id, p])) };
    })();
  }
  cache.set(name, view);
  if (cache.size > KEPT) cache.delete(cache.keys().next().value!);
  return view;
}

/** The full entry a summary stands for, read from its shard. */
export async function fullEntry(e: EntrySummary): Promise<Entry> {
  return (await shardView(e.shard)).entries.get(e.id) ?? missing(`entry ${e.id}`, e.shard);
}

/** The full page record a summary stands for, read from its shard. */
export async function fullPage(p: PageSummary): Promise<Page> {
  return (await shardView(p.shard)).pages.get(p.id) ?? missing(`page ${p.id}`, p.shard);
}

/** Full entries of summaries, in their order. */
export function fullEntries(list: readonly EntrySummary[]): Promise<Entry[]> {
  return Promise.all(list.map(fullEntry));
}

function missing(what: string, shard: string): never {
  throw new EntriesError(`${what} is not in shard ${shard}, though the summaries say so: the entries folder was written by two ingests.\n  Run \`npm run ingest\` (or \`npm run build\`) again.`);
}

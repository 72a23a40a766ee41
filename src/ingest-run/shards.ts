import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';

/** Pages of unknown paper or date per shard: they belong to no month, so they are cut by count, in file order. */
const UNFILED_PER_SHARD = 200;

/**
 * Names each page's shard as pages come, in ingest order: a paper's month
 * (`<paper id>/<YYYY-MM>`: a page view and its items' pages read one file of
 * a few thousand items, and a month of a daily is about 3,000), or for pages of
 * unknown paper or date the next `_unfiled/<NNNN>` of UNFILED_PER_SHARD pages.
 * The same pages in the same order get the same names.
 */
export function shardNamer(): (page: Pick<Page, 'paperId' | 'date'>) => string {
  let unfiled = 0;
  return (page) => {
    if (page.paperId && page.date) return `${page.paperId}/${page.date.slice(0, 7)}`;
    return `_unfiled/${String(Math.floor(unfiled++ / UNFILED_PER_SHARD)).padStart(4, '0')}`;
  };
}

/** One shard's records, with its name. */
export interface ShardRecords {
  name: string;
  pages: Page[];
  entries: Entry[];
}

/**
 * Pages and entries grouped into shards, shards in the order their first page comes, records in
 * ingest order within each; also the shard of each page and of each entry, by place in the input.
 */
export function groupShards(pages: readonly Page[], entries: readonly Entry[]): { shards: ShardRecords[]; pageShard: string[]; entryShard: string[] } {
  const nameOf = shardNamer();
  const byName = new Map<string, ShardRecords>();
  const add = (name: string) => {
    let s = byName.get(name);
    if (!s) byName.set(name, (s = { name, pages: [], entries: [] }));
    return s;
  };
  const shardOfPage = new Map<string, string>();
  const pageShard = pages.map((p) => {
    const name = nameOf(p);
    shardOfPage.set(p.id, name);
    add(name).pages.push(p);
    return name;
  });
  const entryShard = entries.map((e) => {
    // Ingest writes every entry with its page; one without (records written by hand) goes where its own paper and date say.
    const name = shardOfPage.get(e.pageId) ?? nameOf(e);
    add(name).entries.push(e);
    return name;
  });
  return { shards: [...byName.values()], pageShard, entryShard };
}

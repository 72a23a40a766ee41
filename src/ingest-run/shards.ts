import type { Entry } from '../schema/entry.ts';
import type { Page } from '../schema/page.ts';

/** Pages of unknown paper or date per shard: they belong to no month, so they are cut by count, in file order. */
const UNFILED_PER_SHARD = 200;

/**
 * Names each page's shard as pages come, in ingest order: a paper's month
 * (`<paper id>/<YYYY-MM>`: a page view and its items' pages read one file of
 * a few thousand items, and a month of a daily is about 3,000), or for pages of
 * unknown paper or date the next `_unfiled/<NNNN>` of UNFILED_PER_SHARD pages;
 * and each entry's, its page's. The same records in the same order get the same names.
 */
export function shardAssigner(): { page(p: Pick<Page, 'id' | 'paperId' | 'date'>): string; entry(e: Pick<Entry, 'pageId' | 'paperId' | 'date'>): string } {
  let unfiled = 0;
  const nameOf = (r: Pick<Page, 'paperId' | 'date'>) => {
    if (r.paperId && r.date) return `${r.paperId}/${r.date.slice(0, 7)}`;
    return `_unfiled/${String(Math.floor(unfiled++ / UNFILED_PER_SHARD)).padStart(4, '0')}`;
  };
  const shardOfPage = new Map<string, string>();
  return {
    page(p) {
      const name = nameOf(p);
      shardOfPage.set(p.id, name);
      return name;
    },
    // Ingest writes every entry with its page; one without (records written by hand) goes where its own paper and date say.
    entry: (e) => shardOfPage.get(e.pageId) ?? nameOf(e),
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
  const assign = shardAssigner();
  const byName = new Map<string, ShardRecords>();
  const add = (name: string) => {
    let s = byName.get(name);
    if (!s) byName.set(name, (s = { name, pages: [], entries: [] }));
    return s;
  };
  const pageShard = pages.map((p) => {
    const name = assign.page(p);
    add(name).pages.push(p);
    return name;
  });
  const entryShard = entries.map((e) => {
    const name = assign.entry(e);
    add(name).entries.push(e);
    return name;
  });
  return { shards: [...byName.values()], pageShard, entryShard };
}

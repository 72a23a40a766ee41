import type Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import { foldText, type FoldMap } from '../core/fold.ts';
import { indexPaths, type NameEntry } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';

export interface NameRecord extends NameEntry {
  /** The name folded (Simplified, lower case), as queries are. */
  key: string;
  /** Pinyin without spaces (`zhangchongzhou`). */
  compact: string;
}

/**
 * Options for matching names, chosen for short Chinese names: location is
 * ignored (a name can match anywhere in a record), and a threshold of 0.34
 * lets one wrong character in a three-character name through (score 1/3)
 * but not one in a two-character name (1/2), nor a single shared character.
 * Pinyin, long as it is, tolerates a typo or two.
 */
const NAME_SEARCH_OPTIONS: IFuseOptions<NameRecord> = {
  keys: [
    { name: 'key', weight: 2 },
    { name: 'compact', weight: 1 },
    { name: 'pinyin', weight: 1 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
  includeScore: true,
};

/** Fuzzy search over the archive's reporters, by name (typos allowed) or by pinyin; loaded on first use. */
export class ReporterSuggest {
  private fuse: Promise<Fuse<NameRecord>> | null = null;

  constructor(
    private client: IndexClient,
    private folds: () => Promise<FoldMap>,
  ) {}

  /** Up to `limit` reporters whose name or pinyin is close to the query, best first. */
  async suggest(query: string, limit = 5): Promise<NameEntry[]> {
    const folds = await this.folds();
    const q = foldText(query, folds).trim();
    if (Array.from(q).length < 2) return [];
    const fuse = await this.load(folds);
    return fuse.search(q, { limit }).map((r) => ({ name: r.item.name, pinyin: r.item.pinyin, count: r.item.count }));
  }

  private load(folds: FoldMap): Promise<Fuse<NameRecord>> {
    this.fuse ??= Promise.all([import('fuse.js'), this.client.json<NameEntry[]>(indexPaths.names())]).then(([{ default: FuseClass }, names]) => {
      const records = (names ?? []).map((n) => ({ ...n, key: foldText(n.name, folds), compact: n.pinyin.replaceAll(' ', '') }));
      return new FuseClass(records, NAME_SEARCH_OPTIONS);
    });
    return this.fuse;
  }
}

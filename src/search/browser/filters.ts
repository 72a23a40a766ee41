import { foldText, type FoldMap } from '../core/fold.ts';
import { Family, indexPaths, keyOf, type DatesTable, type NameEntry, type SearchManifest } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';
import type { KeyIndex } from './key-index.ts';
import { intersect, lowerBound, union } from './posting-ops.ts';
import type { SearchParams } from './search-params.ts';

/** The documents a search's filters allow, or null when it has no filter. */
export async function filterDocs(p: SearchParams, m: SearchManifest, client: IndexClient, index: KeyIndex, folds: FoldMap): Promise<Int32Array | null> {
  const lists: Promise<Int32Array>[] = [];
  const facet = (family: typeof Family.paper | typeof Family.kind, i: number) => (i < 0 ? Promise.resolve(new Int32Array(0)) : index.docs(keyOf(family, [i])));
  if (p.paper) lists.push(facet(Family.paper, m.papers.findIndex((x) => x.name === p.paper)));
  if (p.kind) lists.push(facet(Family.kind, m.kinds.findIndex((x) => x.kind === p.kind)));
  if (p.reporter) lists.push(reporterDocs(p.reporter, client, index, folds));
  if (p.from || p.to) lists.push(client.json<DatesTable>(indexPaths.dates()).then((t) => dateRange(t, p.from, p.to)));
  if (lists.length === 0) return null;
  const all = await Promise.all(lists);
  return all.reduce((a, b) => intersect(a, b));
}

/**
 * Documents naming a reporter, typed as printed (either script) or in pinyin,
 * with or without spaces (`gechanghe`, `ge chang he`): a spelling finds every
 * reporter whose name reads so.
 */
async function reporterDocs(typed: string, client: IndexClient, index: KeyIndex, folds: FoldMap): Promise<Int32Array> {
  const keys = [foldText(typed, folds).trim()];
  const spelt = typed.toLowerCase().replace(/[\s']/g, '').replace(/ü/g, 'v');
  if (/^[a-z]+$/.test(spelt)) {
    const names = (await client.json<NameEntry[]>(indexPaths.names())) ?? [];
    for (const n of names) if (n.pinyin.replaceAll(' ', '') === spelt) keys.push(foldText(n.name, folds).trim());
  }
  const lists = await Promise.all(keys.map((k) => index.docs(keyOf(Family.names, Array.from(k, (c) => c.codePointAt(0)!)))));
  return lists.reduce((a, b) => union(a, b));
}

/** Documents dated from `from` to `to` inclusive: a range of numbers, since documents are in date order. */
function dateRange(t: DatesTable | null, from: string | null, to: string | null): Int32Array {
  if (!t) return new Int32Array(0);
  const first = from ? lowerBound(t.dates, from) : 0;
  const last = to ? lowerBound(t.dates, to, true) : t.dates.length;
  const start = first < t.dates.length ? t.starts[first]! : t.undated;
  const end = last < t.dates.length ? t.starts[last]! : t.undated;
  return Int32Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}

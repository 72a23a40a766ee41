import { readDocListFile } from '../core/doc-list.ts';
import { foldText, type FoldMap } from '../core/fold.ts';
import { indexPaths, type DatesTable, type SearchManifest } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';
import type { KeyIndex } from './key-index.ts';
import { intersect } from './posting-ops.ts';
import type { SearchParams } from './search-params.ts';

/** The documents a search's filters allow, or null when it has no filter. */
export async function filterDocs(p: SearchParams, m: SearchManifest, client: IndexClient, names: KeyIndex, folds: FoldMap): Promise<Int32Array | null> {
  const lists: Promise<Int32Array>[] = [];
  const facet = async (kind: 'paper' | 'kind', i: number) => (i < 0 ? new Int32Array(0) : readDocListFile((await client.bytes(indexPaths.facet(kind, i))) ?? new Uint8Array(0)));
  if (p.paper) lists.push(facet('paper', m.papers.findIndex((x) => x.name === p.paper)));
  if (p.kind) lists.push(facet('kind', m.kinds.findIndex((x) => x.kind === p.kind)));
  if (p.reporter) {
    const key = Array.from(foldText(p.reporter, folds).trim(), (c) => c.codePointAt(0)!);
    lists.push(names.record(key).then((rec) => (rec ? names.docs(rec) : new Int32Array(0))));
  }
  if (p.from || p.to) lists.push(client.json<DatesTable>(indexPaths.dates()).then((t) => dateRange(t, p.from, p.to)));
  if (lists.length === 0) return null;
  const all = await Promise.all(lists);
  return all.reduce((a, b) => intersect(a, b));
}

/** Documents dated from `from` to `to` inclusive: a range of numbers, since documents are in date order. */
export function dateRange(t: DatesTable | null, from: string | null, to: string | null): Int32Array {
  if (!t) return new Int32Array(0);
  const first = from ? lowerBoundDate(t.dates, from) : 0;
  const last = to ? upperBoundDate(t.dates, to) : t.dates.length;
  const start = first < t.dates.length ? t.starts[first]! : t.undated;
  const end = last < t.dates.length ? t.starts[last]! : t.undated;
  return Int32Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}

function lowerBoundDate(dates: string[], d: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBoundDate(dates: string[], d: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! <= d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import { COUNT_CAP, rankOf } from '../core/ranked-list.ts';
import type { ByteWriter } from './byte-writer.ts';
import { writeDocList } from './encode-postings.ts';
import type { DocStoreReader } from './doc-store-reader.ts';
import type { KeyOccurrences } from './frequent-phrases.ts';

const encoder = new TextEncoder();

const RANKS = rankOf(true, COUNT_CAP) + 1;

/** Where the first page of a ranked list comes from, and how many results it holds. */
export interface FirstPageSource {
  docs: DocStoreReader;
  shown: number;
}

/**
 * Writes a phrase's ranked list (see core/ranked-list.ts) from its
 * occurrences; returns its document count and the bytes of its first page and
 * groups (the first positions follow them). Ranks are few, so documents are
 * put in their groups by counting, without sorting.
 */
export function writeRankedList(w: ByteWriter, at: KeyOccurrences, length: number, titleEnd: Int32Array, page?: FirstPageSource): { df: number; pageBytes: number; groupsBytes: number } {
  const n = at.docs.length;
  const docs = new Int32Array(n);
  const first = new Int32Array(n);
  const rank = new Uint8Array(n);
  const size = new Int32Array(RANKS);
  let df = 0;
  for (let i = 0; i < n; ) {
    const doc = at.docs[i]!;
    let j = i;
    while (j < n && at.docs[j] === doc) j++;
    docs[df] = doc;
    first[df] = at.positions[i]!;
    rank[df] = rankOf(at.positions[i]! + length <= titleEnd[doc]!, j - i);
    size[rank[df]!]!++;
    df++;
    i = j;
  }
  // Each group's documents ascending, groups best first.
  const start = new Int32Array(RANKS);
  for (let r = RANKS - 2; r >= 0; r--) start[r] = start[r + 1]! + size[r + 1]!;
  const order = new Int32Array(df);
  const fill = start.slice();
  for (let k = 0; k < df; k++) order[fill[rank[k]!]!++] = k;
  // Results order: best group first, newest first within it.
  const shown: number[] = [];
  for (let r = RANKS - 1; r >= 0; r--) for (let k = size[r]! - 1; k >= 0; k--) shown.push(order[start[r]! + k]!);
  const pageFrom = w.length;
  const top = page ? shown.slice(0, page.shown) : [];
  w.uint(top.length);
  for (const k of top) {
    const p = page!.docs.passage(docs[k]!, first[k]!);
    const header = encoder.encode(p.header);
    w.uint(docs[k]!);
    w.uint(p.from);
    w.uint(p.units.length / 3);
    w.uint(header.length);
    w.bytes(header);
    w.bytes(p.units);
  }
  const pageBytes = w.length - pageFrom;
  const from = w.length;
  const group = new Int32Array(df);
  for (let r = RANKS - 1; r >= 0; r--) {
    if (size[r] === 0) continue;
    for (let k = 0; k < size[r]!; k++) group[k] = docs[order[start[r]! + k]!]!;
    w.uint(r);
    w.uint(size[r]!);
    writeDocList(w, group, 0, size[r]!, false);
  }
  const groupsBytes = w.length - from;
  for (const k of shown) w.uint(first[k]!);
  return { df, pageBytes, groupsBytes };
}

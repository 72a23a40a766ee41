import { COUNT_CAP, rankOf } from '../core/ranked-list.ts';
import type { ByteWriter } from './byte-writer.ts';
import { writeDocList } from './encode-postings.ts';
import type { KeyOccurrences } from './frequent-phrases.ts';

const RANKS = rankOf(true, COUNT_CAP) + 1;

/**
 * Writes a phrase's ranked list (see core/ranked-list.ts) from its
 * occurrences; returns its document count and the bytes of its groups (the
 * first positions follow them). Ranks are few, so documents are put in their
 * groups by counting, without sorting.
 */
export function writeRankedList(w: ByteWriter, at: KeyOccurrences, length: number, titleEnd: Int32Array): { df: number; groupsBytes: number } {
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
  // First positions in the order results show: best group first, newest first within it.
  for (let r = RANKS - 1; r >= 0; r--) for (let k = size[r]! - 1; k >= 0; k--) w.uint(first[order[start[r]! + k]!]!);
  return { df, groupsBytes };
}

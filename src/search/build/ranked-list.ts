import { rankOf } from '../core/ranked-list.ts';
import type { ByteWriter } from './byte-writer.ts';
import { writeDocList } from './encode-postings.ts';
import type { KeyOccurrences } from './frequent-phrases.ts';

/**
 * Writes a phrase's ranked list (see core/ranked-list.ts) from its
 * occurrences; returns its document count and the bytes of its groups (the
 * first positions follow them).
 */
export function writeRankedList(w: ByteWriter, at: KeyOccurrences, length: number, titleEnd: Int32Array): { df: number; groupsBytes: number } {
  const docs: number[] = [];
  const first: number[] = [];
  const rank: number[] = [];
  for (let i = 0; i < at.docs.length; ) {
    const doc = at.docs[i]!;
    let j = i;
    while (j < at.docs.length && at.docs[j] === doc) j++;
    docs.push(doc);
    first.push(at.positions[i]!);
    rank.push(rankOf(at.positions[i]! + length <= titleEnd[doc]!, j - i));
    i = j;
  }
  const order = docs.map((_, k) => k).sort((a, b) => rank[b]! - rank[a]! || docs[b]! - docs[a]!);
  const start = w.length;
  for (let k = 0; k < order.length; ) {
    let e = k;
    while (e < order.length && rank[order[e]!] === rank[order[k]!]) e++;
    const group = order.slice(k, e).reverse().map((x) => docs[x]!);
    w.uint(rank[order[k]!]!);
    w.uint(group.length);
    writeDocList(w, group, 0, group.length, false);
    k = e;
  }
  const groupsBytes = w.length - start;
  for (const k of order) w.uint(first[k]!);
  return { df: docs.length, groupsBytes };
}

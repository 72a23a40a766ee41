import { FNV_BASIS, fnvStep, SHARD_GROUPS } from '../core/gram-hash.ts';
import { SEPARATOR, type Corpus } from './corpus.ts';
import { PairTable } from './key-table.ts';
import { Triples } from './occurrences.ts';

/** No pair starts at this position (the next character is a separator). */
const NO_PAIR = 255;

/**
 * The shard group (see `SHARD_GROUPS`) of the pair starting at each position
 * of the corpus, computed once so that each partition's scan only compares a
 * byte. Shard counts are multiples of the group count, so a pair's group is its
 * hash modulo the group count, whatever the shard count.
 */
export function pairGroups(c: Corpus): Uint8Array {
  const groups = new Uint8Array(new SharedArrayBuffer(c.text.length)).fill(NO_PAIR);
  const cps = Int32Array.from(c.codePoints);
  const firstHash = cps.map((cp) => fnvStep(FNV_BASIS, cp));
  const { text } = c;
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i]!;
    const b = text[i + 1]!;
    if (a !== SEPARATOR && b !== SEPARATOR) groups[i] = (fnvStep(firstHash[a]!, cps[b]!) >>> 0) % SHARD_GROUPS;
  }
  return groups;
}

/** One partition's occurrences: characters as (id, doc, in title), pairs as (pair, doc, position) plus the next character (and the one after, for phrases). */
export interface Occurrences {
  pairs: PairTable;
  /** The two character ids of each pair, at 2g and 2g+1. */
  pairIds: Int32Array;
  pairShard: Int32Array;
  chars: Triples;
  pairOcc: Triples;
  next: Int32Array;
  /** The character after the next one, when phrases are sought (read here, in corpus order, rather than later at random). */
  after: Uint16Array | Uint32Array | null;
}

/**
 * Scans the corpus for one partition's occurrences: each character once per
 * document, and every pair whose group falls in the partition with its
 * position and the character after it (and the one after that, with `withAfter`).
 */
export function collect(c: Corpus, groups: Uint8Array, cps: Int32Array, firstHash: Int32Array, uniShard: Int32Array, part: number, opts: { partitions: number; shards: number }, withAfter: boolean): Occurrences {
  const { text, docStart, titleEnd } = c;
  const P = opts.partitions;
  const S = opts.shards;
  const pairs = new PairTable(1 << 18);
  let pairIds = new Int32Array(1 << 19);
  let pairShard = new Int32Array(1 << 18);
  const lastDoc = new Int32Array(cps.length).fill(-1);
  const chars = new Triples();
  // Pair occurrences as (pair, doc, position) triples plus the next character, grown by doubling.
  let occ = new Int32Array(3 * (Math.ceil(text.length / P) + 1024));
  let next = new Int32Array(occ.length / 3);
  // Character ids, as narrow as the corpus's.
  const Ids = text.constructor as new (n: number) => Uint16Array | Uint32Array;
  let after = withAfter ? new Ids(next.length) : null;
  let m = 0;
  for (let d = 0; d + 1 < docStart.length; d++) {
    const s = docStart[d]!;
    const e = docStart[d + 1]!;
    const te = s + titleEnd[d]!;
    for (let i = s; i < e; i++) {
      const a = text[i]!;
      if (a === SEPARATOR) continue;
      if (uniShard[a]! % P === part && lastDoc[a] !== d) {
        lastDoc[a] = d;
        chars.push(a, d, i < te ? 1 : 0);
      }
      const group = groups[i]!;
      if (group === NO_PAIR || group % P !== part) continue;
      const b = text[i + 1]!;
      const before = pairs.size;
      const g = pairs.add(a, b);
      if (g === before) {
        const sh = (fnvStep(firstHash[a]!, cps[b]!) >>> 0) % S;
        if (g === pairShard.length) {
          const k2 = new Int32Array(g * 4);
          k2.set(pairIds);
          pairIds = k2;
          const s2 = new Int32Array(g * 2);
          s2.set(pairShard);
          pairShard = s2;
        }
        pairIds[2 * g] = a;
        pairIds[2 * g + 1] = b;
        pairShard[g] = sh;
      }
      if (m === next.length) {
        const o2 = new Int32Array(occ.length * 2);
        o2.set(occ);
        occ = o2;
        const n2 = new Int32Array(next.length * 2);
        n2.set(next);
        next = n2;
        if (after) {
          const a2 = new Ids(next.length);
          a2.set(after);
          after = a2;
        }
      }
      next[m] = text[i + 2]!;
      if (after) after[m] = text[i + 3] ?? SEPARATOR;
      occ[3 * m] = g;
      occ[3 * m + 1] = d;
      occ[3 * m + 2] = i - s;
      m++;
    }
  }
  const pairOcc = new Triples();
  pairOcc.data = occ;
  pairOcc.length = m;
  return { pairs, pairIds: pairIds.subarray(0, 2 * pairs.size), pairShard: pairShard.subarray(0, pairs.size), chars, pairOcc, next, after };
}


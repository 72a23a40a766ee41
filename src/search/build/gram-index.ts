import { FNV_BASIS, fnvStep, SHARD_GROUPS } from '../core/gram-hash.ts';
import { SEPARATOR, type Corpus } from './corpus.ts';
import type { KeyOccurrences } from './frequent-phrases.ts';
import { groupBy, PostingBuffer } from './occurrences.ts';
import { collect, pairGroups, type Occurrences } from './pair-occurrences.ts';
import { PhraseRecords, type PhraseOptions } from './phrase-records.ts';
import { RecordEncoder, ShardWriter, type ExternalSink } from './shard-encode.ts';

/**
 * The full-text index: for every character, character pair and character
 * triple of the folded corpus, the documents it occurs in (and those whose
 * title holds it); for triples also every position, which is what makes a
 * longer query exact.
 *
 * Only pairs go through a hash table. Each pair occurrence is recorded with the
 * character after it; sorting a pair's occurrences by that character yields
 * its triples, so the millions of distinct triples never need a table. The
 * shard space is cut into partitions built one after the other, so memory stays
 * bounded; a partition's shards are complete when it ends and are written at once.
 */
export interface GramIndexOptions {
  /** A power of two, at least `SHARD_GROUPS`. */
  shards: number;
  /** A divisor of `SHARD_GROUPS`: a partition is the shards whose group is congruent to it. */
  partitions: number;
  /** Where a partition's large blocks go (each partition has its own, so threads never share one). */
  sinkFor(part: number): ExternalSink;
  writeShard(n: number, bytes: Uint8Array): void;
  /** Ranked lists for the phrases of four to `maxLength` characters in at least `minDocs` documents (see core/ranked-list.ts). */
  phrases?: PhraseOptions;
  /** Positions of a document chunk, when pairs say which chunk holds their first occurrence in each document. */
  chunkPositions?: number;
}

export interface GramIndexStats {
  keys: number;
  postings: number;
  positions: number;
  /** Frequent phrases given a ranked list. */
  phrases: number;
}

// Sort keys pack the next character above an occurrence's offset within its pair.
const TIE = 2 ** 32;

/** Builds and writes the shards of a gram index from an encoded corpus, one partition after the other. */
export function buildGramIndex(corpus: Corpus, opts: GramIndexOptions): GramIndexStats {
  const stats: GramIndexStats = { keys: 0, postings: 0, positions: 0, phrases: 0 };
  const groups = pairGroups(corpus);
  for (let part = 0; part < opts.partitions; part++) {
    const s = buildGramPartition(corpus, groups, part, opts);
    stats.keys += s.keys;
    stats.postings += s.postings;
    stats.positions += s.positions;
    stats.phrases += s.phrases;
  }
  return stats;
}

/** Builds and writes the shards of one partition (partitions are independent: threads may build them at once). */
export function buildGramPartition(corpus: Corpus, groups: Uint8Array, part: number, opts: GramIndexOptions): GramIndexStats {
  if (SHARD_GROUPS % opts.partitions !== 0 || opts.shards % SHARD_GROUPS !== 0) throw new Error('partitions must divide the shard groups, which must divide the shards');
  const stats: GramIndexStats = { keys: 0, postings: 0, positions: 0, phrases: 0 };
  const cps = Int32Array.from(corpus.codePoints);
  const firstHash = cps.map((cp) => fnvStep(FNV_BASIS, cp));
  const uniShard = firstHash.map((h) => (h >>> 0) % opts.shards);
  const o = collect(corpus, groups, cps, firstHash, uniShard, part, opts, opts.phrases !== undefined);
  writePartition(corpus, o, firstHash, uniShard, part, opts, stats);
  return stats;
}

function writePartition(c: Corpus, o: Occurrences, firstHash: Int32Array, uniShard: Int32Array, part: number, opts: GramIndexOptions, stats: GramIndexStats): void {
  const cps = c.codePoints;
  const titleEnd = c.titleEnd;
  const S = opts.shards;
  const chars = groupBy(o.chars, cps.length);
  const pairs = groupBy(o.pairOcc, o.pairs.size, o.after ? [o.next, o.after] : [o.next]);
  const [thirds, fourths] = pairs.columns;
  // The ungrouped occurrences are no longer needed: let them go before encoding.
  o.chars.data = o.pairOcc.data = o.next = new Int32Array(0);
  o.after = null;
  const shards = new Map<number, ShardWriter>();
  const records = new RecordEncoder(opts.sinkFor(part));
  const buf = new PostingBuffer();
  const shardWriter = (shard: number) => {
    let w = shards.get(shard);
    if (!w) shards.set(shard, (w = new ShardWriter()));
    return w;
  };
  // Keys are written from one reused array: there are millions of them.
  const key1 = [0];
  const key2 = [0, 0];
  const key3 = [0, 0, 0];
  const emit = (key: number[], shard: number) => {
    shardWriter(shard).add(key, records.encode(buf));
    stats.keys++;
    stats.postings += buf.docCount;
  };
  const phrases = opts.phrases && new PhraseRecords(c, opts.phrases, opts.sinkFor(part));

  for (let a = 1; a < cps.length; a++) {
    const from = chars.start[a]!;
    const to = chars.start[a + 1]!;
    if (to === from) continue;
    buf.reset(to - from, false);
    for (let i = from; i < to; i++) buf.add(chars.data[i * 3 + 1]!, 0, chars.data[i * 3 + 2] === 1, 0);
    key1[0] = cps[a]!;
    emit(key1, uniShard[a]!);
  }

  let order = new Float64Array(1024);
  const d = pairs.data;
  for (let g = 0; g < o.pairs.size; g++) {
    const a = o.pairIds[2 * g]!;
    const b = o.pairIds[2 * g + 1]!;
    key2[0] = cps[a]!;
    key2[1] = cps[b]!;
    const pairHash = fnvStep(firstHash[a]!, cps[b]!);
    const group = o.pairShard[g]! % SHARD_GROUPS;
    const from = pairs.start[g]!;
    const to = pairs.start[g + 1]!;
    buf.reset(to - from, false);
    for (let i = from; i < to; i++) {
      const doc = d[i * 3 + 1]!;
      const pos = d[i * 3 + 2]!;
      buf.add(doc, pos, pos + 2 <= titleEnd[doc]!, 0);
    }
    // A pair has no positions; the chunk of its first occurrence is what a result needs to show it in one read.
    if (opts.chunkPositions) buf.setFirstChunks(opts.chunkPositions);
    emit(key2, o.pairShard[g]!);
    // The pair's triples: its occurrences sorted by the next character, stably
    // (the occurrence's offset in the pair breaks ties).
    const n = to - from;
    if (order.length < n) order = new Float64Array(n);
    const sorted = order.subarray(0, n);
    for (let i = 0; i < n; i++) sorted[i] = thirds![from + i]! * TIE + i;
    if (n > 1) sorted.sort();
    for (let r = 0; r < n; ) {
      const third = Math.floor(sorted[r]! / TIE);
      let end = r;
      while (end < n && Math.floor(sorted[end]! / TIE) === third) end++;
      if (third !== SEPARATOR) {
        buf.reset(end - r, true);
        for (let k = r; k < end; k++) {
          const i = from + (sorted[k]! % TIE);
          const doc = d[i * 3 + 1]!;
          const pos = d[i * 3 + 2]!;
          buf.add(doc, pos, pos + 3 <= titleEnd[doc]!, k - r);
        }
        // Same shard as `shardOfKey` gives: spread by the triple's hash, in its pair's group.
        const whole = (fnvStep(pairHash, cps[third]!) >>> 0) % S;
        const shard = whole - (whole % SHARD_GROUPS) + group;
        key3[0] = cps[a]!;
        key3[1] = cps[b]!;
        key3[2] = cps[third]!;
        emit(key3, shard);
        stats.positions += end - r;
        phrases?.afterTriple([a, b, third], buf.docCount, () => {
          const at: KeyOccurrences = { docs: new Int32Array(end - r), positions: new Int32Array(end - r), next: new Int32Array(end - r) };
          for (let k = r; k < end; k++) {
            const i = from + (sorted[k]! % TIE);
            at.docs[k - r] = d[i * 3 + 1]!;
            at.positions[k - r] = d[i * 3 + 2]!;
            at.next![k - r] = fourths![i]!;
          }
          return at;
        }, shardWriter(shard));
      }
      r = end;
    }
  }
  phrases?.close();
  stats.phrases += phrases?.count ?? 0;
  for (const [n, w] of shards) opts.writeShard(n, w.bytes());
}

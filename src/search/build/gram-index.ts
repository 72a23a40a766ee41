import { FNV_BASIS, fnvStep, SHARD_GROUPS } from '../core/gram-hash.ts';
import { SEPARATOR, type Corpus } from './corpus.ts';
import { PairTable } from './key-table.ts';
import { ByteWriter } from './byte-writer.ts';
import { DocStoreReader, type DocStoreSource } from './doc-store-reader.ts';
import { PhraseFinder, type KeyOccurrences } from './frequent-phrases.ts';
import { groupBy, PostingBuffer, Triples } from './occurrences.ts';
import { writeRankedList } from './ranked-list.ts';
import { encodeRankedBody, RecordEncoder, ShardWriter, type ExternalSink } from './shard-encode.ts';

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

/** Which phrases get a ranked list of their own, and where the documents are for its first page of results. */
export interface PhraseOptions {
  minDocs: number;
  maxLength: number;
  firstPage?: { docs: DocStoreSource; shown: number };
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

/** Builds and writes the shards of one partition (partitions are independent: threads may build them at once). */
export function buildGramPartition(corpus: Corpus, groups: Uint8Array, part: number, opts: GramIndexOptions): GramIndexStats {
  if (SHARD_GROUPS % opts.partitions !== 0 || opts.shards % SHARD_GROUPS !== 0) throw new Error('partitions must divide the shard groups, which must divide the shards');
  const stats: GramIndexStats = { keys: 0, postings: 0, positions: 0, phrases: 0 };
  const cps = Int32Array.from(corpus.codePoints);
  const firstHash = cps.map((cp) => fnvStep(FNV_BASIS, cp));
  const uniShard = firstHash.map((h) => (h >>> 0) % opts.shards);
  const o = collect(corpus, groups, cps, firstHash, uniShard, part, opts);
  writePartition(corpus, o, firstHash, uniShard, part, opts, stats);
  return stats;
}

/** One partition's occurrences: characters as (id, doc, in title), pairs as (pair, doc, position) plus the next character (and the one after, for phrases). */
interface Occurrences {
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

function collect(c: Corpus, groups: Uint8Array, cps: Int32Array, firstHash: Int32Array, uniShard: Int32Array, part: number, opts: GramIndexOptions): Occurrences {
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
  let after = opts.phrases ? new Ids(next.length) : null;
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

function writePartition(c: Corpus, o: Occurrences, firstHash: Int32Array, uniShard: Int32Array, part: number, opts: GramIndexOptions, stats: GramIndexStats): void {
  const cps = c.codePoints;
  const titleEnd = c.titleEnd;
  const S = opts.shards;
  const chars = groupBy(o.chars, cps.length);
  const pairs = groupBy(o.pairOcc, o.pairs.size, o.after ? [o.next, o.after] : [o.next]);
  const [third, fourth] = pairs.columns;
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
  // A frequent phrase's record goes to the shard of its first triple, which a search for it reads anyway.
  const phrases = opts.phrases && new PhraseFinder(c.text, c.docStart, opts.phrases.minDocs, opts.phrases.maxLength, cps.length);
  const firstPage = opts.phrases?.firstPage;
  const page = firstPage && { docs: new DocStoreReader(firstPage.docs), shown: firstPage.shown };
  const list = new ByteWriter(1 << 12);
  const body = new ByteWriter(64);
  const sink = opts.sinkFor(part);
  const emitPhrase = (shard: number) => (ids: number[], at: KeyOccurrences) => {
    list.reset();
    const { df, pageBytes, groupsBytes } = writeRankedList(list, at, ids.length, titleEnd, page);
    shardWriter(shard).add(ids.map((id) => cps[id]!), encodeRankedBody(sink, body, df, list.view(), pageBytes, groupsBytes));
    stats.phrases++;
  };

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
    for (let i = 0; i < n; i++) sorted[i] = third![from + i]! * TIE + i;
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
        if (phrases && buf.docCount >= phrases.minDocs) {
          const at: KeyOccurrences = { docs: new Int32Array(end - r), positions: new Int32Array(end - r), next: new Int32Array(end - r) };
          for (let k = r; k < end; k++) {
            const i = from + (sorted[k]! % TIE);
            at.docs[k - r] = d[i * 3 + 1]!;
            at.positions[k - r] = d[i * 3 + 2]!;
            at.next![k - r] = fourth![i]!;
          }
          phrases.extend([a, b, third], at, emitPhrase(shard));
        }
      }
      r = end;
    }
  }
  page?.docs.close();
  for (const [n, w] of shards) opts.writeShard(n, w.bytes());
}

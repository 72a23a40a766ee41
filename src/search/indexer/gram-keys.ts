import { compareKeys } from '../core/dictionary-codec.ts';
import { keyOf, type FamilyId } from '../core/layout.ts';
import { SKIP_MIN_BYTES, TOP_MIN_BYTES } from '../core/planner.ts';
import { grow, SEPARATOR, type Corpus } from './corpus.ts';
import { PairIds } from '../../text/pair-ids.ts';
import type { KeyWriter } from './key-writer.ts';
import { OffsetSpill } from './offset-spill.ts';
import { PhraseFinder } from './phrase-keys.ts';
import { PostingBuffer } from './posting-buffer.ts';

// Occurrences gathered at once at most (12 bytes each): bounds the build's memory,
// whatever the corpus size; each partition's offsets wait on disk meanwhile.
const PARTITION_OCCURRENCES = 1 << 23;

/** What a family's keys are built with: the documents a phrase key needs, occurrences gathered at once, and the size that earns a top list. */
export interface GramOptions {
  phraseDocs?: number;
  partitionOccurrences?: number;
  topMinBytes?: number;
  /** Positions this large or larger get skips. */
  skipMinBytes?: number;
}

/**
 * Writes a family's character and pair keys for a corpus, in key order: for
 * each character (by code point), its own key (documents only), then the pairs
 * it starts (with positions, from which longer terms are matched), each pair
 * followed by the phrases extending it that `phraseDocs` documents hold. Characters
 * are taken a range at a time, as many as `PARTITION_OCCURRENCES` allows: one
 * scan of the corpus sorts the offsets of every range's characters into the
 * range's temporary file (see OffsetSpill), then each range is read back and
 * its occurrences grouped by key with a counting sort, which keeps them in
 * (document, position) order. At a million items a scan per range cost 16
 * times what it did at 250k (four times the ranges, each scanning four times
 * the text).
 */
export function writeGramKeys(family: FamilyId, c: Corpus, out: KeyWriter, opts: GramOptions = {}): void {
  const phraseDocs = opts.phraseDocs ?? Infinity;
  const partitionOccurrences = opts.partitionOccurrences ?? PARTITION_OCCURRENCES;
  const { text, codePoints } = c;
  const ids = codePoints.length;
  const byCodePoint = Array.from({ length: ids - 1 }, (_, i) => i + 1).sort((a, b) => codePoints[a]! - codePoints[b]!);
  const frequency = new Float64Array(ids);
  for (let i = 0; i < text.length; i++) frequency[text[i]!]!++;
  const partOf = new Int32Array(ids).fill(-1);
  const ranges: number[][] = [];
  for (let from = 0; from < byCodePoint.length; ) {
    let to = from;
    let occurrences = 0;
    const fits = () => to === from || occurrences + 2 * frequency[byCodePoint[to]!]! <= partitionOccurrences;
    while (to < byCodePoint.length && fits()) occurrences += 2 * frequency[byCodePoint[to++]!]!;
    const chars = byCodePoint.slice(from, to);
    for (const a of chars) partOf[a] = ranges.length;
    ranges.push(chars);
    from = to;
  }
  const spill = new OffsetSpill(ranges.length);
  try {
    for (let i = 0; i < text.length; i++) {
      const p = partOf[text[i]!]!;
      if (p >= 0) spill.add(p, i);
    }
    const buf = new PostingBuffer(opts.topMinBytes ?? TOP_MIN_BYTES, opts.skipMinBytes ?? SKIP_MIN_BYTES);
    ranges.forEach((chars, p) => writePartition(family, c, chars, spill.read(p), out, buf, new PhraseFinder(c, phraseDocs)));
  } finally {
    spill.close();
  }
}

/** Writes the keys of a range of characters, from the offsets in the corpus where they occur, in order. */
function writePartition(family: FamilyId, c: Corpus, chars: number[], offsets: Uint32Array, out: KeyWriter, buf: PostingBuffer, phrases: PhraseFinder): void {
  const { text, docStart, titleEnd, codePoints } = c;
  const pairs = new PairIds(1 << 12);
  let pairFirst = new Int32Array(1 << 12);
  let pairSecond = new Int32Array(1 << 12);
  let pairCount = new Int32Array(1 << 12);
  // Keys: characters' are their ids, pairs' follow them. A counting sort by key, stable, in two
  // passes over the offsets (each offset's pair kept between them), rather than a list of
  // (key, document, position) first: at a million items the comma alone occurs 28 million times.
  const ids = codePoints.length;
  const charCount = new Int32Array(ids);
  const pairOf = new Int32Array(offsets.length);
  for (let k = 0; k < offsets.length; k++) {
    const i = offsets[k]!;
    const a = text[i]!;
    charCount[a]!++;
    const b = text[i + 1]!;
    if (b === SEPARATOR) {
      pairOf[k] = -1;
      continue;
    }
    const g = (pairOf[k] = pairs.add(a, b));
    if (g === pairFirst.length) {
      pairFirst = grow(pairFirst);
      pairSecond = grow(pairSecond);
      pairCount = grow(pairCount);
    }
    pairFirst[g] = a;
    pairSecond[g] = b;
    pairCount[g]!++;
  }
  const keys = ids + pairs.size;
  const start = new Int32Array(keys + 1);
  start.set(charCount, 1);
  start.set(pairCount.subarray(0, pairs.size), ids + 1);
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
  const at = start.slice(0, keys);
  const sorted = new Int32Array(start[keys]! * 2);
  let d = 0;
  for (let k = 0; k < offsets.length; k++) {
    const i = offsets[k]!;
    while (docStart[d + 1]! <= i) d++;
    const pos = i - docStart[d]!;
    let j = at[text[i]!]!++ * 2;
    sorted[j] = d;
    sorted[j + 1] = pos;
    const g = pairOf[k]!;
    if (g < 0) continue;
    j = at[ids + g]!++ * 2;
    sorted[j] = d;
    sorted[j + 1] = pos;
  }
  // Pairs in key order: by their first character, then their second, by code point.
  const order = Array.from({ length: pairs.size }, (_, g) => g)
    .sort((x, y) => codePoints[pairFirst[x]!]! - codePoints[pairFirst[y]!]! || codePoints[pairSecond[x]!]! - codePoints[pairSecond[y]!]!);
  const emit = (k: number, key: number[], withPositions: boolean) => {
    buf.reset(start[k + 1]! - start[k]!);
    for (let j = start[k]!; j < start[k + 1]!; j++) {
      const d = sorted[j * 2]!;
      buf.add(d, sorted[j * 2 + 1]!, titleEnd[d]!);
    }
    buf.write(out, key, withPositions);
    // The pair's frequent extensions follow it in key order.
    if (withPositions && buf.df >= phrases.minDocs) phrases.extend(key, 2, sorted.subarray(start[k]! * 2, start[k + 1]! * 2), out, buf);
  };
  let p = 0;
  for (const a of chars) {
    if (start[a + 1] === start[a]) continue;
    emit(a, keyOf(family, [codePoints[a]!]), false);
    for (; p < order.length && pairFirst[order[p]!] === a; p++) {
      const g = order[p]!;
      emit(ids + g, keyOf(family, [codePoints[a]!, codePoints[pairSecond[g]!]!]), true);
    }
  }
}

/** Writes keys that name plain lists of documents (reporters, papers, kinds), sorted here into key order. */
export function writeListKeys(lists: { key: number[]; docs: readonly number[] }[], out: KeyWriter): void {
  const buf = new PostingBuffer();
  for (const { key, docs } of [...lists].sort((x, y) => compareKeys(x.key, y.key))) {
    if (docs.length === 0) continue;
    buf.reset(docs.length);
    // A list's documents count once each, outside any headline.
    for (const d of docs) buf.add(d, Number.MAX_SAFE_INTEGER, 0);
    buf.write(out, key, false);
  }
}


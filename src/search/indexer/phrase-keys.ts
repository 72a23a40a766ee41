import { PHRASE_MAX_LENGTH } from '../core/planner.ts';
import { SEPARATOR, type Corpus } from './corpus.ts';
import type { KeyWriter } from './key-writer.ts';
import type { PostingBuffer } from './posting-buffer.ts';

/**
 * Finds the phrases extending a frequent key one character at a time, up to
 * `PHRASE_MAX_LENGTH`, that `minDocs` documents hold (see core/planner.ts),
 * and writes their keys with positions, in key order. A phrase can only be
 * that frequent if its start is, so only frequent keys are ever extended.
 */
export class PhraseFinder {
  private df: Int32Array;
  private lastDoc: Int32Array;

  constructor(
    private c: Corpus,
    readonly minDocs: number,
  ) {
    this.df = new Int32Array(c.codePoints.length);
    this.lastDoc = new Int32Array(c.codePoints.length).fill(-1);
  }

  /** Writes the frequent extensions of `key` (family first, then `length` code points), whose occurrences `at` gives as (document, position) pairs. */
  extend(key: number[], length: number, at: Int32Array, out: KeyWriter, buf: PostingBuffer): void {
    if (length >= PHRASE_MAX_LENGTH) return;
    const { text, docStart, titleEnd, codePoints } = this.c;
    const { df, lastDoc } = this;
    const next = new Int32Array(at.length / 2);
    const touched: number[] = [];
    for (let i = 0; i < next.length; i++) {
      const d = at[i * 2]!;
      const x = (next[i] = text[docStart[d]! + at[i * 2 + 1]! + length]!);
      if (x === SEPARATOR || lastDoc[x] === d) continue;
      if (df[x] === 0) touched.push(x);
      df[x]!++;
      lastDoc[x] = d;
    }
    const frequent = touched.filter((x) => df[x]! >= this.minDocs).sort((a, b) => codePoints[a]! - codePoints[b]!);
    for (const x of touched) {
      df[x] = 0;
      lastDoc[x] = -1;
    }
    if (frequent.length === 0) return;
    // Each frequent extension's occurrences, gathered side by side (a counting sort, so in their order):
    // `df` numbers the extensions meanwhile, then is cleared.
    frequent.forEach((x, k) => (df[x] = k + 1));
    const start = new Int32Array(frequent.length + 1);
    for (let i = 0; i < next.length; i++) {
      const k = df[next[i]!]!;
      if (k > 0) start[k]!++;
    }
    for (let k = 0; k < frequent.length; k++) start[k + 1]! += start[k]!;
    const fill = start.slice(0, frequent.length);
    const grouped = new Int32Array(start[frequent.length]! * 2);
    for (let i = 0; i < next.length; i++) {
      const k = df[next[i]!]!;
      if (k === 0) continue;
      const j = fill[k - 1]!++ * 2;
      grouped[j] = at[i * 2]!;
      grouped[j + 1] = at[i * 2 + 1]!;
    }
    for (const x of frequent) df[x] = 0;
    frequent.forEach((x, k) => {
      const sub = grouped.subarray(start[k]! * 2, start[k + 1]! * 2);
      const phrase = [...key, codePoints[x]!];
      buf.reset(sub.length / 2);
      for (let i = 0; i < sub.length; i += 2) buf.add(sub[i]!, sub[i + 1]!, titleEnd[sub[i]!]!);
      buf.write(out, phrase, true);
      this.extend(phrase, length + 1, sub, out, buf);
    });
  }
}

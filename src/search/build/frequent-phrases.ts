import { SEPARATOR } from './corpus.ts';

/** Where a key occurs, in document and position order, and the character after each occurrence when known. */
export interface KeyOccurrences {
  docs: Int32Array;
  positions: Int32Array;
  next?: Int32Array;
}

/**
 * Finds the phrases that extend a frequent key one character at a time, up
 * to `maxLength` characters, and occur in at least `minDocs` documents. A
 * phrase can only be that frequent if its start is, so only frequent keys are
 * ever extended, and counting the next characters of a key's occurrences
 * needs no sorting: the work stays a fraction of the index build.
 */
export class PhraseFinder {
  private df: Int32Array;
  private lastDoc: Int32Array;
  private slot: Int32Array;

  constructor(
    private text: Uint16Array | Uint32Array,
    private docStart: Int32Array,
    readonly minDocs: number,
    readonly maxLength: number,
    characterIds: number,
  ) {
    this.df = new Int32Array(characterIds);
    this.lastDoc = new Int32Array(characterIds).fill(-1);
    this.slot = new Int32Array(characterIds).fill(-1);
  }

  /** Calls `emit` for each frequent phrase extending `key` (character ids), longest last, with its occurrences. */
  extend(key: number[], at: KeyOccurrences, emit: (phrase: number[], at: KeyOccurrences) => void): void {
    if (key.length >= this.maxLength) return;
    const { text, docStart, df, lastDoc, slot } = this;
    const n = key.length;
    const next = at.next ?? new Int32Array(at.docs.length);
    const touched: number[] = [];
    for (let i = 0; i < at.docs.length; i++) {
      const doc = at.docs[i]!;
      const x = at.next ? next[i]! : (next[i] = text[docStart[doc]! + at.positions[i]! + n]!);
      if (x === SEPARATOR || lastDoc[x] === doc) continue;
      if (df[x] === 0) touched.push(x);
      df[x]!++;
      lastDoc[x] = doc;
    }
    const frequent = touched.filter((x) => df[x]! >= this.minDocs);
    for (const x of touched) {
      df[x] = 0;
      lastDoc[x] = -1;
    }
    if (frequent.length === 0) return;
    // Each frequent extension's occurrences, gathered in one pass.
    frequent.forEach((x, k) => (slot[x] = k));
    const sizes = new Int32Array(frequent.length);
    for (let i = 0; i < next.length; i++) if (slot[next[i]!]! >= 0) sizes[slot[next[i]!]!]!++;
    const parts = Array.from(sizes, (size) => ({ docs: new Int32Array(size), positions: new Int32Array(size) }));
    const filled = new Int32Array(frequent.length);
    for (let i = 0; i < next.length; i++) {
      const k = slot[next[i]!]!;
      if (k < 0) continue;
      parts[k]!.docs[filled[k]!] = at.docs[i]!;
      parts[k]!.positions[filled[k]!++] = at.positions[i]!;
    }
    for (const x of frequent) slot[x] = -1;
    frequent.forEach((x, k) => {
      const phrase = [...key, x];
      emit(phrase, parts[k]!);
      this.extend(phrase, parts[k]!, emit);
    });
  }
}

import { bigramKeys } from './bigram-bag.ts';

// The distinct bigrams of one page's texts, numbered in the order first seen,
// in an open-addressing table over typed arrays. A Map<number, number> of
// document frequencies, filled from a sorted bag of every text, cost a sort per
// text and a hash operation per distinct bigram: about a third of all parse
// time. Here each text is read once into the numbers of its distinct bigrams;
// counting documents and testing which bigrams two texts share are then array
// lookups, and no text needs sorting unless its counts are compared.

/** Numbers the bigrams of a page's texts and counts in how many documents each occurs. */
export class BigramTable {
  // Pairs (key, number + 1) by hash of the key; 0 marks an empty slot.
  private index: Int32Array;
  private shift: number;
  private size = 0;
  // By bigram number: its key, its document frequency, the last document that
  // counted it, the last text read that holds it, and the last group marked.
  private keys: Int32Array;
  private docs: Int32Array;
  private lastDoc: Int32Array;
  private lastText: Int32Array;
  private lastMark: Int32Array;
  private texts = 0;
  private marks = 0;
  private readonly ofText = new Map<string, Int32Array>();

  /** `expected`: about how many distinct bigrams the page holds (the table grows past it). */
  constructor(expected: number) {
    let bits = 6;
    while (1 << bits < expected * 2) bits++;
    this.index = new Int32Array(2 << bits);
    this.shift = 32 - bits;
    const n = Math.max(64, expected);
    this.keys = new Int32Array(n);
    this.docs = new Int32Array(n);
    this.lastDoc = new Int32Array(n);
    this.lastText = new Int32Array(n);
    this.lastMark = new Int32Array(n);
  }

  /** The number of the bigram `key`, or -1 when no text read so far holds it. */
  find(key: number): number {
    const mask = (this.index.length >> 1) - 1;
    // Fibonacci hashing: the top bits of the product mix both characters of the bigram.
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const id = this.index[2 * i + 1]!;
      if (id === 0) return -1;
      if (this.index[2 * i] === key) return id - 1;
    }
  }

  private add(key: number): number {
    const mask = (this.index.length >> 1) - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (; ; i = (i + 1) & mask) {
      const id = this.index[2 * i + 1]!;
      if (id === 0) break;
      if (this.index[2 * i] === key) return id - 1;
    }
    const id = this.size++;
    if (id === this.keys.length) this.growArrays();
    this.keys[id] = key;
    this.index[2 * i] = key;
    this.index[2 * i + 1] = id + 1;
    if (this.size * 2 > this.index.length >> 1) this.growIndex();
    return id;
  }

  /** The numbers of the distinct bigrams of `text`, in the order first seen (read once per text). */
  idsOf(text: string): Int32Array {
    let ids = this.ofText.get(text);
    if (ids) return ids;
    const t = ++this.texts;
    const keys = bigramKeys(text);
    // The keys are read into the same scratch buffer they came from: each
    // distinct one is written at or before the place it was read from.
    let n = 0;
    for (let i = 0; i < keys.length; i++) {
      const id = this.add(keys[i]!);
      if (this.lastText[id] === t) continue;
      this.lastText[id] = t;
      keys[n++] = id;
    }
    ids = keys.slice(0, n);
    this.ofText.set(text, ids);
    return ids;
  }

  /** Counts the bigrams of `texts` once for document `doc` (documents are numbered from 1). */
  addDocument(texts: readonly string[], doc: number): void {
    for (const text of texts) {
      for (const id of this.idsOf(text)) {
        if (this.lastDoc[id] === doc) continue;
        this.lastDoc[id] = doc;
        this.docs[id]!++;
      }
    }
  }

  /** The key of bigram number `id`. */
  keyOf(id: number): number {
    return this.keys[id]!;
  }

  /** In how many documents bigram number `id` occurs. */
  docsOf(id: number): number {
    return this.docs[id]!;
  }

  /** Keys of the distinct bigrams of `text` that also occur in one of `others`, unsorted. */
  sharedKeys(text: string, others: readonly string[]): Int32Array {
    const own = this.idsOf(text);
    const lists = others.map((o) => this.idsOf(o));
    const m = ++this.marks;
    for (const ids of lists) for (const id of ids) this.lastMark[id] = m;
    const out = new Int32Array(own.length);
    let n = 0;
    for (const id of own) if (this.lastMark[id] === m) out[n++] = this.keys[id]!;
    return out.subarray(0, n);
  }

  private growArrays(): void {
    this.keys = doubled(this.keys);
    this.docs = doubled(this.docs);
    this.lastDoc = doubled(this.lastDoc);
    this.lastText = doubled(this.lastText);
    this.lastMark = doubled(this.lastMark);
  }

  private growIndex(): void {
    const old = this.index;
    this.index = new Int32Array(old.length * 2);
    this.shift--;
    const mask = (this.index.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let i = Math.imul(old[s]!, 0x9e3779b1) >>> this.shift;
      while (this.index[2 * i + 1] !== 0) i = (i + 1) & mask;
      this.index[2 * i] = old[s]!;
      this.index[2 * i + 1] = old[s + 1]!;
    }
  }
}

function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

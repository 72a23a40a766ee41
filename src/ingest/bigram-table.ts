import { bigramKeys } from './bigram-bag.ts';

// The distinct bigrams of one page's texts, numbered in the order first seen,
// in an open-addressing table over typed arrays. A Map<number, number> of
// document frequencies, filled from a sorted bag of every text, cost a sort per
// text and a hash operation per distinct bigram: about a third of all parse
// time. Here each text is read once into the numbers of its distinct bigrams;
// counting documents and testing which bigrams two texts share are then array
// lookups, and no text needs sorting unless its counts are compared. A few
// arrays serve the whole page, so parsing a page allocates little.

// Fields of a bigram's record: its key, in how many documents it occurs, the
// last document that counted it, and the last stamp (a text being read, or a
// group being marked; both take numbers from one counter, so they never clash).
const KEY = 0;
const DOCS = 1;
const LAST_DOC = 2;
const STAMP = 3;
const FIELDS = 4;

/** Numbers the bigrams of a page's texts and counts in how many documents each occurs. */
export class BigramTable {
  // Pairs (key, number + 1) by hash of the key; 0 marks an empty slot.
  private index: Int32Array;
  private shift: number;
  private size = 0;
  private records: Int32Array;
  private stamps = 0;
  // The numbers of the distinct bigrams of each text read, one text after the other.
  private ids: Int32Array;
  private idsEnd = 0;
  private readonly ofText = new Map<string, { start: number; end: number }>();
  // Keys handed out by `sharedKeys`.
  private shared: Int32Array = new Int32Array(256);

  /** `expected`: about how many distinct bigrams the page holds (the table grows past it). */
  constructor(expected: number) {
    let bits = 6;
    while (1 << bits < expected * 2) bits++;
    this.index = new Int32Array(2 << bits);
    this.shift = 32 - bits;
    const capacity = 1 << Math.max(6, Math.ceil(Math.log2(expected)));
    this.records = new Int32Array(capacity * FIELDS);
    // A bigram is held by one or two texts on average.
    this.ids = new Int32Array(capacity * 2);
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

  /** In how many documents bigram number `id` occurs. */
  docsOf(id: number): number {
    return this.records[id * FIELDS + DOCS]!;
  }

  // The number of bigram `key`, numbering it if it is new.
  private add(key: number): number {
    const index = this.index;
    const mask = (index.length >> 1) - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (; ; i = (i + 1) & mask) {
      const id = index[2 * i + 1]!;
      if (id === 0) break;
      if (index[2 * i] === key) return id - 1;
    }
    const id = this.size++;
    if (id * FIELDS === this.records.length) this.records = doubled(this.records);
    this.records[id * FIELDS + KEY] = key;
    index[2 * i] = key;
    index[2 * i + 1] = id + 1;
    if (this.size * 2 > index.length >> 1) this.growIndex();
    return id;
  }

  // Where the numbers of the distinct bigrams of `text` are in `ids` (read once per text).
  private read(text: string): { start: number; end: number } {
    let span = this.ofText.get(text);
    if (span) return span;
    const keys = bigramKeys(text);
    const stamp = ++this.stamps;
    if (this.idsEnd + keys.length > this.ids.length) this.ids = doubled(this.ids, this.idsEnd + keys.length);
    const ids = this.ids;
    const start = this.idsEnd;
    let end = start;
    for (let i = 0; i < keys.length; i++) {
      const id = this.add(keys[i]!);
      // Read after `add`, which may have grown the records.
      const records = this.records;
      if (records[id * FIELDS + STAMP] === stamp) continue;
      records[id * FIELDS + STAMP] = stamp;
      ids[end++] = id;
    }
    this.idsEnd = end;
    this.ofText.set(text, (span = { start, end }));
    return span;
  }

  /** Counts the bigrams of `texts` once for document `doc` (documents are numbered from 1). */
  addDocument(texts: readonly string[], doc: number): void {
    for (const text of texts) {
      const { start, end } = this.read(text);
      for (let k = start; k < end; k++) {
        const r = this.ids[k]! * FIELDS;
        if (this.records[r + LAST_DOC] === doc) continue;
        this.records[r + LAST_DOC] = doc;
        this.records[r + DOCS]!++;
      }
    }
  }

  /**
   * Keys of the distinct bigrams of `text` that also occur in one of `others`,
   * unsorted. The array is a view of a buffer of the table: valid until the next call.
   */
  sharedKeys(text: string, others: readonly string[]): Int32Array {
    const own = this.read(text);
    const spans = others.map((o) => this.read(o));
    const stamp = ++this.stamps;
    for (const { start, end } of spans) for (let k = start; k < end; k++) this.records[this.ids[k]! * FIELDS + STAMP] = stamp;
    if (this.shared.length < own.end - own.start) this.shared = doubled(this.shared, own.end - own.start);
    let n = 0;
    for (let k = own.start; k < own.end; k++) {
      const r = this.ids[k]! * FIELDS;
      if (this.records[r + STAMP] === stamp) this.shared[n++] = this.records[r + KEY]!;
    }
    return this.shared.subarray(0, n);
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

// A copy twice as long (or doubled until at least `least` long), for arrays that
// grow. Lengths stay powers of two, so the allocator can reuse freed buffers for
// later pages and memory stays flat while pages stream through.
function doubled(a: Int32Array, least = 0): Int32Array {
  let n = a.length * 2;
  while (n < least) n *= 2;
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

import { bigramKeys } from './bigram-bag.ts';

// The distinct bigrams of one page's texts, numbered in the order first seen,
// in an open-addressing table over typed arrays. A Map<number, number> of
// document frequencies, filled from a sorted bag of every text, cost a sort per
// text and a hash operation per distinct bigram: about a third of all parse
// time. Here each text is read once into the numbers of its distinct bigrams;
// counting documents and testing which bigrams two texts share are then array
// lookups, and no text needs sorting unless its counts are compared.

// Fields of a bigram's record: its key, in how many documents it occurs, the
// last document that counted it, and the last stamp (a text being read, or a
// group being marked; both take numbers from one counter, so they never clash).
const KEY = 0;
const DOCS = 1;
const LAST_DOC = 2;
const STAMP = 3;
// Where the bigram stands among the distinct bigrams of the text being read.
const POS = 4;
const FIELDS = 5;

// The arrays of the table in use, kept from one page to the next: allocating
// them (about 80 kB outside the V8 heap) for every page left several MB more
// memory in use while pages streamed through. A table takes them over when it
// is made. A table that lost them to a newer one (two pages' tables in use at
// once, which the parser does not do) takes them back when next asked, and reads
// its texts and documents again, which numbers its bigrams as before.
// The owner is known by a number, not a reference, so the last page's table
// (and the texts it holds) is not kept alive after its page.
const shared: { owner: number; tables: number; index: Int32Array; records: Int32Array; ids: Int32Array; tallies: Int32Array; keys: Int32Array } = {
  owner: 0,
  tables: 0,
  index: new Int32Array(0),
  records: new Int32Array(0),
  ids: new Int32Array(0),
  tallies: new Int32Array(0),
  keys: new Int32Array(256),
};

interface Span {
  start: number;
  end: number;
}

/** Numbers the bigrams of a page's texts and counts in how many documents each occurs. */
export class BigramTable {
  // Pairs (key, number + 1) by hash of the key; 0 marks an empty slot.
  private index = shared.index;
  private shift = 0;
  private size = 0;
  private records = shared.records;
  private stamps = 0;
  // The numbers of the distinct bigrams of each text read, one text after the other.
  private ids = shared.ids;
  // How often each of those bigrams occurs in its text, beside its number.
  private tallies = shared.tallies;
  private idsEnd = 0;
  private readonly ofText = new Map<string, Span>();
  private readonly documents: { texts: readonly string[]; doc: number }[] = [];
  private readonly ticket = ++shared.tables;

  /** `expected`: about how many distinct bigrams the page holds (the table grows past it). */
  constructor(private readonly expected: number) {
    this.claim();
  }

  private claim(): void {
    if (shared.owner === this.ticket) return;
    shared.owner = this.ticket;
    const n = Math.max(64, this.expected, this.size);
    let bits = 6;
    while (1 << bits < n * 2) bits++;
    if (shared.index.length < 2 << bits) shared.index = new Int32Array(2 << bits);
    this.index = shared.index.subarray(0, 2 << bits).fill(0);
    this.shift = 32 - bits;
    // Records are cleared one by one as bigrams are numbered; ids are written before they are read.
    if (shared.records.length < n * FIELDS) shared.records = new Int32Array(n * FIELDS);
    if (shared.ids.length < Math.max(n * 2, this.idsEnd)) shared.ids = new Int32Array(Math.max(n * 2, this.idsEnd));
    if (shared.tallies.length < shared.ids.length) shared.tallies = new Int32Array(shared.ids.length);
    this.records = shared.records;
    this.ids = shared.ids;
    this.tallies = shared.tallies;
    // Taking them back: the same reads in the same order give the same numbers.
    const texts = [...this.ofText.keys()];
    this.ofText.clear();
    this.size = 0;
    this.idsEnd = 0;
    for (const text of texts) this.read(text);
    for (const { texts, doc } of this.documents) this.count(texts, doc);
  }

  /** The number of the bigram `key`, or -1 when no text read so far holds it. */
  find(key: number): number {
    this.claim();
    const mask = (this.index.length >> 1) - 1;
    // Fibonacci hashing: the top bits of the product mix both characters of the bigram.
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const id = this.index[2 * i + 1]!;
      if (id === 0) return -1;
      if (this.index[2 * i] === key) return id - 1;
    }
  }

  /**
   * The distinct bigrams of `text` by number (numbering new ones: a text need not
   * be among the documents), how often each occurs in it, and in how many
   * documents; in the order first met.
   */
  tally(text: string): { ids: Int32Array; counts: Int32Array; docs: Int32Array } {
    this.claim();
    const { start, end } = this.read(text);
    const ids = this.ids.slice(start, end);
    const docs = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) docs[k] = this.records[ids[k]! * FIELDS + DOCS]!;
    return { ids, counts: this.tallies.slice(start, end), docs };
  }

  /** How many bigrams are numbered: every number is below it. */
  get numbered(): number {
    this.claim();
    return this.size;
  }

  /** In how many documents bigram number `id` occurs. */
  docsOf(id: number): number {
    this.claim();
    return this.records[id * FIELDS + DOCS]!;
  }

  /** Counts the bigrams of `texts` once for document `doc` (documents are numbered from 1). */
  addDocument(texts: readonly string[], doc: number): void {
    this.claim();
    this.documents.push({ texts, doc });
    this.count(texts, doc);
  }

  /**
   * Keys of the distinct bigrams of `text` that also occur in one of `others`,
   * unsorted. The array is a view of a shared buffer: valid until the next call.
   */
  sharedKeys(text: string, others: readonly string[]): Int32Array {
    this.claim();
    const own = this.read(text);
    const spans = others.map((o) => this.read(o));
    const stamp = ++this.stamps;
    for (const { start, end } of spans) for (let k = start; k < end; k++) this.records[this.ids[k]! * FIELDS + STAMP] = stamp;
    if (shared.keys.length < own.end - own.start) shared.keys = new Int32Array(2 * (own.end - own.start));
    const out = shared.keys;
    let n = 0;
    for (let k = own.start; k < own.end; k++) {
      const r = this.ids[k]! * FIELDS;
      if (this.records[r + STAMP] === stamp) out[n++] = this.records[r + KEY]!;
    }
    return out.subarray(0, n);
  }

  private count(texts: readonly string[], doc: number): void {
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

  // Where the numbers of the distinct bigrams of `text` are in `ids` (read once per text).
  private read(text: string): Span {
    let span = this.ofText.get(text);
    if (span) return span;
    const keys = bigramKeys(text);
    const stamp = ++this.stamps;
    if (this.idsEnd + keys.length > this.ids.length) this.ids = shared.ids = grown(this.ids, this.idsEnd + keys.length);
    if (this.tallies.length < this.ids.length) this.tallies = shared.tallies = grown(this.tallies, this.ids.length);
    const ids = this.ids;
    const tallies = this.tallies;
    const start = this.idsEnd;
    let end = start;
    for (let i = 0; i < keys.length; i++) {
      const id = this.add(keys[i]!);
      // Read after `add`, which may have grown the records.
      const records = this.records;
      if (records[id * FIELDS + STAMP] === stamp) {
        tallies[records[id * FIELDS + POS]!]!++;
        continue;
      }
      records[id * FIELDS + STAMP] = stamp;
      records[id * FIELDS + POS] = end;
      tallies[end] = 1;
      ids[end++] = id;
    }
    this.idsEnd = end;
    this.ofText.set(text, (span = { start, end }));
    return span;
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
    if ((id + 1) * FIELDS > this.records.length) this.records = shared.records = grown(this.records, (id + 1) * FIELDS);
    const r = id * FIELDS;
    this.records[r + KEY] = key;
    this.records[r + DOCS] = 0;
    this.records[r + LAST_DOC] = 0;
    this.records[r + STAMP] = 0;
    this.records[r + POS] = 0;
    index[2 * i] = key;
    index[2 * i + 1] = id + 1;
    if (this.size * 2 > index.length >> 1) this.growIndex();
    return id;
  }

  private growIndex(): void {
    const old = this.index;
    this.index = new Int32Array(old.length * 2);
    if (this.index.length > shared.index.length) shared.index = this.index;
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

// A copy at least twice as long, for arrays that grow.
function grown(a: Int32Array, least: number): Int32Array {
  const b = new Int32Array(Math.max(a.length * 2, least));
  b.set(a);
  return b;
}

import { PairIds } from '../text/pair-ids.ts';

// The distinct bigrams of one page's texts, numbered in the order first seen,
// in an open-addressing table (src/text/pair-ids.ts). A Map<number, number> of
// document frequencies, filled from a sorted bag of every text, cost a sort per
// text and a hash operation per distinct bigram: about a third of all parse
// time. Here each text is read once, character by character, into the numbers
// of its distinct bigrams; counting documents is then an array lookup, and no
// text needs sorting.

// Characters that make words: Han (with extension A and compatibility
// ideographs), digits, Latin letters and full-width forms. A code-unit test, not
// a Unicode property regex: this runs over every character of every page, and
// Han, the common case, is tested first.
function isWordUnit(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0x30 && c <= 0x39) ||
    ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff10 && c <= 0xff5a)
  );
}

// Fields of a bigram's record: in how many documents it occurs, the last
// document that counted it, the last text that met it, and where it stands among
// the distinct bigrams of that text.
const DOCS = 0;
const LAST_DOC = 1;
const STAMP = 2;
const POS = 3;
const FIELDS = 4;

interface Span {
  start: number;
  end: number;
}

/** Numbers the bigrams of a page's texts and counts in how many documents each occurs. */
export class BigramTable {
  // A bigram's number, by its two characters.
  private readonly numbers: PairIds;
  private records: Int32Array;
  private stamps = 0;
  // The numbers of the distinct bigrams of each text read, one text after the other.
  private ids: Int32Array;
  // How often each of those bigrams occurs in its text, beside its number.
  private tallies: Int32Array;
  private idsEnd = 0;
  private readonly ofText = new Map<string, Span>();

  /**
   * `chars`: how many characters the page's documents hold. A text has fewer
   * bigrams than characters, so the numbers of the documents' bigrams fit
   * without growing. Distinct bigrams are about half as many as characters on
   * real pages (0.42 to 0.64 on ../shared/real/pages, 0.14 to 0.47 on generated
   * ones): room for half is made, and the index is kept at most half full.
   */
  constructor(chars: number) {
    const distinct = Math.max(64, chars >> 1);
    this.numbers = new PairIds(distinct);
    this.records = new Int32Array(distinct * FIELDS);
    this.ids = new Int32Array(chars + 64);
    this.tallies = new Int32Array(chars + 64);
  }

  /**
   * The distinct bigrams of `text` by number (numbering new ones: a text need not
   * be among the documents), how often each occurs in it, and in how many
   * documents; in the order first met.
   */
  tally(text: string): { ids: Int32Array; counts: Int32Array; docs: Int32Array } {
    const { start, end } = this.read(text);
    // Views, not copies: a text's numbers are never written again, and arrays that
    // grow are copied to new buffers, so a view keeps what it was given.
    const ids = this.ids.subarray(start, end);
    const docs = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) docs[k] = this.records[ids[k]! * FIELDS + DOCS]!;
    return { ids, counts: this.tallies.subarray(start, end), docs };
  }

  /** How many bigrams are numbered: every number is below it. */
  get numbered(): number {
    return this.numbers.size;
  }

  /** In how many documents bigram number `id` occurs. */
  docsOf(id: number): number {
    return this.records[id * FIELDS + DOCS]!;
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

  // Where the numbers of the distinct bigrams of `text` are in `ids` (read once per text).
  private read(text: string): Span {
    let span = this.ofText.get(text);
    if (span) return span;
    const stamp = ++this.stamps;
    // A text of n characters has at most n - 1 bigrams.
    if (this.idsEnd + text.length > this.ids.length) {
      this.ids = grown(this.ids, this.idsEnd + text.length);
      this.tallies = grown(this.tallies, this.ids.length);
    }
    const { ids, tallies, numbers } = this;
    const start = this.idsEnd;
    let end = start;
    let a = text.length > 0 ? text.charCodeAt(0) : 0;
    let wordA = isWordUnit(a);
    for (let i = 1; i < text.length; i++) {
      const b = text.charCodeAt(i);
      const wordB = isWordUnit(b);
      if (wordA && wordB) {
        const id = numbers.add(a, b);
        const r = id * FIELDS;
        // Records are never reused, so a new one is all zero when the records grow.
        if (r >= this.records.length) this.records = grown(this.records, r + FIELDS);
        const records = this.records;
        if (records[r + STAMP] === stamp) {
          tallies[records[r + POS]!]!++;
        } else {
          records[r + STAMP] = stamp;
          records[r + POS] = end;
          tallies[end] = 1;
          ids[end++] = id;
        }
      }
      a = b;
      wordA = wordB;
    }
    this.idsEnd = end;
    this.ofText.set(text, (span = { start, end }));
    return span;
  }
}

// A copy at least twice as long, for arrays that grow.
function grown(a: Int32Array, least: number): Int32Array {
  const b = new Int32Array(Math.max(a.length * 2, least));
  b.set(a);
  return b;
}

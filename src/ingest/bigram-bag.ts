// Character bigrams of a text as integer keys, and as sorted typed arrays with
// counts (bags): counting them in a Map costs a hash operation per character,
// which dominated ingest time; sorting one Int32Array per text and walking two
// of them side by side is several times faster.

/** Distinct bigrams of a text in ascending order, with how often each occurs. */
export interface Bag {
  keys: Int32Array;
  counts: Int32Array;
}

// Characters that make words: Han (with extension A and compatibility
// ideographs), digits, Latin letters and full-width forms. A code-unit test, not
// a Unicode property regex: this runs over every character of every page, and
// Han, the common case, is tested first.
function isWordUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff10 && c <= 0xff5a);
}

// Word units all lie below 0x10000 and the key keeps 15 bits of the first one,
// which is enough to tell bigrams apart for similarity (rare collisions only
// blur a score, they cannot lose text). The second unit is a word unit, at
// least 0x30, so no key is 0.
const key = (a: number, b: number) => ((a & 0x7fff) << 16) | b;

// One scratch buffer for the raw keys of the text being read, grown as needed.
let scratch = new Int32Array(4096);

/**
 * The keys of the word-character bigrams of a text, in text order, repeats
 * included. The array is a view of a scratch buffer: valid until the next call.
 */
export function bigramKeys(text: string): Int32Array {
  if (scratch.length < text.length) scratch = new Int32Array(text.length * 2);
  let n = 0;
  let a = text.length > 0 ? text.charCodeAt(0) : 0;
  let wordA = isWordUnit(a);
  for (let i = 1; i < text.length; i++) {
    const b = text.charCodeAt(i);
    const wordB = isWordUnit(b);
    if (wordA && wordB) scratch[n++] = key(a, b);
    a = b;
    wordA = wordB;
  }
  return scratch.subarray(0, n);
}

const EMPTY: Bag = { keys: new Int32Array(0), counts: new Int32Array(0) };

/** The bag of word-character bigrams of a text. */
export function bagOf(text: string): Bag {
  const sorted = bigramKeys(text).sort();
  const n = sorted.length;
  if (n === 0) return EMPTY;
  let distinct = 1;
  for (let i = 1; i < n; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  const keys = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let m = 0;
  keys[0] = sorted[0]!;
  counts[0] = 1;
  for (let i = 1; i < n; i++) {
    const k = sorted[i]!;
    if (k !== keys[m]) keys[++m] = k;
    counts[m]!++;
  }
  return { keys, counts };
}

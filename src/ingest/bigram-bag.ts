// Character bigrams of a text as sorted typed arrays: counting them in a Map
// costs a hash operation per character, which dominated ingest time; sorting one
// Int32Array per text and walking two of them side by side is several times faster.

/** Distinct bigrams of a text in ascending order, with how often each occurs. */
export interface Bag {
  keys: Int32Array;
  counts: Int32Array;
}

// Characters that make words: digits, Latin letters, Han (with extension A and
// compatibility ideographs) and full-width forms. A code-unit test, not a Unicode
// property regex: this runs over every character of every page.
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff10 && c <= 0xff5a);
}

// Word units all lie below 0x10000 and the key keeps 15 bits of the first one,
// which is enough to tell bigrams apart for similarity (rare collisions only
// blur a score, they cannot lose text).
const key = (a: number, b: number) => ((a & 0x7fff) << 16) | b;

// One scratch buffer for the raw keys of the text being bagged, grown as needed.
let scratch = new Int32Array(4096);

/** The bag of word-character bigrams of a text. */
export function bagOf(text: string): Bag {
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
  const sorted = scratch.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const keys = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let m = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) keys[++m] = sorted[i]!;
    counts[m]!++;
  }
  return { keys, counts };
}

/** Calls `f(key, countInA, countInB)` for every bigram both bags hold. */
export function eachShared(a: Bag, b: Bag, f: (key: number, ca: number, cb: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const x = a.keys[i]!;
    const y = b.keys[j]!;
    if (x === y) f(x, a.counts[i++]!, b.counts[j++]!);
    else if (x < y) i++;
    else j++;
  }
}

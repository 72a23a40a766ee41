import * as OpenCC from 'opencc-js';
import type { Lang } from '../schema/ids.ts';

let toSimplified: ((s: string) => string) | null = null;

/**
 * Converts Traditional Chinese (Taiwan, Hong Kong and older print forms) to Simplified, phrase-aware.
 * @internal Exported for tests/search-index.test.ts.
 */
export function traditionalToSimplified(s: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(s);
}

/**
 * Traditional → Simplified for single characters: each code point is converted
 * by OpenCC on its own line, so no phrase rule applies, and kept where it
 * becomes exactly one other character. Shared by ingest (matching) and the
 * search index (folding), so both read Traditional text the same way.
 */
export function simplifiedChars(codePoints: Iterable<number>): Map<number, number> {
  const cps = [...codePoints];
  const converted = traditionalToSimplified(cps.map((c) => String.fromCodePoint(c)).join('\n')).split('\n');
  const map = new Map<number, number>();
  cps.forEach((c, i) => {
    const s = converted[i] ?? '';
    const out = Array.from(s);
    if (out.length === 1 && out[0]!.codePointAt(0) !== c) map.set(c, out[0]!.codePointAt(0)!);
  });
  return map;
}

function* bmpHan(): Generator<number> {
  for (let c = 0x3400; c <= 0x4dbf; c++) yield c;
  for (let c = 0x4e00; c <= 0x9fff; c++) yield c;
}

let fold: Int32Array | null = null;
let traditionalSet: Uint32Array | null = null;

/**
 * The single-character fold for the Han characters of the Basic Multilingual
 * Plane, built once per process (one conversion of about 27,000 characters
 * instead of one per page), as a table by code unit: the character it folds to,
 * 0 where it stays. Per-character folding keeps positions, which is what
 * matching needs; a table lookup is several times cheaper than a Map's.
 */
function hanFold(): Int32Array {
  if (!fold) {
    fold = new Int32Array(0x10000);
    for (const [from, to] of simplifiedChars(bmpHan())) fold[from] = to;
  }
  return fold;
}

// The code units the fold changes, one bit each: 8 kB that stay in the
// processor's cache while a page's characters are looked up at random.
function traditionalBits(): Uint32Array {
  if (!traditionalSet) {
    const table = hanFold();
    traditionalSet = new Uint32Array(0x10000 / 32);
    for (let c = 0; c < 0x10000; c++) if (table[c] !== 0) traditionalSet[c >> 5]! |= 1 << (c & 31);
  }
  return traditionalSet;
}

/** Folds Traditional characters to Simplified one for one: same length, same positions. */
export function foldHanChars(s: string): string {
  const table = hanFold();
  let i = 0;
  while (i < s.length && table[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    out += String.fromCharCode(table[c] || c);
  }
  return out;
}

// A sample is enough to tell the script of a page.
const SAMPLE = 4000;

/**
 * Tells whether a text is printed in Traditional or Simplified Chinese: it is
 * Traditional when more than 2% of its Han characters are Traditional forms.
 */
export function detectLang(text: string): Lang {
  const bits = traditionalBits();
  const n = Math.min(text.length, SAMPLE);
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if ((bits[c >> 5]! >>> (c & 31)) & 1) traditional++;
  }
  return han > 0 && traditional * 50 > han ? 'zh-Hant' : 'zh-CN';
}

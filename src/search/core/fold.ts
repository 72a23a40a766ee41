/**
 * Text folding used identically when the index is built and when a query is
 * typed, so the two always agree: compatibility forms (full-width letters and
 * digits, compatibility ideographs) fold by NFKC, letters to lower case,
 * Traditional characters to Simplified by a character map, any run of
 * white space to one space, and zero-width characters (which a pasted text
 * may hide inside a word) to nothing. Folding is per character on purpose: a phrase-aware
 * converter could fold the same character differently in the index and in a
 * two-character query, and then an exact search would miss.
 */

/** Traditional → Simplified code point map, built from the packed pairs the index ships. */
export type FoldMap = ReadonlyMap<number, number>;

/** Reads the packed `TSTS…` pair string (each Traditional character followed by its Simplified form). */
export function parseFoldPairs(pairs: string): Map<number, number> {
  const cps = Array.from(pairs, (c) => c.codePointAt(0)!);
  const map = new Map<number, number>();
  for (let i = 0; i + 1 < cps.length; i += 2) map.set(cps[i]!, cps[i + 1]!);
  return map;
}

const SPACE = 0x20;
const WHITE = /\s/u;
// Zero-width space, non-joiner, joiner, word joiner, byte-order mark and soft hyphen: printed as nothing.
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/u;

/** Folds one code point to its searchable form: code points (none for an invisible one), or a space for white space. */
export function foldCodePoint(cp: number, map: FoldMap): string {
  // Fast paths: ASCII and unified ideographs are NFKC-stable; ideographs have no case.
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    return cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c || cp === 0x0b ? ' ' : String.fromCharCode(cp);
  }
  if (cp >= 0x4e00 && cp <= 0x9fff) return String.fromCodePoint(map.get(cp) ?? cp);
  if (INVISIBLE.test(String.fromCodePoint(cp))) return '';
  let out = '';
  for (const c of String.fromCodePoint(cp).normalize('NFKC').toLowerCase()) {
    if (WHITE.test(c)) out += ' ';
    else {
      const v = c.codePointAt(0)!;
      out += String.fromCodePoint(map.get(v) ?? v);
    }
  }
  return out;
}

/** Folds a text: every code point by `foldCodePoint`, white-space runs collapsed to one space. */
export function foldText(text: string, map: FoldMap): string {
  return foldTextWithOffsets(text, map, false).text;
}

/** A folded text and, for each of its UTF-16 units, the index in the source it came from. */
export interface FoldedText {
  text: string;
  /** `offsets[i]` is the source index of folded unit `i`; `offsets[text.length]` is the source length. */
  offsets: number[];
}

/** Folds a text and keeps where each folded unit came from, so a match can be shown in the original. */
export function foldTextWithOffsets(text: string, map: FoldMap, keepOffsets = true): FoldedText {
  let out = '';
  const offsets: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp, map);
    for (let j = 0; j < folded.length; j++) {
      const unit = folded.charCodeAt(j);
      if (unit === SPACE) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      out += folded[j];
      if (keepOffsets) offsets.push(i);
    }
    i += width;
  }
  if (keepOffsets) offsets.push(text.length);
  return { text: out, offsets };
}

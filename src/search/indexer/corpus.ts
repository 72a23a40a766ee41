import { foldCodePoint, type FoldMap } from '../core/fold.ts';

/** Character id that separates fields and ends every document. */
export const SEPARATOR = 0;

/**
 * The folded text of every document as one array of small character ids, the
 * form the key builder scans. Each document is its fields, each followed by
 * the separator, so no key spans two fields or two documents.
 */
export interface Corpus {
  text: Uint16Array | Uint32Array;
  /** `docStart[d]` is where document `d` begins in `text`; `docStart[docCount]` is the end. */
  docStart: Int32Array;
  /** Positions of each document's headline (its title and kicker fields): the separator after it is at `titleEnd`. */
  titleEnd: Int32Array;
  /** Code point of each character id (`codePoints[0]` is the separator). */
  codePoints: number[];
}

/**
 * Folds and encodes documents given as lists of fields, headline first:
 * `heads[d]` fields of document `d` (one when not given) are its headline. It
 * folds exactly as `foldText` does (the search tests hold it to that), a
 * character at a time straight into ids, ASCII and unified ideographs through
 * tables rather than strings.
 */
export function encodeCorpus(docs: readonly (readonly string[])[], foldMap: FoldMap, heads?: ArrayLike<number>): Corpus {
  const idOf = new Int32Array(0x110000).fill(-1);
  // Code point 0 is the separator's id; a NUL in the text breaks keys like a separator.
  idOf[SEPARATOR] = SEPARATOR;
  const codePoints = [SEPARATOR];
  const bmpFold = new Int32Array(0x10000).map((_, cp) => cp);
  for (const [from, to] of foldMap) if (from < 0x10000) bmpFold[from] = to;
  const folded = new Map<number, string>();
  let text: Uint16Array | Uint32Array = new Uint16Array(1 << 20);
  let length = 0;
  const docStart = new Int32Array(docs.length + 1);
  const titleEnd = new Int32Array(docs.length);
  let lastSpace = false;
  const push = (cp: number) => {
    if (cp === 0x20) {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = false;
    let id = idOf[cp]!;
    if (id < 0) {
      id = idOf[cp] = codePoints.length;
      codePoints.push(cp);
      // More distinct characters than 16 bits can number: widen the array once.
      if (id === 0x10000 && text instanceof Uint16Array) text = Uint32Array.from(text);
    }
    if (length === text.length) {
      const grown: Uint16Array | Uint32Array = text instanceof Uint32Array ? new Uint32Array(text.length * 2) : new Uint16Array(text.length * 2);
      grown.set(text);
      text = grown;
    }
    text[length++] = id;
  };
  docs.forEach((fields, d) => {
    docStart[d] = length;
    const lastHead = (heads?.[d] ?? 1) - 1;
    fields.forEach((field, f) => {
      lastSpace = false;
      for (let i = 0; i < field.length; i++) {
        let cp = field.charCodeAt(i);
        if (cp >= 0x4e00 && cp <= 0x9fff) {
          push(bmpFold[cp]!);
          continue;
        }
        if (cp < 0x80 && !(cp >= 0x41 && cp <= 0x5a) && !(cp >= 0x09 && cp <= 0x0d)) {
          push(cp);
          continue;
        }
        cp = field.codePointAt(i)!;
        if (cp > 0xffff) i++;
        let s = folded.get(cp);
        if (s === undefined) folded.set(cp, (s = foldCodePoint(cp, foldMap)));
        for (const c of s) push(c.codePointAt(0)!);
      }
      if (f === lastHead) titleEnd[d] = length - docStart[d]!;
      push(SEPARATOR);
      lastSpace = false;
    });
  });
  docStart[docs.length] = length;
  // A separator past the end, so a scan may look one character ahead anywhere.
  push(SEPARATOR);
  return { text: text.subarray(0, length), docStart, titleEnd, codePoints };
}

import { FIELD_END, FILLER, UNIT_BYTES } from '../core/doc-chunks.ts';
import { foldCodePoint, type FoldMap } from '../core/fold.ts';

/** Character id that separates fields and ends every document. */
export const SEPARATOR = 0;

/**
 * The folded text of every document as one array of small character ids, the
 * form the gram counter scans. Each document is its fields, each followed by
 * the separator, so no key spans two fields or two documents.
 */
export interface Corpus {
  text: Uint16Array | Uint32Array;
  /** `docStart[d]` is where document `d` begins in `text`; `docStart[docCount]` is the end. */
  docStart: Int32Array;
  /** Length of each document's headline, its title and kicker fields (positions below it are in the headline, which ranks as the title). */
  titleEnd: Int32Array;
  /** Code point of each character id (`codePoints[0]` is the separator). */
  codePoints: number[];
}

/**
 * Told each document's units once it is encoded (see core/doc-chunks.ts): per
 * position, the original code point it came from, a filler or a field end;
 * and the position where its body starts, after the headline's fields.
 * The view is reused for the next document.
 */
export type UnitsSink = (doc: number, units: Uint8Array, body: number) => void;

/**
 * Folds and encodes documents given as lists of fields, headline first:
 * `heads[d]` fields of document `d` (one when not given) are its headline. It folds
 * exactly as `foldText` does (the search tests hold it to that), character by
 * character straight into ids, with the common cases (ASCII, unified
 * ideographs) looked up in tables rather than through strings. With `onUnits`,
 * the same pass says where each position came from, so the text results show
 * lines up with the positions the index stores.
 */
export function encodeCorpus(docs: readonly (readonly string[])[], foldMap: FoldMap, onUnits?: UnitsSink, heads?: ArrayLike<number>): Corpus {
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
  let units = new Uint8Array(onUnits ? 1 << 16 : 0);
  let unitsFrom = 0;
  // The original code point of the character being pushed, until its first folded unit is.
  let origin = FILLER;
  const push = (cp: number) => {
    if (cp === 0x20) {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = false;
    if (onUnits) {
      const k = (length - unitsFrom) * UNIT_BYTES;
      if (k + UNIT_BYTES > units.length) {
        const grown = new Uint8Array(units.length * 2);
        grown.set(units);
        units = grown;
      }
      units[k] = origin >>> 16;
      units[k + 1] = (origin >>> 8) & 0xff;
      units[k + 2] = origin & 0xff;
      origin = FILLER;
    }
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
    docStart[d] = unitsFrom = length;
    const lastHead = (heads?.[d] ?? 1) - 1;
    fields.forEach((field, f) => {
      lastSpace = false;
      for (let i = 0; i < field.length; i++) {
        let cp = field.charCodeAt(i);
        origin = cp;
        if (cp >= 0x4e00 && cp <= 0x9fff) {
          push(bmpFold[cp]!);
          continue;
        }
        if (cp < 0x80 && !(cp >= 0x41 && cp <= 0x5a) && !(cp >= 0x09 && cp <= 0x0d)) {
          push(cp);
          continue;
        }
        cp = origin = field.codePointAt(i)!;
        if (cp > 0xffff) i++;
        let s = folded.get(cp);
        if (s === undefined) folded.set(cp, (s = foldCodePoint(cp, foldMap)));
        for (const c of s) push(c.codePointAt(0)!);
      }
      if (f === lastHead) titleEnd[d] = length - docStart[d]!;
      origin = FIELD_END;
      push(SEPARATOR);
      lastSpace = false;
    });
    // The body starts after the separator that ends the headline.
    onUnits?.(d, units.subarray(0, (length - unitsFrom) * UNIT_BYTES), titleEnd[d]! + 1);
  });
  docStart[docs.length] = length;
  onUnits = undefined;
  push(SEPARATOR);
  push(SEPARATOR);
  // In shared memory, so worker threads can read the corpus without copies of their own.
  const shared = text instanceof Uint32Array ? new Uint32Array(new SharedArrayBuffer(length * 4)) : new Uint16Array(new SharedArrayBuffer(length * 2));
  shared.set(text.subarray(0, length));
  return { text: shared, docStart, titleEnd, codePoints };
}

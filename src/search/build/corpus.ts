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
  /** Length of each document's title field (positions below it are in the title). */
  titleEnd: Int32Array;
  /** Where each field starts, relative to its document's start: document `d`'s fields are `fieldStart[fieldsOf[d]…fieldsOf[d+1])`. */
  fieldStart: Int32Array;
  fieldsOf: Int32Array;
  /** Code point of each character id (`codePoints[0]` is the separator). */
  codePoints: number[];
}

/**
 * Folds and encodes documents given as lists of fields (title first). It folds
 * exactly as `foldText` does (the search tests hold it to that), character by
 * character straight into ids, with the common cases (ASCII, unified
 * ideographs) looked up in tables rather than through strings.
 */
export function encodeCorpus(docs: readonly (readonly string[])[], foldMap: FoldMap): Corpus {
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
  const fieldStart: number[] = [];
  const fieldsOf = new Int32Array(docs.length + 1);
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
    fieldsOf[d] = fieldStart.length;
    fields.forEach((field, f) => {
      fieldStart.push(length - docStart[d]!);
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
      if (f === 0) titleEnd[d] = length - docStart[d]!;
      push(SEPARATOR);
      lastSpace = false;
    });
  });
  docStart[docs.length] = length;
  fieldsOf[docs.length] = fieldStart.length;
  push(SEPARATOR);
  push(SEPARATOR);
  // In shared memory, so worker threads can read the corpus without copies of their own.
  const shared = text instanceof Uint32Array ? new Uint32Array(new SharedArrayBuffer(length * 4)) : new Uint16Array(new SharedArrayBuffer(length * 2));
  shared.set(text.subarray(0, length));
  return { text: shared, docStart, titleEnd, fieldStart: Int32Array.from(fieldStart), fieldsOf, codePoints };
}

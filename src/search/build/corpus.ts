import { foldText, type FoldMap } from '../core/fold.ts';

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
  /** Code point of each character id (`codePoints[0]` is the separator). */
  codePoints: number[];
}

/** Folds and encodes documents given as lists of fields (title first). */
export function encodeCorpus(docs: readonly (readonly string[])[], foldMap: FoldMap): Corpus {
  const idOf = new Int32Array(0x110000).fill(-1);
  const codePoints = [0];
  let text: Uint16Array | Uint32Array = new Uint16Array(1024);
  let length = 0;
  const docStart = new Int32Array(docs.length + 1);
  const titleEnd = new Int32Array(docs.length);
  const push = (id: number) => {
    if (length === text.length) {
      const grown: Uint16Array | Uint32Array = codePoints.length > 0xffff ? new Uint32Array(text.length * 2) : new Uint16Array(text.length * 2);
      grown.set(text);
      text = grown;
    }
    text[length++] = id;
  };
  docs.forEach((fields, d) => {
    docStart[d] = length;
    fields.forEach((field, f) => {
      const folded = foldText(field, foldMap);
      for (let i = 0; i < folded.length; i++) {
        const cp = folded.codePointAt(i)!;
        if (cp > 0xffff) i++;
        let id = idOf[cp]!;
        if (id < 0) {
          id = idOf[cp] = codePoints.length;
          codePoints.push(cp);
          // More distinct characters than 16 bits can number: widen the array once.
          if (id === 0x10000 && text instanceof Uint16Array) text = Uint32Array.from(text);
        }
        push(id);
      }
      if (f === 0) titleEnd[d] = length - docStart[d]!;
      push(SEPARATOR);
    });
  });
  docStart[docs.length] = length;
  push(SEPARATOR);
  push(SEPARATOR);
  return { text: text.subarray(0, length + 2), docStart, titleEnd, codePoints };
}

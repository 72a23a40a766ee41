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
 * Folds and encodes documents given one at a time as lists of fields,
 * headline first (`head` fields of it). It folds exactly as `foldText` does
 * (the search tests hold it to that), a character at a time straight into
 * ids, ASCII and unified ideographs through tables rather than strings. The
 * text is 16 bits a character while fewer than 65,536 distinct ones occur
 * (half the memory of 32), widened once if more do.
 */
export class CorpusEncoder {
  private idOf = new Int32Array(0x110000).fill(-1);
  private codePoints = [SEPARATOR];
  private bmpFold = new Int32Array(0x10000).map((_, cp) => cp);
  private folded = new Map<number, string>();
  private text: Uint16Array | Uint32Array = new Uint16Array(1 << 20);
  private length = 0;
  private docStart = new Int32Array(1 << 10);
  private titleEnd = new Int32Array(1 << 10);
  private docs = 0;
  private lastSpace = false;

  constructor(private foldMap: FoldMap) {
    // Code point 0 is the separator's id; a NUL in the text breaks keys like a separator.
    this.idOf[SEPARATOR] = SEPARATOR;
    for (const [from, to] of foldMap) if (from < 0x10000) this.bmpFold[from] = to;
  }

  /** Adds the next document: its fields, of which the first `head` are its headline. */
  add(fields: readonly string[], head = 1): void {
    if (this.docs === this.docStart.length - 1) {
      this.docStart = grow(this.docStart);
      this.titleEnd = grow(this.titleEnd);
    }
    const d = this.docs++;
    const start = (this.docStart[d] = this.length);
    const { bmpFold, folded } = this;
    fields.forEach((field, f) => {
      this.lastSpace = false;
      for (let i = 0; i < field.length; i++) {
        let cp = field.charCodeAt(i);
        if (cp >= 0x4e00 && cp <= 0x9fff) {
          this.push(bmpFold[cp]!);
          continue;
        }
        if (cp < 0x80 && !(cp >= 0x41 && cp <= 0x5a) && !(cp >= 0x09 && cp <= 0x0d)) {
          this.push(cp);
          continue;
        }
        cp = field.codePointAt(i)!;
        if (cp > 0xffff) i++;
        let s = folded.get(cp);
        if (s === undefined) folded.set(cp, (s = foldCodePoint(cp, this.foldMap)));
        for (const c of s) this.push(c.codePointAt(0)!);
      }
      if (f === head - 1) this.titleEnd[d] = this.length - start;
      this.push(SEPARATOR);
      this.lastSpace = false;
    });
  }

  /** The corpus of the documents added. */
  finish(): Corpus {
    const docs = this.docs;
    this.docStart[docs] = this.length;
    const length = this.length;
    // A separator past the end, so a scan may look one character ahead anywhere.
    this.push(SEPARATOR);
    const { text, docStart, titleEnd, codePoints } = this;
    return { text: text.subarray(0, length), docStart: docStart.slice(0, docs + 1), titleEnd: titleEnd.slice(0, docs), codePoints };
  }

  private push(cp: number): void {
    if (cp === 0x20) {
      if (this.lastSpace) return;
      this.lastSpace = true;
    } else this.lastSpace = false;
    let id = this.idOf[cp]!;
    if (id < 0) {
      id = this.idOf[cp] = this.codePoints.length;
      this.codePoints.push(cp);
      // More distinct characters than 16 bits can number: widen the array once.
      if (id === 0x10000 && this.text instanceof Uint16Array) this.text = Uint32Array.from(this.text);
    }
    if (this.length === this.text.length) this.text = grow(this.text);
    this.text[this.length++] = id;
  }
}

/** A typed array of twice the length holding the same values. */
export function grow<T extends Uint16Array | Uint32Array | Int32Array>(a: T): T {
  const grown = new (a.constructor as new (n: number) => T)(a.length * 2);
  grown.set(a);
  return grown;
}

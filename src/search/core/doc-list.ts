import { ByteReader } from './byte-reader.ts';

/**
 * Sorted document numbers as the index stores them: the first number, then
 * either the gaps (minus one) or, for lists denser than one document in eight,
 * a byte count and a bitmap of the documents after the first. The count is not
 * stored: the record holding the list knows it (`df`).
 */
export function readDocList(r: ByteReader, count: number, bitmap: boolean): Int32Array {
  const out = new Int32Array(count);
  if (count === 0) return out;
  let doc = r.uint();
  out[0] = doc;
  if (!bitmap) {
    for (let i = 1; i < count; i++) {
      doc += r.uint() + 1;
      out[i] = doc;
    }
    return out;
  }
  const bytes = r.uint();
  const from = r.pos;
  const first = doc;
  let n = 1;
  for (let byte = 0; byte < bytes && n < count; byte++) {
    const b = r.bytes[from + byte]!;
    if (b === 0) continue;
    const base = first + 1 + byte * 8;
    for (let bit = 0; bit < 8; bit++) if (b & (1 << bit)) out[n++] = base + bit;
  }
  r.pos = from + bytes;
  return out;
}

/** Occurrence positions of a key, aligned with its document list: `start[i]…start[i+1]` index `positions`. */
export interface PositionLists {
  start: Int32Array;
  positions: Int32Array;
}

/**
 * Reads the positions of a key in each of its `docCount` documents: per
 * document the first position doubled (plus one when more follow), then the
 * count of the rest minus one and the gaps minus one.
 */
export function readPositions(r: ByteReader, docCount: number): PositionLists {
  const start = new Int32Array(docCount + 1);
  let positions = new Int32Array(Math.max(16, docCount * 2));
  let n = 0;
  for (let d = 0; d < docCount; d++) {
    start[d] = n;
    const head = r.uint();
    const more = head % 2 === 1 ? r.uint() + 1 : 0;
    if (n + 1 + more > positions.length) {
      const grown = new Int32Array(Math.max(positions.length * 2, n + 1 + more));
      grown.set(positions);
      positions = grown;
    }
    let p = Math.floor(head / 2);
    positions[n++] = p;
    for (let k = 0; k < more; k++) {
      p += r.uint() + 1;
      positions[n++] = p;
    }
  }
  start[docCount] = n;
  return { start, positions: positions.subarray(0, n) };
}

/** Reads a document list file (facets): count, bitmap flag, then the list. */
export function readDocListFile(bytes: Uint8Array): Int32Array {
  if (bytes.length === 0) return new Int32Array(0);
  const r = new ByteReader(bytes);
  const count = r.uint();
  const bitmap = r.uint() === 1;
  return readDocList(r, count, bitmap);
}

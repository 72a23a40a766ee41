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

/** The first position and the number of positions of a key in each of its documents. */
export interface PositionHeads {
  first: Int32Array;
  count: Int32Array;
}

/**
 * Reads the positions block of a key in `docCount` documents: the head's
 * length, the head (per document the first position doubled, plus one when
 * more follow, then the count of the others minus one) and the tail (the
 * others' gaps minus one). `withTail` false reads the head only, which may be
 * all that was fetched.
 */
export function readPositionHeads(bytes: Uint8Array, docCount: number): PositionHeads {
  const r = new ByteReader(bytes);
  r.uint();
  const first = new Int32Array(docCount);
  const count = new Int32Array(docCount);
  for (let d = 0; d < docCount; d++) {
    const head = r.uint();
    first[d] = Math.floor(head / 2);
    count[d] = head % 2 === 1 ? r.uint() + 2 : 1;
  }
  return { first, count };
}

/** Reads every position of a key in each of its `docCount` documents (head and tail, see `readPositionHeads`). */
export function readPositions(bytes: Uint8Array, docCount: number): PositionLists {
  const r = new ByteReader(bytes);
  const headLength = r.uint();
  const { first, count } = readPositionHeads(bytes, docCount);
  const tail = new ByteReader(bytes, r.pos + headLength);
  const start = new Int32Array(docCount + 1);
  let total = 0;
  for (let d = 0; d < docCount; d++) total += count[d]!;
  const positions = new Int32Array(total);
  let n = 0;
  for (let d = 0; d < docCount; d++) {
    start[d] = n;
    let p = first[d]!;
    positions[n++] = p;
    for (let k = 1; k < count[d]!; k++) {
      p += tail.uint() + 1;
      positions[n++] = p;
    }
  }
  start[docCount] = n;
  return { start, positions };
}

/** Reads a document list file (facets): count, bitmap flag, then the list. */
export function readDocListFile(bytes: Uint8Array): Int32Array {
  if (bytes.length === 0) return new Int32Array(0);
  const r = new ByteReader(bytes);
  const count = r.uint();
  const bitmap = r.uint() === 1;
  return readDocList(r, count, bitmap);
}

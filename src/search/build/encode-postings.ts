import type { ByteWriter } from './byte-writer.ts';

const varintLength = (v: number) => (v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5);

/**
 * Writes ascending document numbers `docs[from…to)` (see `readDocList`) as
 * gaps or, when allowed, as a bitmap if that is smaller; returns true for a bitmap.
 */
export function writeDocList(w: ByteWriter, docs: ArrayLike<number>, from: number, to: number, allowBitmap = true): boolean {
  if (to <= from) return false;
  const first = docs[from]!;
  let gapBytes = 0;
  for (let i = from + 1; i < to; i++) gapBytes += varintLength(docs[i]! - docs[i - 1]! - 1);
  const bitmapBytes = Math.ceil((docs[to - 1]! - first) / 8);
  w.uint(first);
  if (!allowBitmap || gapBytes <= bitmapBytes + varintLength(bitmapBytes)) {
    for (let i = from + 1; i < to; i++) w.uint(docs[i]! - docs[i - 1]! - 1);
    return false;
  }
  const bits = new Uint8Array(bitmapBytes);
  for (let i = from + 1; i < to; i++) {
    const k = docs[i]! - first - 1;
    bits[k >> 3]! |= 1 << (k & 7);
  }
  w.uint(bitmapBytes);
  w.bytes(bits);
  return true;
}

/**
 * Writes the positions of a key in each of its documents (see
 * `readPositionHeads` and `readPositions`) in two parts: the head holds, per
 * document, the first position (doubled, plus one when more follow) and the
 * count of the others; the tail holds the others as gaps. The head alone
 * decides most documents of a phrase, so a browser often needs no tail.
 * `counts[i]` positions of document `i` are taken in order from `positions`
 * starting at `start`.
 */
export function writePositions(head: ByteWriter, tail: ByteWriter, counts: ArrayLike<number>, from: number, to: number, positions: ArrayLike<number>, start: number): void {
  let p = start;
  for (let i = from; i < to; i++) {
    const count = counts[i]!;
    let prev = positions[p++]!;
    head.uint(prev * 2 + (count > 1 ? 1 : 0));
    if (count === 1) continue;
    head.uint(count - 2);
    for (let k = 1; k < count; k++) {
      const pos = positions[p++]!;
      tail.uint(pos - prev - 1);
      prev = pos;
    }
  }
}

/** A document list as a file of its own (facets): count, bitmap flag, then the list. */
export function encodeDocListFile(w: ByteWriter, docs: readonly number[]): Uint8Array {
  w.reset();
  w.uint(docs.length);
  const at = w.length;
  w.uint(0);
  if (writeDocList(w, docs, 0, docs.length)) w.view()[at] = 1;
  return w.view().slice();
}

import type { Piece } from './work-item.ts';

// Text is found by its printed characters alone: whitespace differs between a
// page's lines and the fields made from them (a title wrapped over two lines is
// one field), and between one fetch of a page and the next.
const SPACE = /[\s\u3000\u00a0\ufeff]/u;

/** The text without whitespace: what anchors are compared on. */
export function squeeze(s: string): string {
  let out = '';
  for (const ch of s) if (!SPACE.test(ch)) out += ch;
  return out;
}

/** A place in an item's pieces: the piece, and the offset in its text. */
export interface Pos {
  piece: number;
  offset: number;
}

/** Where `needle` (compared without whitespace) is first printed in the pieces, read in order as one text, or null. */
export function findText(pieces: readonly Piece[], needle: string): { start: Pos; end: Pos } | null {
  const want = squeeze(needle);
  if (want === '') return null;
  // Each non-space character of the pieces, with where it is.
  const where: Pos[] = [];
  let joined = '';
  pieces.forEach((p, piece) => {
    for (let offset = 0; offset < p.text.length; ) {
      const ch = String.fromCodePoint(p.text.codePointAt(offset)!);
      if (!SPACE.test(ch)) {
        joined += ch;
        for (let k = 0; k < ch.length; k++) where.push({ piece, offset: offset + k });
      }
      offset += ch.length;
    }
  });
  const at = joined.indexOf(want);
  if (at < 0) return null;
  const last = where[at + want.length - 1]!;
  return { start: where[at]!, end: { piece: last.piece, offset: last.offset + 1 } };
}

/** Cuts the piece at `pos` in two (both keep its role); returns the index of the first piece that starts at or after `pos`. */
export function cutAt(pieces: Piece[], pos: Pos): number {
  const p = pieces[pos.piece]!;
  const before = p.text.slice(0, pos.offset);
  const after = p.text.slice(pos.offset);
  if (before.trim() === '') return pos.piece;
  if (after.trim() === '') return pos.piece + 1;
  pieces.splice(pos.piece, 1, { ...p, text: before }, { ...p, text: after });
  return pos.piece + 1;
}

/** Cuts the pieces at both ends of a span; returns the indices [from, to) of the pieces that hold exactly it. */
export function cutSpan(pieces: Piece[], start: Pos, end: Pos): [number, number] {
  let to = cutAt(pieces, end);
  const count = pieces.length;
  const from = cutAt(pieces, start);
  to += pieces.length - count;
  return [from, to];
}

/** True when nothing but whitespace of its piece comes before `pos`. */
export function startsPiece(pieces: readonly Piece[], pos: Pos): boolean {
  return pieces[pos.piece]!.text.slice(0, pos.offset).trim() === '';
}

/** True when `a` comes before `b` in the pieces' reading order. */
export function before(a: Pos, b: Pos): boolean {
  return a.piece < b.piece || (a.piece === b.piece && a.offset < b.offset);
}

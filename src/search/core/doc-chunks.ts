/**
 * How documents are stored for showing results: each document's indexed text,
 * one unit per position of the folded text the index counts in, cut into
 * chunks of `chunkPositions` positions, every chunk led by a copy of the
 * document's header (what a result shows besides its text). Units are three
 * bytes, so a position's place in a chunk is known without reading the chunk,
 * and the header copies mean a passage anywhere in a document comes in one
 * range request together with the title, paper and date it is shown with.
 *
 * A unit holds the original code point that the position's folded character
 * came from (so results show the text as printed), or marks a field's end, or
 * fills the further positions of a character that folds to several.
 */
export const UNIT_BYTES = 3;
/** The positions after the first of a character that folds to several, and the padding of a document's last chunk. */
export const FILLER = 0xffffff;
/** The end of a field (the index's separator). */
export const FIELD_END = 0xfffffe;

/** Where documents' chunks are: the sizes the manifest gives. */
export interface ChunkGeometry {
  /** Bytes of a chunk's header copy (JSON padded with spaces). */
  headerBytes: number;
  /** Positions of text a chunk holds. */
  chunkPositions: number;
}

/** Bytes of one chunk. */
export const chunkBytes = (g: ChunkGeometry) => g.headerBytes + g.chunkPositions * UNIT_BYTES;

/** Chunks a document of `length` positions takes (at least one, for its header). */
export const chunksOf = (length: number, g: ChunkGeometry) => Math.max(1, Math.ceil(length / g.chunkPositions));

/**
 * The byte range of a pack to read for positions `from…to` of a document
 * whose first chunk is chunk number `first` of its pack: from the start of the
 * chunk holding `from` (its header copy first) to the unit before `to`.
 */
export function unitsRange(first: number, from: number, to: number, g: ChunkGeometry): { start: number; length: number } {
  const size = chunkBytes(g);
  const last = Math.max(from, to - 1);
  const a = Math.floor(from / g.chunkPositions);
  const b = Math.floor(last / g.chunkPositions);
  const start = (first + a) * size;
  const end = (first + b) * size + g.headerBytes + (last - b * g.chunkPositions + 1) * UNIT_BYTES;
  return { start, length: end - start };
}

/** A run of one field's text read from chunks, and whether the field goes on before or after it. */
export interface TextPiece {
  /** Positions of the piece's first unit and after its last in the document. */
  at: number;
  end: number;
  text: string;
  /** The field goes on before the piece (the read began inside it) or after it (the read ended inside it). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The units of positions `from…to` of a document, read with `unitsRange`, and the header of the first chunk read. */
export class UnitsView {
  constructor(
    readonly bytes: Uint8Array,
    readonly from: number,
    readonly to: number,
    readonly g: ChunkGeometry,
  ) {}

  /** The header's JSON text. */
  header(): string {
    return new TextDecoder().decode(this.bytes.subarray(0, this.g.headerBytes));
  }

  /** Whether the view holds position `pos`. */
  holds(pos: number): boolean {
    return pos >= this.from && pos < this.to;
  }

  /** The unit at a position the view holds. */
  unit(pos: number): number {
    const { g } = this;
    const chunk = Math.floor(pos / g.chunkPositions) - Math.floor(this.from / g.chunkPositions);
    const i = chunk * chunkBytes(g) + g.headerBytes + (pos % g.chunkPositions) * UNIT_BYTES;
    return (this.bytes[i]! << 16) | (this.bytes[i + 1]! << 8) | this.bytes[i + 2]!;
  }

  /**
   * The text of positions `start…stop` as pieces cut at field ends. Units the
   * view holds outside `start…stop` only tell whether a field ends there:
   * readers read one unit before and after what they want, so that a piece
   * says truly whether its field goes on.
   */
  pieces(start = this.from, stop = this.to): TextPiece[] {
    const pieces: TextPiece[] = [];
    let piece: TextPiece = { at: start, end: start, text: '', cutBefore: start > 0, cutAfter: true };
    for (let pos = Math.max(this.from, start - 1); pos < Math.min(this.to, stop + 1); pos++) {
      const u = this.unit(pos);
      if (u === FIELD_END) {
        if (piece.text) pieces.push({ ...piece, cutAfter: false });
        piece = { at: pos + 1, end: pos + 1, text: '', cutBefore: false, cutAfter: true };
        continue;
      }
      if (pos < start || pos >= stop) continue;
      if (u !== FILLER) piece.text += String.fromCodePoint(u);
      piece.end = pos + 1;
    }
    if (piece.text) pieces.push(piece);
    return pieces;
  }
}

/** Pieces of two reads of one document in order, a field cut between the reads joined again. */
export function joinPieces(a: TextPiece[], b: TextPiece[]): TextPiece[] {
  const last = a[a.length - 1];
  const first = b[0];
  if (!last || !first || !last.cutAfter || !first.cutBefore || last.end !== first.at) return [...a, ...b];
  return [...a.slice(0, -1), { at: last.at, end: first.end, text: last.text + first.text, cutBefore: last.cutBefore, cutAfter: first.cutAfter }, ...b.slice(1)];
}

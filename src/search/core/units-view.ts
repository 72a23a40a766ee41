import { chunkBytes, FIELD_END, FILLER, UNIT_BYTES, type ChunkGeometry } from './doc-chunks.ts';

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

/** The units of positions `from…to` of a document and its header (JSON text), however they were read. */
export abstract class Units {
  constructor(
    readonly from: number,
    readonly to: number,
  ) {}

  /** The header's JSON text. */
  abstract header(): string;

  /** The unit at a position the view holds. */
  abstract unit(pos: number): number;

  /** Whether the view holds position `pos`. */
  holds(pos: number): boolean {
    return pos >= this.from && pos < this.to;
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

/** Units read from a pack with `unitsRange`: the header of the first chunk read, header copies between chunks. */
export class ChunkedUnits extends Units {
  constructor(
    readonly bytes: Uint8Array,
    from: number,
    to: number,
    readonly g: ChunkGeometry,
  ) {
    super(from, to);
  }

  header(): string {
    return new TextDecoder().decode(this.bytes.subarray(0, this.g.headerBytes));
  }

  unit(pos: number): number {
    const { g } = this;
    const chunk = Math.floor(pos / g.chunkPositions) - Math.floor(this.from / g.chunkPositions);
    return readUnit(this.bytes, chunk * chunkBytes(g) + g.headerBytes + (pos % g.chunkPositions) * UNIT_BYTES);
  }
}

/** Units one after the other, with the header given apart (a result read ahead of time, see core/ranked-list.ts). */
export class FlatUnits extends Units {
  constructor(
    private json: string,
    readonly bytes: Uint8Array,
    from: number,
  ) {
    super(from, from + bytes.length / UNIT_BYTES);
  }

  header(): string {
    return this.json;
  }

  unit(pos: number): number {
    return readUnit(this.bytes, (pos - this.from) * UNIT_BYTES);
  }
}

/** The three-byte unit at byte `i`. */
const readUnit = (bytes: Uint8Array, i: number) => (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;

/** Pieces of two reads of one document in order, a field cut between the reads joined again. */
export function joinPieces(a: TextPiece[], b: TextPiece[]): TextPiece[] {
  const last = a[a.length - 1];
  const first = b[0];
  if (!last || !first || !last.cutAfter || !first.cutBefore || last.end !== first.at) return [...a, ...b];
  return [...a.slice(0, -1), { at: last.at, end: first.end, text: last.text + first.text, cutBefore: last.cutBefore, cutAfter: first.cutAfter }, ...b.slice(1)];
}

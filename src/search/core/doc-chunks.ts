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

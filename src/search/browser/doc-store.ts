import { ByteReader } from '../core/byte-reader.ts';
import { readUnits, unitsRange, type TextPiece } from '../core/doc-chunks.ts';
import { DOCS_PER_COUNTS, DOCS_PER_PACK, indexPaths, type DocHeader } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';

/** Where a document's chunks are in its pack. */
interface Place {
  /** Number of its first chunk in the pack. */
  first: number;
  chunks: number;
}

/** Some of a document's text, with its header. */
export interface DocText {
  header: DocHeader;
  pieces: TextPiece[];
  /** Positions the document's chunks hold (its length, rounded up to whole chunks). */
  room: number;
}

/** Reads documents' headers and text from their chunks (see core/doc-chunks.ts), one range request a read. */
export class DocStore {
  private blocks = new Map<number, Promise<{ first: Int32Array; chunks: Int32Array }>>();

  constructor(private client: IndexClient) {}

  /** Positions `from…to` of a document (clipped to its chunks) and its header, or null when there is no such document. */
  async read(doc: number, from: number, to: number): Promise<DocText | null> {
    const m = await this.client.manifest();
    if (doc < 0 || doc >= m.docCount) return null;
    const g = m.chunks;
    const place = await this.place(doc);
    const room = place.chunks * g.chunkPositions;
    const a = Math.max(0, Math.min(from, room - 1));
    const b = Math.max(a + 1, Math.min(to, room));
    // One unit either side, to know whether fields end there.
    const readFrom = Math.max(0, a - 1);
    const { start, length } = unitsRange(place.first, readFrom, Math.min(room, b + 1), g);
    const bytes = await this.client.range(indexPaths.docPack(doc), start, length);
    const { header, pieces } = readUnits(bytes, readFrom, g, a, b);
    return { header: JSON.parse(header) as DocHeader, pieces, room };
  }

  /** A document's header. */
  async header(doc: number): Promise<DocHeader | null> {
    return (await this.read(doc, 0, 1))?.header ?? null;
  }

  private async place(doc: number): Promise<Place> {
    const k = Math.floor(doc / DOCS_PER_COUNTS);
    let block = this.blocks.get(k);
    if (!block) {
      block = this.client.bytes(indexPaths.chunkCounts(doc)).then((bytes) => chunkPlaces(bytes ?? new Uint8Array(0)));
      this.blocks.set(k, block);
      block.catch(() => this.blocks.delete(k));
    }
    const { first, chunks } = await block;
    const i = doc % DOCS_PER_COUNTS;
    return { first: first[i]!, chunks: chunks[i]! };
  }
}

/** Each document's chunk count and first chunk in its pack, from a block's counts (chunks of a pack follow one another). */
function chunkPlaces(bytes: Uint8Array): { first: Int32Array; chunks: Int32Array } {
  const r = new ByteReader(bytes);
  const counts: number[] = [];
  while (!r.done()) counts.push(r.uint());
  const first = new Int32Array(counts.length);
  let at = 0;
  counts.forEach((c, i) => {
    if (i % DOCS_PER_PACK === 0) at = 0;
    first[i] = at;
    at += c;
  });
  return { first, chunks: Int32Array.from(counts) };
}

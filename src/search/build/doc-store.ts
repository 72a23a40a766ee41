import { chunkBytes, chunksOf, UNIT_BYTES, type ChunkGeometry } from '../core/doc-chunks.ts';
import { DOCS_PER_COUNTS, DOCS_PER_PACK, indexPaths } from '../core/layout.ts';
import { ByteWriter } from './byte-writer.ts';
import type { HeaderFields } from './doc-header.ts';
import type { FileWriter } from './file-writer.ts';

const encoder = new TextEncoder();
const SPACE = 0x20;
// The largest `body` a header can name, so header room is known before any text is folded.
const LARGEST_BODY = 2 ** 31 - 1;

/**
 * Writes the documents' chunks (see core/doc-chunks.ts) as their units come
 * from the corpus encoder, a pack at a time, and the chunk counts that tell a
 * browser where each document starts. Documents must come in order.
 */
export class DocStoreWriter {
  readonly geometry: ChunkGeometry;
  private pack = new ByteWriter(1 << 20);
  private counts = new ByteWriter(1 << 16);
  private next = 0;
  /** Chunks of each document written. */
  readonly chunks: Int32Array;

  constructor(
    private headers: HeaderFields[],
    private out: FileWriter,
    chunkPositions: number,
  ) {
    this.chunks = new Int32Array(headers.length);
    const widest = headers.reduce((max, h) => Math.max(max, encoder.encode(JSON.stringify({ ...h, body: LARGEST_BODY })).length), 0);
    this.geometry = { headerBytes: Math.ceil(widest / 16) * 16, chunkPositions };
  }

  /** Adds document `doc`'s units (one per position of its indexed text) and where its body starts. */
  add(doc: number, units: Uint8Array, body: number): void {
    if (doc !== this.next) throw new Error(`documents out of order: ${doc} after ${this.next - 1}`);
    const g = this.geometry;
    const length = units.length / UNIT_BYTES;
    const header = new Uint8Array(g.headerBytes).fill(SPACE);
    header.set(encoder.encode(JSON.stringify({ ...this.headers[doc]!, body })));
    const chunks = chunksOf(length, g);
    const room = new Uint8Array(chunks * chunkBytes(g)).fill(0xff);
    for (let j = 0; j < chunks; j++) {
      const at = j * chunkBytes(g);
      room.set(header, at);
      room.set(units.subarray(j * g.chunkPositions * UNIT_BYTES, (j + 1) * g.chunkPositions * UNIT_BYTES), at + g.headerBytes);
    }
    this.pack.bytes(room);
    this.counts.uint(chunks);
    this.chunks[doc] = chunks;
    this.next++;
    if (this.next % DOCS_PER_PACK === 0) this.flushPack();
    if (this.next % DOCS_PER_COUNTS === 0) this.flushCounts();
  }

  /** Writes what is left; returns the number of documents written. */
  close(): number {
    if (this.next % DOCS_PER_PACK !== 0) this.flushPack();
    if (this.next % DOCS_PER_COUNTS !== 0 || this.next === 0) this.flushCounts();
    this.headers = [];
    return this.next;
  }

  private flushPack(): void {
    this.out.write(indexPaths.docPack(this.next - 1), this.pack.view());
    this.pack.reset();
  }

  private flushCounts(): void {
    this.out.write(indexPaths.chunkCounts(Math.max(0, this.next - 1)), this.counts.view());
    this.counts.reset();
  }
}

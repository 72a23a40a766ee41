import { ByteReader } from '../core/byte-reader.ts';
import { unitsRange } from '../core/doc-chunks.ts';
import { ChunkedUnits, type TextPiece, type Units } from '../core/units-view.ts';
import { DOCS_PER_COUNTS, DOCS_PER_PACK, indexPaths, type DocHeader } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';

/** Some of a document's text, with its header. */
export interface DocText {
  header: DocHeader;
  pieces: TextPiece[];
  /** Positions the document's chunks hold (its length, rounded up to whole chunks). */
  room: number;
}

// Reads kept for a later read of the same text (a text check's read serves the result shown).
const KEEP_READS = 256;

/** Reads documents' headers and text from their chunks (see core/doc-chunks.ts), one range request a read. */
export class DocStore {
  private blocks = new Map<number, Promise<{ first: Int32Array; chunks: Int32Array }>>();
  private reads = new Map<number, Promise<Units>>();

  constructor(private client: IndexClient) {}

  /** Positions `from…to` of a document (clipped to its chunks) and its header, or null when there is no such document. */
  async read(doc: number, from: number, to: number): Promise<DocText | null> {
    const span = await this.clip(doc, from, to);
    if (!span) return null;
    const view = await this.units(doc, span.from, span.to);
    return { header: JSON.parse(view.header()) as DocHeader, pieces: view.pieces(span.from, span.to), room: span.room };
  }

  /** Keeps units read ahead of time (a frequent phrase's first page), so that reading them costs no request. */
  keep(doc: number, units: Units): void {
    this.remember(doc, Promise.resolve(units));
  }

  /** A document's header. */
  async header(doc: number): Promise<DocHeader | null> {
    return (await this.read(doc, 0, 1))?.header ?? null;
  }

  /** Positions `from…to` clipped to the document's chunks (at least one position), or null when there is no such document. */
  async clip(doc: number, from: number, to: number): Promise<{ from: number; to: number; room: number } | null> {
    const m = await this.client.manifest();
    if (doc < 0 || doc >= m.docCount) return null;
    const room = (await this.place(doc)).chunks * m.chunks.chunkPositions;
    const a = Math.max(0, Math.min(from, room - 1));
    return { from: a, to: Math.max(a + 1, Math.min(to, room)), room };
  }

  /**
   * The units of positions `from…to` of a document (within its chunks) and one
   * either side, to know whether fields end there; served from an earlier read
   * that holds them.
   */
  async units(doc: number, from: number, to: number): Promise<Units> {
    const m = await this.client.manifest();
    const place = await this.place(doc);
    // The unit before a chunk would cost the whole chunk before it: at a chunk's start, a field is taken to go on.
    const a = from % m.chunks.chunkPositions === 0 ? from : from - 1;
    const b = Math.min(place.chunks * m.chunks.chunkPositions, to + 1);
    const kept = await this.reads.get(doc)?.catch(() => null);
    if (kept && kept.from <= a && b <= kept.to) return kept;
    const { start, length } = unitsRange(place.first, a, b, m.chunks);
    const view = this.client.range(indexPaths.docPack(doc), start, length).then((bytes): Units => new ChunkedUnits(bytes, a, b, m.chunks));
    this.remember(doc, view);
    return view;
  }

  private remember(doc: number, units: Promise<Units>): void {
    this.reads.delete(doc);
    this.reads.set(doc, units);
    if (this.reads.size > KEEP_READS) this.reads.delete(this.reads.keys().next().value!);
  }

  private async place(doc: number): Promise<{ first: number; chunks: number }> {
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

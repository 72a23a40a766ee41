import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { unitsRange, UNIT_BYTES, type ChunkGeometry } from '../core/doc-chunks.ts';
import { DOCS_PER_PACK, indexPaths } from '../core/layout.ts';
import { passageReach } from '../core/passage.ts';
import { ChunkedUnits } from '../core/units-view.ts';

/** Where the document chunks a build wrote are, for reading them back (see core/doc-chunks.ts). */
export interface DocStoreSource {
  root: string;
  geometry: ChunkGeometry;
  /** Chunks of each document. */
  chunks: Int32Array;
}

/** A passage read ahead of time: the document's header (JSON) and the units from position `from`. */
export interface Passage {
  header: string;
  from: number;
  units: Uint8Array;
}

/** Reads passages of documents back from the packs a build wrote, for results stored ready-made (see core/ranked-list.ts). */
export class DocStoreReader {
  private first: Int32Array;
  private files = new Map<number, number>();
  private buffer = new Uint8Array(4096);
  // Frequent phrases share their best documents: each header is decoded once.
  private headers = new Map<number, string>();

  constructor(private source: DocStoreSource) {
    // Each document's first chunk in its pack: chunks of a pack follow one another.
    this.first = new Int32Array(source.chunks.length);
    let at = 0;
    source.chunks.forEach((c, d) => {
      if (d % DOCS_PER_PACK === 0) at = 0;
      this.first[d] = at;
      at += c;
    });
  }

  /** The passage a result shows around a match at `at` of document `doc`, as far as a browser would read it. */
  passage(doc: number, at: number): Passage {
    const g = this.source.geometry;
    const { from, to } = passageReach(at, this.source.chunks[doc]! * g.chunkPositions);
    const { start, length } = unitsRange(this.first[doc]!, from, to, g);
    if (this.buffer.length < length) this.buffer = new Uint8Array(length * 2);
    readSync(this.file(doc), this.buffer, 0, length, start);
    const view = new ChunkedUnits(this.buffer.subarray(0, length), from, to, g);
    const units = new Uint8Array((to - from) * UNIT_BYTES);
    for (let pos = from; pos < to; pos++) {
      const u = view.unit(pos);
      const i = (pos - from) * UNIT_BYTES;
      units[i] = u >>> 16;
      units[i + 1] = (u >>> 8) & 0xff;
      units[i + 2] = u & 0xff;
    }
    let header = this.headers.get(doc);
    if (header === undefined) this.headers.set(doc, (header = view.header().trimEnd()));
    return { header, from, units };
  }

  /** Closes the packs read. */
  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
  }

  private file(doc: number): number {
    const k = Math.floor(doc / DOCS_PER_PACK);
    let fd = this.files.get(k);
    if (fd === undefined) this.files.set(k, (fd = openSync(join(this.source.root, indexPaths.docPack(doc)), 'r')));
    return fd;
  }
}

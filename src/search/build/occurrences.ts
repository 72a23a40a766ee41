// Growable occurrence arrays, grouping by key, and per-key posting buffers for the gram index.
import type { Postings } from './shard-encode.ts';

/** A growable array of int32 triples, grown by doubling. */
export class Triples {
  data = new Int32Array(3 << 16);
  length = 0;
  push(a: number, b: number, c: number): void {
    if (this.length * 3 + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.length++ * 3;
    this.data[at] = a;
    this.data[at + 1] = b;
    this.data[at + 2] = c;
  }
}

type Column = Int32Array | Uint32Array | Uint16Array;

/** Sorts triples (and parallel columns) by their first value, stably; returns the sorted data and columns, and group starts. */
export function groupBy(t: Triples, groups: number, columns: Column[] = []): { data: Int32Array; columns: Column[]; start: Int32Array } {
  const start = new Int32Array(groups + 1);
  const src = t.data;
  for (let i = 0; i < t.length; i++) start[src[i * 3]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const at = start.slice(0, groups);
  const data = new Int32Array(t.length * 3);
  const sorted = columns.map((c) => new (c.constructor as new (n: number) => Column)(t.length));
  for (let i = 0; i < t.length; i++) {
    const j = at[src[i * 3]!]!++;
    data[j * 3] = src[i * 3]!;
    data[j * 3 + 1] = src[i * 3 + 1]!;
    data[j * 3 + 2] = src[i * 3 + 2]!;
    for (let c = 0; c < columns.length; c++) sorted[c]![j] = columns[c]![i]!;
  }
  return { data, columns: sorted, start };
}

/** Reusable buffers for one key's postings. */
export class PostingBuffer implements Postings {
  docs = new Int32Array(1024);
  title = new Int32Array(1024);
  counts = new Int32Array(1024);
  all = new Int32Array(1024);
  /** First position in each document. */
  first = new Int32Array(1024);
  chunks = new Uint8Array(1024);
  docCount = 0;
  titleCount = 0;
  positions: { counts: Int32Array; all: Int32Array } | null = null;
  firstChunks: Uint8Array | null = null;

  reset(size: number, withPositions: boolean): void {
    if (this.docs.length < size) {
      this.docs = new Int32Array(size);
      this.title = new Int32Array(size);
      this.counts = new Int32Array(size);
      this.all = new Int32Array(size);
      this.first = new Int32Array(size);
      this.chunks = new Uint8Array(size);
    }
    this.docCount = 0;
    this.titleCount = 0;
    this.positions = withPositions ? { counts: this.counts, all: this.all } : null;
    this.firstChunks = null;
  }

  /** Says in which chunk of `chunkPositions` positions each document's first occurrence is (up to the 255th). */
  setFirstChunks(chunkPositions: number): void {
    for (let i = 0; i < this.docCount; i++) this.chunks[i] = Math.min(255, Math.floor(this.first[i]! / chunkPositions));
    this.firstChunks = this.chunks.subarray(0, this.docCount);
  }

  /** Adds one occurrence; occurrences come in (document, position) order. */
  add(doc: number, pos: number, inTitle: boolean, n: number): void {
    if (this.docCount === 0 || this.docs[this.docCount - 1] !== doc) {
      this.docs[this.docCount] = doc;
      this.first[this.docCount] = pos;
      this.counts[this.docCount++] = 0;
      if (inTitle) this.title[this.titleCount++] = doc;
    }
    if (this.positions) this.all[n] = pos;
    this.counts[this.docCount - 1]!++;
  }
}

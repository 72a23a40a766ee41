import { RecordFlag } from '../core/shard-record.ts';
import { ByteWriter } from './byte-writer.ts';
import { writeDocList, writePositions } from './encode-postings.ts';

/** One key's postings: documents (ascending), title documents, and for triples the positions per document. */
export interface Postings {
  docs: ArrayLike<number>;
  docCount: number;
  title: ArrayLike<number>;
  titleCount: number;
  /** Per-document position counts and the positions, or null for keys without positions. */
  positions: { counts: ArrayLike<number>; all: ArrayLike<number> } | null;
}

/** Where a record's large blocks go: into files of their own, so a shard stays small. */
export interface ExternalSink {
  /** Blocks larger than this many bytes are written to their own file. */
  maxInlineBytes: number;
  write(key: readonly number[], part: 'd' | 'p', bytes: Uint8Array): void;
}

/** Encodes records and whole shards, reusing its buffers between keys. */
export class ShardEncoder {
  private docs = new ByteWriter(1 << 12);
  private pos = new ByteWriter(1 << 12);
  private body = new ByteWriter(1 << 12);
  private shard = new ByteWriter(1 << 16);
  private prev: readonly number[] = [];

  constructor(private sink: ExternalSink) {}

  /** Starts a new shard file. */
  begin(): void {
    this.shard.reset();
    this.prev = [];
  }

  /** Appends one key's record; keys must come in an order where shared prefixes are adjacent. */
  add(key: readonly number[], p: Postings): void {
    const { docs, pos, body, shard, sink } = this;
    docs.reset();
    pos.reset();
    body.reset();
    let flags = writeDocList(docs, p.docs, 0, p.docCount) ? RecordFlag.docsBitmap : 0;
    if (docs.length > sink.maxInlineBytes) {
      flags |= RecordFlag.docsExternal;
      sink.write(key, 'd', docs.view());
    }
    if (p.positions) {
      flags |= RecordFlag.hasPositions;
      writePositions(pos, p.positions.counts, 0, p.docCount, p.positions.all, 0);
      if (pos.length > sink.maxInlineBytes) {
        flags |= RecordFlag.positionsExternal;
        sink.write(key, 'p', pos.view());
      }
    }
    body.uint(flags);
    body.uint(p.docCount);
    if (!(flags & RecordFlag.docsExternal)) body.bytes(docs.view());
    body.uint(p.titleCount);
    writeDocList(body, p.title, 0, p.titleCount, false);
    if (p.positions && !(flags & RecordFlag.positionsExternal)) body.bytes(pos.view());

    let shared = 0;
    const prev = this.prev;
    while (shared < prev.length && shared < key.length && prev[shared] === key[shared]) shared++;
    shard.uint(shared);
    shard.uint(key.length - shared);
    for (let i = shared; i < key.length; i++) shard.uint(key[i]!);
    shard.uint(body.length);
    shard.bytes(body.view());
    this.prev = key;
  }

  /** The shard file written since `begin` (a view, valid until the next `begin`). */
  end(): Uint8Array {
    return this.shard.view();
  }
}

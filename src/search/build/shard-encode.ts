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

/** Encodes record bodies (see `readBody` in core/shard-record.ts), reusing its buffers between keys. */
export class RecordEncoder {
  private docs = new ByteWriter(1 << 12);
  private pos = new ByteWriter(1 << 12);
  private body = new ByteWriter(1 << 12);

  constructor(private sink: ExternalSink) {}

  /** The body of one key's record (a view, valid until the next call). */
  encode(key: readonly number[], p: Postings): Uint8Array {
    const { docs, pos, body, sink } = this;
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
    return body.view();
  }
}

/** One shard file being written: records appended with their keys front-coded against the previous key. */
export class ShardWriter {
  private out = new ByteWriter(256);
  private prev: number[] = [];

  /** Appends a record. */
  add(key: readonly number[], body: Uint8Array): void {
    const { out, prev } = this;
    let shared = 0;
    while (shared < prev.length && shared < key.length && prev[shared] === key[shared]) shared++;
    out.uint(shared);
    out.uint(key.length - shared);
    for (let i = shared; i < key.length; i++) out.uint(key[i]!);
    out.block(body);
    this.prev = [...key];
  }

  /** The file's bytes. */
  bytes(): Uint8Array {
    return this.out.view();
  }
}

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
  /** For keys without positions, the chunk of each document's first occurrence (see core/shard-record.ts), or null. */
  firstChunks?: Uint8Array | null;
}

// First chunks up to this many bytes stay in the shard (a read fewer for a rare pair, a few
// percent more shard); more go to the pack, after the documents.
const MAX_INLINE_CHUNKS = 256;

/** Where a record's large blocks go: appended to a pack file, so a shard stays small and the files few. */
export interface ExternalSink {
  /** Blocks larger than this many bytes go to the pack. */
  maxInlineBytes: number;
  /** Appends a block and tells where it landed. */
  write(bytes: Uint8Array): BlockAt;
}

/** A block in a pack file: which pack, and where in it. */
export interface BlockAt {
  pack: number;
  offset: number;
}

/** Encodes record bodies (see `readBody` in core/shard-record.ts), reusing its buffers between keys. */
export class RecordEncoder {
  private docs = new ByteWriter(1 << 12);
  private pos = new ByteWriter(1 << 12);
  private head = new ByteWriter(1 << 12);
  private tail = new ByteWriter(1 << 12);
  private body = new ByteWriter(1 << 12);

  constructor(private sink: ExternalSink) {}

  /** The body of one key's record (a view, valid until the next call). */
  encode(p: Postings): Uint8Array {
    const { docs, pos, tail, body, sink } = this;
    docs.reset();
    pos.reset();
    tail.reset();
    body.reset();
    let flags = writeDocList(docs, p.docs, 0, p.docCount) ? RecordFlag.docsBitmap : 0;
    const docsAt = docs.length > sink.maxInlineBytes ? sink.write(docs.view()) : null;
    if (docsAt) flags |= RecordFlag.docsExternal;
    const chunks = p.firstChunks ?? null;
    const chunksAt = chunks && chunks.length > MAX_INLINE_CHUNKS ? sink.write(chunks) : null;
    if (chunks) flags |= chunksAt ? RecordFlag.firstChunksExternal : RecordFlag.firstChunks;
    let posAt: BlockAt | null = null;
    let headEnd = 0;
    if (p.positions) {
      flags |= RecordFlag.hasPositions;
      // Positions are the head's length, the head and the tail (see `writePositions`).
      writePositions(this.head, tail, p.positions.counts, 0, p.docCount, p.positions.all, 0);
      pos.uint(this.head.length);
      pos.bytes(this.head.view());
      headEnd = pos.length;
      pos.bytes(tail.view());
      this.head.reset();
      if (pos.length > sink.maxInlineBytes) {
        flags |= RecordFlag.positionsExternal;
        posAt = sink.write(pos.view());
      }
    }
    body.uint(flags);
    body.uint(p.docCount);
    if (docsAt) writeBlockAt(body, docsAt, docs.length);
    else body.bytes(docs.view());
    body.uint(p.titleCount);
    writeDocList(body, p.title, 0, p.titleCount, false);
    if (chunksAt) writeBlockAt(body, chunksAt, chunks!.length);
    else if (chunks) body.bytes(chunks);
    if (posAt) {
      // Where the head ends, so a browser can fetch the head alone.
      writeBlockAt(body, posAt, pos.length);
      body.uint(headEnd);
    } else if (p.positions) body.bytes(pos.view());
    return body.view();
  }
}

/** The body of a frequent phrase's record: its ranked list goes to the pack (see core/ranked-list.ts). */
export function encodeRankedBody(sink: ExternalSink, body: ByteWriter, df: number, list: Uint8Array, pageBytes: number, groupsBytes: number): Uint8Array {
  body.reset();
  body.uint(RecordFlag.ranked);
  body.uint(df);
  writeBlockAt(body, sink.write(list), list.length);
  body.uint(pageBytes);
  body.uint(groupsBytes);
  return body.view();
}

function writeBlockAt(w: ByteWriter, at: BlockAt, length: number): void {
  w.uint(at.pack);
  w.uint(at.offset);
  w.uint(length);
}

/** One shard file being written: records appended with their keys front-coded against the previous key. */
export class ShardWriter {
  private out = new ByteWriter(256);
  // The previous key, kept in place: millions of keys are added, so no copy is made of each.
  private prev: number[] = [];

  /** Appends a record. */
  add(key: ArrayLike<number>, body: Uint8Array): void {
    const { out, prev } = this;
    let shared = 0;
    while (shared < prev.length && shared < key.length && prev[shared] === key[shared]) shared++;
    out.uint(shared);
    out.uint(key.length - shared);
    for (let i = shared; i < key.length; i++) out.uint(key[i]!);
    out.block(body);
    prev.length = key.length;
    for (let i = shared; i < key.length; i++) prev[i] = key[i]!;
  }

  /** The file's bytes. */
  bytes(): Uint8Array {
    return this.out.view();
  }
}

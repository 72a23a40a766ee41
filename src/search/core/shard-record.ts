import { ByteReader } from './byte-reader.ts';
import { readDocList } from './doc-list.ts';

/**
 * A shard file is a list of records. Each key is a short run of code points (a
 * character, a pair, a triple, or a name), stored with front coding: how many
 * code points it shares with the previous key, then the rest, then the length
 * of the record's body (see `shardOfKey` for which shard holds a key).
 *
 * A body is: flags, document count, the document list (or where it is stored
 * apart: pack, offset, length), the title list (count, first, gaps), and for
 * triples the positions (or where they are stored apart, and where their head
 * ends) up to the end of the body; for pairs, the chunk (see
 * core/doc-chunks.ts) of each document's first occurrence, a byte each in
 * the order of the documents (or where they are stored apart). A frequent phrase's body is flags,
 * document count, and where its ranked list is stored apart (see
 * core/ranked-list.ts) with the lengths of its first page and its groups.
 */
export const RecordFlag = { docsExternal: 1, docsBitmap: 2, hasPositions: 4, positionsExternal: 8, ranked: 16, firstChunks: 32, firstChunksExternal: 64 } as const;

/** Where a block stored apart sits: pack number, byte offset and length. */
export interface BlockRef {
  pack: number;
  offset: number;
  length: number;
}

/** One key's data from a shard. */
export interface ShardRecord {
  flags: number;
  /** Number of documents the key occurs in. */
  df: number;
  /** Its documents, or null when they are stored apart (`docsAt`). */
  docs: Int32Array | null;
  docsAt: BlockRef | null;
  /** The documents whose title holds the key. */
  title: Int32Array;
  /** Positions still encoded, or null when the key has none or they are stored apart (`positionsAt`). */
  positions: Uint8Array | null;
  /** Where positions stored apart are, and how many of their bytes make the head (see `readPositionHeads`). */
  positionsAt: (BlockRef & { head: number }) | null;
  /** The chunk of each document's first occurrence (up to the 255th), aligned with the documents, or null when not at hand (`firstChunksAt`) or not stored. */
  firstChunks: Uint8Array | null;
  firstChunksAt: BlockRef | null;
  /** A frequent phrase's ranked list, and how many of its bytes make the first page and the groups. */
  rankedAt: (BlockRef & { page: number; groups: number }) | null;
}

/** Finds and reads the record of `key` in a shard file, or null when the key does not occur. */
export function findRecord(bytes: Uint8Array, key: readonly number[]): ShardRecord | null {
  const r = new ByteReader(bytes);
  const prev: number[] = [];
  while (!r.done()) {
    const shared = r.uint();
    const rest = r.uint();
    prev.length = shared;
    for (let i = 0; i < rest; i++) prev.push(r.uint());
    const bodyLength = r.uint();
    const bodyEnd = r.pos + bodyLength;
    if (sameKey(prev, key)) return readBody(new ByteReader(bytes, r.pos, bodyEnd));
    r.pos = bodyEnd;
  }
  return null;
}

function sameKey(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const blockRef = (r: ByteReader): BlockRef => ({ pack: r.uint(), offset: r.uint(), length: r.uint() });

function readBody(r: ByteReader): ShardRecord {
  const flags = r.uint();
  const df = r.uint();
  if (flags & RecordFlag.ranked) {
    return { flags, df, docs: null, docsAt: null, title: new Int32Array(0), positions: null, positionsAt: null, firstChunks: null, firstChunksAt: null, rankedAt: { ...blockRef(r), page: r.uint(), groups: r.uint() } };
  }
  const docsAt = flags & RecordFlag.docsExternal ? blockRef(r) : null;
  const docs = docsAt ? null : readDocList(r, df, (flags & RecordFlag.docsBitmap) !== 0);
  const title = readDocList(r, r.uint(), false);
  const firstChunksAt = flags & RecordFlag.firstChunksExternal ? blockRef(r) : null;
  const firstChunks = flags & RecordFlag.firstChunks ? r.take(df) : null;
  const positionsAt = flags & RecordFlag.positionsExternal ? { ...blockRef(r), head: r.uint() } : null;
  const positions = flags & RecordFlag.hasPositions && !positionsAt ? r.bytes.subarray(r.pos, r.end) : null;
  return { flags, df, docs, docsAt, title, positions, positionsAt, firstChunks, firstChunksAt, rankedAt: null };
}

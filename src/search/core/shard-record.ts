import { ByteReader } from './byte-reader.ts';
import { readDocList } from './doc-list.ts';

/**
 * A shard file is a list of records. Each key is a short run of code points (a
 * character, a pair, a triple, or a name), stored with front coding: how many
 * code points it shares with the previous key, then the rest, then the length
 * of the record's body (see `shardOfKey` for which shard holds a key).
 *
 * A body is: flags, document count, the document list (unless in its own
 * file), the title list (count, first, gaps), and for triples the positions
 * (unless in their own file) up to the end of the body.
 */
export const RecordFlag = { docsExternal: 1, docsBitmap: 2, hasPositions: 4, positionsExternal: 8 } as const;

/** One key's data from a shard. */
export interface ShardRecord {
  flags: number;
  /** Number of documents the key occurs in. */
  df: number;
  /** Its documents, or null when they are in a file of their own. */
  docs: Int32Array | null;
  /** The documents whose title holds the key. */
  title: Int32Array;
  /** Positions still encoded, or null when the key has none or they are in a file of their own. */
  positions: Uint8Array | null;
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

function readBody(r: ByteReader): ShardRecord {
  const flags = r.uint();
  const df = r.uint();
  const docs = flags & RecordFlag.docsExternal ? null : readDocList(r, df, (flags & RecordFlag.docsBitmap) !== 0);
  const title = readDocList(r, r.uint(), false);
  const inlinePositions = flags & RecordFlag.hasPositions && !(flags & RecordFlag.positionsExternal);
  const positions = inlinePositions ? r.bytes.subarray(r.pos, r.end) : null;
  return { flags, df, docs, title, positions };
}

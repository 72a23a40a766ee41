import { ByteReader, type ByteWriter } from './varint.ts';

/**
 * The key dictionary: every key of the index (see `keyOf` in layout.ts) in
 * ascending order, cut into blocks of about `BLOCK_BYTES`, with a small root
 * that gives each block's first key and where it is. A query loads the root
 * once and then the one block that can hold each key it needs: the rule for
 * which block holds a key is `findBlock`, and nothing else.
 *
 * A block is the pack and offset where its entries' postings start, then per
 * key: how many code points it shares with the key before it, the rest of
 * them, the document count, the length of the documents part, the length of
 * the positions part times four, plus two when a top list's length follows,
 * plus one when the postings follow inline (small ones, which would cost a
 * request of their own for a few bytes). Postings not inline lie one after the
 * other in the pack, in key order, each its top list, documents, positions.
 */
export interface KeyEntry {
  key: number[];
  df: number;
  /** Bytes of the top list (0 when there is none), the documents part and the positions part. */
  topLength: number;
  docsLength: number;
  positionsLength: number;
  /** The postings, when the block holds them; else they are at `pack`, `offset`. */
  inline: Uint8Array | null;
  pack: number;
  offset: number;
}

/** A block of the dictionary as the root lists it. */
export interface BlockRef {
  first: number[];
  file: number;
  offset: number;
  length: number;
}

/** Orders keys as the dictionary does: code point by code point, a prefix first. */
export function compareKeys(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function shared(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function writeKey(w: ByteWriter, key: readonly number[], prev: readonly number[]): void {
  const s = shared(key, prev);
  w.uint(s);
  w.uint(key.length - s);
  for (let i = s; i < key.length; i++) w.uint(key[i]!);
}

function readKey(r: ByteReader, prev: readonly number[]): number[] {
  const key = prev.slice(0, r.uint());
  for (let rest = r.uint(); rest > 0; rest--) key.push(r.uint());
  return key;
}

/** Writes a block: entries in key order, those not inline with consecutive postings from the first one's `pack` and `offset`. */
export function encodeBlock(w: ByteWriter, entries: readonly KeyEntry[]): void {
  const base = entries.find((e) => !e.inline);
  w.uint(base?.pack ?? 0);
  w.uint(base?.offset ?? 0);
  let prev: readonly number[] = [];
  for (const e of entries) {
    writeKey(w, e.key, prev);
    w.uint(e.df);
    w.uint(e.docsLength);
    w.uint(e.positionsLength * 4 + (e.topLength > 0 ? 2 : 0) + (e.inline ? 1 : 0));
    if (e.topLength > 0) w.uint(e.topLength);
    if (e.inline) w.bytes(e.inline);
    prev = e.key;
  }
}

/** Reads a block's entries. */
export function decodeBlock(bytes: Uint8Array): KeyEntry[] {
  const r = new ByteReader(bytes);
  const pack = r.uint();
  let offset = r.uint();
  const out: KeyEntry[] = [];
  let prev: number[] = [];
  while (!r.done()) {
    const key = readKey(r, prev);
    const df = r.uint();
    const docsLength = r.uint();
    const x = r.uint();
    const positionsLength = Math.floor(x / 4);
    const topLength = x & 2 ? r.uint() : 0;
    const inline = x & 1 ? r.take(topLength + docsLength + positionsLength) : null;
    out.push({ key, df, topLength, docsLength, positionsLength, inline, pack, offset });
    if (!inline) offset += topLength + docsLength + positionsLength;
    prev = key;
  }
  return out;
}

/** Writes the root: the blocks in order, each its first key, whether it starts a new dictionary file, and its length. */
export function encodeRoot(w: ByteWriter, blocks: readonly BlockRef[]): void {
  w.uint(blocks.length);
  let prev: BlockRef | null = null;
  for (const b of blocks) {
    writeKey(w, b.first, prev?.first ?? []);
    w.uint(b.length * 2 + (prev && b.file !== prev.file ? 1 : 0));
    prev = b;
  }
}

/** Reads the root (blocks of a file follow one another from its start). */
export function decodeRoot(bytes: Uint8Array): BlockRef[] {
  const r = new ByteReader(bytes);
  const out: BlockRef[] = [];
  let file = 0;
  let offset = 0;
  let first: number[] = [];
  for (let n = r.uint(); n > 0; n--) {
    first = readKey(r, first);
    const x = r.uint();
    if (x & 1) {
      file++;
      offset = 0;
    }
    out.push({ first, file, offset, length: Math.floor(x / 2) });
    offset += Math.floor(x / 2);
  }
  return out;
}

/** The block that holds `key` if any block does: the last whose first key is not above it (-1 when all are). */
export function findBlock(root: readonly BlockRef[], key: readonly number[]): number {
  let lo = 0;
  let hi = root.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(root[mid]!.first, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

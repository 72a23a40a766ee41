import { SKIP_DOCS } from './planner.ts';
import { ByteReader, ByteWriter } from './varint.ts';

/**
 * A key's postings, the record the index holds most of. Two parts, one after
 * the other in a pack, so a query that needs no positions reads the first alone:
 *
 * - documents: per document the gap from the previous one (the first from -1,
 *   minus one), then a head `(count - 1) * 4 + (inTitle > 0) + 2 * (inLead > 0)`
 *   followed by `inTitle` and `inLead` when not zero: how often the key occurs
 *   in the document, and how many of those are in the headline and in the lead
 *   (see `zoneOf` in planner.ts). Occurrences run headline, lead, rest of the
 *   body, so the k-th occurrence's zone follows from these counts.
 * - positions (pairs only: a longer term is matched from them): per document,
 *   its `count` positions, the first as is and the others as gaps minus one.
 *   When they take `SKIP_MIN_BYTES` or more (planner.ts), the documents part
 *   ends with the skips: the bytes of the positions of each block of
 *   `SKIP_DOCS` documents but the last, so the positions of a few documents
 *   can be read alone.
 *
 * A key with many documents has a third part before these: its top list (see
 * `TOP_MIN_BYTES` in planner.ts), the best documents in rank order, each its
 * number and `count * 4 + zone`.
 */
export interface DocPostings {
  docs: Int32Array;
  counts: Int32Array;
  inTitle: Int32Array;
  inLead: Int32Array;
}

/** Every position of a key, grouped by document: `positions[start[i]…start[i+1])` belong to `docs[i]`. */
export interface PositionLists {
  start: Int32Array;
  positions: Int32Array;
}

/** Writes the documents part of postings `p` for its documents `from…to`. */
export function encodeDocs(w: ByteWriter, p: DocPostings, from = 0, to = p.docs.length): void {
  let prev = -1;
  for (let i = from; i < to; i++) {
    const t = p.inTitle[i]!;
    const l = p.inLead[i]!;
    w.uint(p.docs[i]! - prev - 1);
    w.uint((p.counts[i]! - 1) * 4 + (t > 0 ? 1 : 0) + (l > 0 ? 2 : 0));
    if (t > 0) w.uint(t);
    if (l > 0) w.uint(l);
    prev = p.docs[i]!;
  }
}

/** Writes the skips (see above) after the documents part, from the block lengths `encodePositions` gave. */
export function encodeSkips(w: ByteWriter, blocks: readonly number[]): void {
  for (const b of blocks.slice(0, -1)) w.uint(b);
}

/** A documents part as read: the documents, and where each block's positions start in the positions part (null without skips). */
export interface DocsRead extends DocPostings {
  skips: Int32Array | null;
}

/** Reads the documents part of the postings of a key that `df` documents hold. */
export function decodeDocs(bytes: Uint8Array, df: number): DocsRead {
  const r = new ByteReader(bytes);
  const out: DocsRead = { docs: new Int32Array(df), counts: new Int32Array(df), inTitle: new Int32Array(df), inLead: new Int32Array(df), skips: null };
  let doc = -1;
  for (let i = 0; i < df; i++) {
    doc += r.uint() + 1;
    const head = r.uint();
    out.docs[i] = doc;
    out.counts[i] = Math.floor(head / 4) + 1;
    if (head & 1) out.inTitle[i] = r.uint();
    if (head & 2) out.inLead[i] = r.uint();
  }
  if (!r.done()) {
    out.skips = new Int32Array(Math.ceil(df / SKIP_DOCS));
    for (let b = 1; b < out.skips.length; b++) out.skips[b] = out.skips[b - 1]! + r.uint();
  }
  return out;
}

/**
 * Writes the positions part: `counts[i]` ascending positions per document,
 * taken in order from `positions`; returns the bytes of each block of `SKIP_DOCS` documents.
 */
export function encodePositions(w: ByteWriter, counts: ArrayLike<number>, positions: ArrayLike<number>, docCount = counts.length): number[] {
  const blocks: number[] = [];
  let k = 0;
  let blockStart = w.length;
  for (let i = 0; i < docCount; i++) {
    let prev = -1;
    for (let c = 0; c < counts[i]!; c++) {
      const p = positions[k++]!;
      w.uint(p - prev - 1);
      prev = p;
    }
    if ((i + 1) % SKIP_DOCS === 0 || i + 1 === docCount) {
      blocks.push(w.length - blockStart);
      blockStart = w.length;
    }
  }
  return blocks;
}

/**
 * Reads the positions part, given the counts its documents part holds; or,
 * into `into`, the positions of documents `from…to` alone, from bytes that
 * start with the first of them (those of other documents are left as they are).
 */
export function decodePositions(bytes: Uint8Array, counts: Int32Array, into?: PositionLists, from = 0, to = counts.length): PositionLists {
  let out = into;
  if (!out) {
    const start = new Int32Array(counts.length + 1);
    for (let i = 0; i < counts.length; i++) start[i + 1] = start[i]! + counts[i]!;
    out = { start, positions: new Int32Array(start[counts.length]!) };
  }
  const r = new ByteReader(bytes);
  for (let i = from; i < to; i++) {
    let prev = -1;
    for (let k = out.start[i]!; k < out.start[i + 1]!; k++) out.positions[k] = prev = prev + r.uint() + 1;
  }
  return out;
}

/** A key's best documents in rank order, with their counts and best zones. */
export interface TopList {
  docs: Int32Array;
  counts: Int32Array;
  zones: Uint8Array;
}

/** Writes a top list. */
export function encodeTop(w: ByteWriter, top: TopList): void {
  w.uint(top.docs.length);
  top.docs.forEach((d, i) => {
    w.uint(d);
    w.uint(top.counts[i]! * 4 + top.zones[i]!);
  });
}

/** Reads a top list. */
export function decodeTop(bytes: Uint8Array): TopList {
  const r = new ByteReader(bytes);
  const n = r.uint();
  const top: TopList = { docs: new Int32Array(n), counts: new Int32Array(n), zones: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    top.docs[i] = r.uint();
    const x = r.uint();
    top.counts[i] = Math.floor(x / 4);
    top.zones[i] = x % 4;
  }
  return top;
}

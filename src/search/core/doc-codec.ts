import { DOCS_PER_PACK, type DocHeader } from './layout.ts';

/**
 * A document as results show it: its header and the text of its searchable
 * fields as printed (see build/search-fields.ts), the first `head` of them its
 * headline. Stored as JSON compressed with raw deflate, which every browser
 * undoes natively (`DecompressionStream`): Chinese text takes about half its
 * UTF-8 size, and a result is one range read of a few kilobytes. The client
 * folds the text itself, so where a match is needs no stored positions.
 */
export interface DocRecord {
  header: DocHeader;
  fields: string[];
  head: number;
}

/** A document's record as stored; the build compresses with Node's zlib (`deflateRawSync`), many times faster than a stream per record. */
export function encodeDoc(doc: DocRecord, deflateRaw: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  return deflateRaw(new TextEncoder().encode(JSON.stringify(doc)));
}

/** Reads a stored record. */
export async function decodeDoc(bytes: Uint8Array): Promise<DocRecord> {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(new TextDecoder().decode(await new Response(out).arrayBuffer())) as DocRecord;
}

/**
 * The document table: for each document, where its record ends in its pack,
 * as a 32-bit little-endian number (a record starts where the one before it in
 * the pack ends). Fixed width, so a client reads the entries of a block of
 * `TABLE_BLOCK` documents by range, with the entry before them, and keeps them:
 * one read serves every result of the block in later queries too.
 */
export function encodeDocTable(ends: readonly number[]): Uint8Array {
  const out = new Uint8Array(ends.length * 4);
  const view = new DataView(out.buffer);
  ends.forEach((e, i) => view.setUint32(i * 4, e, true));
  return out;
}

/** Documents whose table entries come in one read: 1 KB, about what one result's record costs. */
export const TABLE_BLOCK = 256;

/** The bytes of the table to read for the documents of block `block`: their entries, and the one before them. */
export function tableBlockRange(block: number): { start: number; length: number } {
  return block === 0 ? { start: 0, length: TABLE_BLOCK * 4 } : { start: (block * TABLE_BLOCK - 1) * 4, length: (TABLE_BLOCK + 1) * 4 };
}

/** Where document `doc`'s record lies in its pack, from the bytes `tableBlockRange` gave for its block. */
export function docSpan(doc: number, block: Uint8Array): { start: number; end: number } {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const b = Math.floor(doc / TABLE_BLOCK);
  // Entry i of the table is at this offset of the block's bytes.
  const at = (i: number) => (i - (b === 0 ? 0 : b * TABLE_BLOCK - 1)) * 4;
  const end = view.getUint32(at(doc), true);
  return { start: doc % DOCS_PER_PACK === 0 ? 0 : view.getUint32(at(doc - 1), true), end };
}

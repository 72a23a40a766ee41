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
 * the pack ends). Fixed width, so a client reads the entries of one document
 * by range without anything else.
 */
export function encodeDocTable(ends: readonly number[]): Uint8Array {
  const out = new Uint8Array(ends.length * 4);
  const view = new DataView(out.buffer);
  ends.forEach((e, i) => view.setUint32(i * 4, e, true));
  return out;
}

/** The bytes of the table to read for document `doc`: its entry, and the one before it unless it opens its pack. */
export function tableRange(doc: number): { start: number; length: number } {
  return doc % DOCS_PER_PACK === 0 ? { start: doc * 4, length: 4 } : { start: (doc - 1) * 4, length: 8 };
}

/** Where document `doc`'s record lies in its pack, from the table bytes `tableRange` gave. */
export function docSpan(doc: number, table: Uint8Array): { start: number; end: number } {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  if (doc % DOCS_PER_PACK === 0) return { start: 0, end: view.getUint32(0, true) };
  return { start: view.getUint32(0, true), end: view.getUint32(4, true) };
}

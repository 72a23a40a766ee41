import { DOCS_PER_PACK, type DocHeader } from './layout.ts';
import { ByteReader, ByteWriter } from './varint.ts';

/**
 * A document as results show it: its header and the text of its searchable
 * fields as printed (see indexer/search-fields.ts), the first `head` of them its
 * headline, those up to `lead` what is printed between headline and body
 * (subtitle, bylines, dateline), which passages and leads skip. The client folds the text itself, so where a match is needs no
 * stored positions.
 *
 * Stored in two parts, one after the other, each JSON compressed with raw
 * deflate (which browsers undo natively, `DecompressionStream`; Chinese text
 * takes about half its UTF-8 size): the opening (header, headline, what
 * stands before the body and the first `OPENING_CHARS` characters of the body) and the rest of the body. A
 * result whose match is in the headline or the lead reads the opening alone,
 * a few hundred bytes; one deeper in the body reads both in one range.
 */
export interface DocRecord {
  header: DocHeader;
  fields: string[];
  head: number;
  /** Where the body starts: fields `head…lead` are the subtitle, bylines and dateline. */
  lead: number;
  /** Whether the body goes on past these fields (an opening read alone). */
  more: boolean;
}

/**
 * Characters of the body in the opening: the lead (core/planner.ts) and a passage's width after it.
 * @internal Exported for tests/search-codecs.test.ts.
 */
export const OPENING_CHARS = 240;

const json = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));

/** A document's two parts as stored (the rest empty when the opening holds it all); the build compresses with Node's zlib (`deflateRawSync`). */
export function encodeDoc(doc: Omit<DocRecord, 'more'>, deflateRaw: (bytes: Uint8Array) => Uint8Array): { opening: Uint8Array; rest: Uint8Array } {
  const fields = doc.fields.slice(0, doc.lead);
  // The rest: the end of a field cut in the opening (null when none was), then the fields after.
  const rest: { tail: string | null; fields: string[] } = { tail: null, fields: [] };
  let room = OPENING_CHARS;
  for (const f of doc.fields.slice(doc.lead)) {
    if (room <= 0) rest.fields.push(f);
    else if (f.length <= room) fields.push(f);
    else {
      // Cut between code points.
      const cut = f.charCodeAt(room - 1) >= 0xd800 && f.charCodeAt(room - 1) <= 0xdbff ? room - 1 : room;
      fields.push(f.slice(0, cut));
      rest.tail = f.slice(cut);
    }
    room -= f.length;
  }
  const more = rest.tail !== null || rest.fields.length > 0;
  const opening = deflateRaw(json({ header: doc.header, head: doc.head, lead: doc.lead, fields, more }));
  return { opening, rest: more ? deflateRaw(json(rest)) : new Uint8Array(0) };
}

async function inflate<T>(bytes: Uint8Array): Promise<T> {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(new TextDecoder().decode(await new Response(out).arrayBuffer())) as T;
}

/** Reads a document's opening, and with the rest's bytes the whole document. */
export async function decodeDoc(opening: Uint8Array, rest?: Uint8Array): Promise<DocRecord> {
  const doc = await inflate<DocRecord>(opening);
  if (!doc.more || !rest) return doc;
  const { tail, fields } = await inflate<{ tail: string | null; fields: string[] }>(rest);
  const all = tail === null ? doc.fields : [...doc.fields.slice(0, -1), doc.fields[doc.fields.length - 1]! + tail];
  return { header: doc.header, head: doc.head, lead: doc.lead, fields: [...all, ...fields], more: false };
}

/**
 * The document table: for each document, where its opening and its rest end
 * in its pack, as two 32-bit little-endian numbers (a document starts where
 * the one before it in the pack ends). Fixed width, so a client reads the
 * entries of a block of `TABLE_BLOCK` documents by range, with the entry
 * before them, and keeps them: one read serves every result of the block in
 * later queries too.
 */
export function encodeDocTable(ends: readonly { opening: number; end: number }[]): Uint8Array {
  const out = new Uint8Array(ends.length * 8);
  const view = new DataView(out.buffer);
  ends.forEach((e, i) => {
    view.setUint32(i * 8, e.opening, true);
    view.setUint32(i * 8 + 4, e.end, true);
  });
  return out;
}

/** Documents whose table entries come in one read: 2 KB, about what one result's record costs. */
export const TABLE_BLOCK = 256;

/** The bytes of the table to read for the documents of block `block`: their entries, and the one before them. */
export function tableBlockRange(block: number): { start: number; length: number } {
  return block === 0 ? { start: 0, length: TABLE_BLOCK * 8 } : { start: (block * TABLE_BLOCK - 1) * 8, length: (TABLE_BLOCK + 1) * 8 };
}

/** Where document `doc`'s opening and rest lie in its pack, from the bytes `tableBlockRange` gave for its block. */
export function docSpan(doc: number, block: Uint8Array): { start: number; opening: number; end: number } {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const b = Math.floor(doc / TABLE_BLOCK);
  // Entry i of the table is at this offset of the block's bytes.
  const at = (i: number) => (i - (b === 0 ? 0 : b * TABLE_BLOCK - 1)) * 8;
  const start = doc % DOCS_PER_PACK === 0 ? 0 : view.getUint32(at(doc - 1) + 4, true);
  return { start, opening: view.getUint32(at(doc), true), end: view.getUint32(at(doc) + 4, true) };
}

/**
 * What the facets of a result list count of one document: its paper and kind (indexes
 * into the manifest's lists, paper -1 when unknown) and its reporters (indexes into the names lexicon).
 */
export interface DocFacetRow {
  paper: number;
  kind: number;
  reporters: number[];
}

/** Every document's facet values, column by column: `reporters[reporterStart[d]…reporterStart[d+1]]` are document d's. */
export interface DocFacets {
  paper: Int32Array;
  kind: Int32Array;
  reporterStart: Int32Array;
  reporters: Int32Array;
}

/**
 * The facets table (`d/facets.bin`): for each document in order, varints of
 * its paper + 1 (0 when unknown), its kind, how many reporters it names and
 * each one. Read whole, once, when a result list's facets are first counted;
 * the year comes from the dates table, documents being in date order.
 */
export function encodeDocFacets(rows: readonly DocFacetRow[]): Uint8Array {
  const w = new ByteWriter(rows.length * 4);
  for (const r of rows) {
    w.uint(r.paper + 1);
    w.uint(r.kind);
    w.uint(r.reporters.length);
    for (const n of r.reporters) w.uint(n);
  }
  return w.view().slice();
}

/** Reads the facets table of `count` documents. */
export function decodeDocFacets(bytes: Uint8Array, count: number): DocFacets {
  const r = new ByteReader(bytes);
  const paper = new Int32Array(count);
  const kind = new Int32Array(count);
  const reporterStart = new Int32Array(count + 1);
  const reporters: number[] = [];
  for (let d = 0; d < count; d++) {
    paper[d] = r.uint() - 1;
    kind[d] = r.uint();
    reporterStart[d] = reporters.length;
    for (let n = r.uint(); n > 0; n--) reporters.push(r.uint());
  }
  reporterStart[count] = reporters.length;
  return { paper, kind, reporterStart, reporters: Int32Array.from(reporters) };
}

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
 * result whose match is in the headline or the lead reads its slot alone (see
 * `encodeDocPack`), under a kilobyte; one deeper in the body reads its rest next.
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
 * A documents pack (`d/<n>.bin`, `DOCS_PER_PACK` documents): first a slot of
 * `slot` bytes for each document, at a place its number gives, so a result
 * needs no table read before its own; then the rest region. A slot holds
 * varints (the opening's length, where the document's part of the rest region
 * starts, the rest's length), then as much of the opening as fits, zero-padded;
 * the document's part of the rest region is what of its opening did not fit,
 * then its rest. The slot is sized so that `SLOT_SHARE` of the openings fit.
 */
export function encodeDocPack(docs: readonly { opening: Uint8Array; rest: Uint8Array }[]): { bytes: Uint8Array; slot: number } {
  const sizes = docs.map((d) => d.opening.length).sort((a, b) => a - b);
  // The head's three varints take at most 15 bytes (values below 2^35).
  const slot = Math.max(16, sizes[Math.max(0, Math.ceil(SLOT_SHARE * sizes.length) - 1)]! + SLOT_HEAD);
  const w = new ByteWriter(docs.length * (slot + 3000));
  const restStart = docs.length * slot;
  let at = restStart;
  const heads = docs.map((d) => {
    const head = new ByteWriter(16);
    head.uint(d.opening.length);
    head.uint(at);
    head.uint(d.rest.length);
    const inSlot = Math.min(d.opening.length, slot - head.length);
    at += d.opening.length - inSlot + d.rest.length;
    return { head: head.view().slice(), inSlot };
  });
  docs.forEach((d, i) => {
    w.bytes(heads[i]!.head);
    w.bytes(d.opening.subarray(0, heads[i]!.inSlot));
    w.bytes(new Uint8Array(slot - heads[i]!.head.length - heads[i]!.inSlot));
  });
  docs.forEach((d, i) => {
    w.bytes(d.opening.subarray(heads[i]!.inSlot));
    w.bytes(d.rest);
  });
  return { bytes: w.view().slice(), slot };
}

/**
 * Openings that fit their slot: at 10k generated items they run 697 bytes on
 * average, 774 at the 99th percentile and 802 at most, so slots of the 99th
 * waste 0.7 MB of 30 MB, and one result in a hundred reads its rest for it.
 */
const SLOT_SHARE = 0.99;
/** Room for a slot's head (three varints) beyond the opening. */
const SLOT_HEAD = 12;

/** Where document `doc`'s slot is in its pack, whose slots take `slot` bytes. */
export const slotRange = (doc: number, slot: number) => ({ start: (doc % DOCS_PER_PACK) * slot, length: slot });

/**
 * What a slot says: the start of the opening (all of it unless `overflow`
 * bytes of it lead the document's part of the rest region, at `restStart`,
 * `restLength` bytes).
 */
export interface DocSlot {
  opening: Uint8Array;
  overflow: number;
  restStart: number;
  restLength: number;
}

/** Reads a slot's bytes. */
export function decodeSlot(bytes: Uint8Array): DocSlot {
  const r = new ByteReader(bytes);
  const length = r.uint();
  const restStart = r.uint();
  const rest = r.uint();
  const opening = r.take(Math.min(length, bytes.length - r.pos));
  return { opening, overflow: length - opening.length, restStart, restLength: length - opening.length + rest };
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

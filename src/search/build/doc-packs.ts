import type { Entry } from '../../schema/entry.ts';
import { DOCS_PER_PACK, indexPaths, type DocRecord } from '../core/layout.ts';
import { headOf, toDocRecord } from './doc-record.ts';
import type { FileWriter } from './file-writer.ts';

// Body characters a record holds at most: enough for the passage around a match near the start.
const HEAD_CHARS = 200;
const MIN_SLOT = 1024;
const encoder = new TextEncoder();

/**
 * Writes the document packs (see `DOCS_PER_PACK`) and returns the slot size
 * and the title shown for each document. The slot fits every record without
 * its opening text; each record then keeps as much of the opening as fits.
 */
export function writeDocPacks(ordered: readonly Entry[], out: FileWriter): { slot: number; titles: string[] } {
  const byId = new Map(ordered.map((e) => [e.id, e]));
  const records = ordered.map((e) => toDocRecord(e, e.continuedFrom?.id ? byId.get(e.continuedFrom.id) : undefined));
  const bare = Math.max(0, ...records.map((r) => encoder.encode(JSON.stringify({ ...headOf(r, 0), text: [1e9, 1e9] })).length));
  const slot = Math.max(MIN_SLOT, Math.ceil((bare + 64) / 256) * 256);
  for (let k = 0; k * DOCS_PER_PACK < records.length; k++) {
    const group = records.slice(k * DOCS_PER_PACK, (k + 1) * DOCS_PER_PACK);
    const texts: Uint8Array[] = [];
    let at = group.length * slot;
    const slots = new Uint8Array(group.length * slot).fill(0x20);
    group.forEach((r, i) => {
      let head = fitHead(r, slot, null);
      if (head.cut) {
        const text = encoder.encode(JSON.stringify(r.fields));
        head = fitHead(r, slot, [at, text.length]);
        texts.push(text);
        at += text.length;
      }
      slots.set(head.bytes, i * slot);
    });
    const pack = new Uint8Array(at);
    pack.set(slots);
    let p = slots.length;
    for (const t of texts) {
      pack.set(t, p);
      p += t.length;
    }
    out.write(indexPaths.docPack(k * DOCS_PER_PACK), pack);
  }
  return { slot, titles: records.map((r) => r.title) };
}

/** The record with as much opening text as fits in a slot, encoded. */
function fitHead(r: DocRecord, slot: number, text: [number, number] | null): { bytes: Uint8Array; cut: boolean } {
  for (let chars = HEAD_CHARS; ; chars = Math.floor(chars * 0.8)) {
    const head: DocRecord = headOf(r, chars);
    if (text) head.text = text;
    const bytes = encoder.encode(JSON.stringify(head));
    if (bytes.length <= slot) return { bytes, cut: head.cut };
  }
}

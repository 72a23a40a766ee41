import type { Entry } from '../../schema/entry.ts';
import { DOCS_PER_PACK, indexPaths, type BodyParts, type DocRecord } from '../core/layout.ts';
import type { Corpus } from './corpus.ts';
import { headOf, toDocRecord } from './doc-record.ts';
import type { FileWriter } from './file-writer.ts';

// Body characters a record holds at most: enough for the passage around a match near the start.
const HEAD_CHARS = 200;
const MIN_SLOT = 1024;
const encoder = new TextEncoder();

/** Titles as records show them (a continued item takes its first part's title). */
export function docRecords(ordered: readonly Entry[]): DocRecord[] {
  const byId = new Map(ordered.map((e) => [e.id, e]));
  return ordered.map((e) => toDocRecord(e, e.continuedFrom?.id ? byId.get(e.continuedFrom.id) : undefined));
}

/**
 * Writes the document packs (see `DOCS_PER_PACK`) and returns the slot size.
 * The slot fits every record without its opening text; each record then keeps
 * as much of the opening as fits. `corpus` tells where each field starts in
 * the indexed text.
 */
export function writeDocPacks(records: readonly DocRecord[], corpus: Corpus, out: FileWriter): number {
  const bodyOf = (n: number, at: number) => {
    const strings = records[n]!.fields.slice(1).map((f) => encoder.encode(JSON.stringify(f)));
    const starts = Array.from(corpus.fieldStart.subarray(corpus.fieldsOf[n]! + 1, corpus.fieldsOf[n + 1]!));
    return { strings, parts: { at, bytes: strings.map((b) => b.length), starts } satisfies BodyParts };
  };
  const bare = records.reduce((max, r, n) => Math.max(max, encoder.encode(JSON.stringify({ ...headOf(r, 0), body: bodyOf(n, 1e9).parts })).length), 0);
  const slot = Math.max(MIN_SLOT, Math.ceil((bare + 64) / 256) * 256);
  for (let k = 0; k * DOCS_PER_PACK < records.length; k++) {
    const first = k * DOCS_PER_PACK;
    const group = records.slice(first, first + DOCS_PER_PACK);
    const texts: Uint8Array[] = [];
    let at = group.length * slot;
    const slots = new Uint8Array(group.length * slot).fill(0x20);
    group.forEach((r, i) => {
      let head = fitHead(r, slot, null);
      if (head.cut) {
        const { strings, parts } = bodyOf(first + i, at);
        head = fitHead(r, slot, parts);
        texts.push(...strings);
        at += parts.bytes.reduce((a, b) => a + b, 0);
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
    out.write(indexPaths.docPack(first), pack);
  }
  return slot;
}

/** The record with as much opening text as fits in a slot, encoded. */
function fitHead(r: DocRecord, slot: number, body: BodyParts | null): { bytes: Uint8Array; cut: boolean } {
  for (let chars = HEAD_CHARS; ; chars = Math.floor(chars * 0.8)) {
    const head: DocRecord = headOf(r, chars);
    if (body) head.body = body;
    const bytes = encoder.encode(JSON.stringify(head));
    if (bytes.length <= slot) return { bytes, cut: head.cut };
  }
}

import { decodeDoc, decodeSlot, slotRange, type DocRecord, type DocSlot } from '../core/doc-codec.ts';
import { DOCS_PER_PACK, indexPaths } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';

// Documents kept for a later look (a page of results shown again, "more" after a new query).
const KEEP_DOCS = 256;

/** A document as read so far: its slot, and the whole document once asked for. */
interface Read {
  slot: Promise<DocSlot | null>;
  opening?: Promise<DocRecord>;
  whole?: Promise<DocRecord>;
}

/**
 * Reads documents (see `encodeDocPack` in core/doc-codec.ts): a document's
 * slot by range, at a place its number gives, then the rest when the whole is
 * asked for (or its opening did not fit the slot); each read once.
 */
export class DocStore {
  private reads = new Map<number, Read>();

  constructor(private client: IndexClient) {}

  /** A document's header and text, whole or only its opening; null when there is no such document. */
  async read(doc: number, part: 'whole' | 'opening' = 'whole'): Promise<DocRecord | null> {
    let r = this.reads.get(doc);
    if (!r) {
      r = { slot: this.slot(doc) };
      this.reads.set(doc, r);
      r.slot.catch(() => this.reads.delete(doc));
      if (this.reads.size > KEEP_DOCS) this.reads.delete(this.reads.keys().next().value!);
    }
    const s = await r.slot;
    if (!s) return null;
    if (r.whole) return r.whole;
    if (part === 'opening' && s.overflow === 0) return (r.opening ??= decodeDoc(s.opening));
    const pack = indexPaths.docPack(doc);
    r.whole = (s.restLength > 0 ? this.client.range(pack, s.restStart, s.restLength) : Promise.resolve(new Uint8Array(0))).then((bytes) => {
      const opening = new Uint8Array(s.opening.length + s.overflow);
      opening.set(s.opening);
      opening.set(bytes.subarray(0, s.overflow), s.opening.length);
      return decodeDoc(opening, bytes.subarray(s.overflow));
    });
    r.whole.catch(() => this.reads.delete(doc));
    return r.whole;
  }

  private async slot(doc: number): Promise<DocSlot | null> {
    const { docCount, docSlots } = await this.client.manifest();
    if (!Number.isInteger(doc) || doc < 0 || doc >= docCount) return null;
    const { start, length } = slotRange(doc, docSlots[Math.floor(doc / DOCS_PER_PACK)]!);
    return decodeSlot(await this.client.range(indexPaths.docPack(doc), start, length));
  }
}

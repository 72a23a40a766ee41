import { decodeDoc, docSpan, TABLE_BLOCK, tableBlockRange, type DocRecord } from '../core/doc-codec.ts';
import { indexPaths } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';

// Documents kept for a later look (a page of results shown again, "more" after a new query).
const KEEP_DOCS = 256;

/** A document's bytes as read so far: its opening, and its rest once asked for. */
interface Read {
  span: { start: number; opening: number; end: number };
  opening: Promise<Uint8Array>;
  rest: Promise<Uint8Array> | null;
  decoded: Partial<Record<'whole' | 'opening', Promise<DocRecord>>>;
}

/**
 * Reads documents (see core/doc-codec.ts): a block of the table by range
 * (kept), then the opening, the rest or both by range, each read once.
 */
export class DocStore {
  private reads = new Map<number, Promise<Read | null>>();
  private table = new Map<number, Promise<Uint8Array>>();

  constructor(private client: IndexClient) {}

  /** A document's header and text, whole or only its opening; null when there is no such document. */
  async read(doc: number, part: 'whole' | 'opening' = 'whole'): Promise<DocRecord | null> {
    let r = this.reads.get(doc);
    if (!r) {
      r = this.start(doc, part);
      this.reads.set(doc, r);
      r.catch(() => this.reads.delete(doc));
      if (this.reads.size > KEEP_DOCS) this.reads.delete(this.reads.keys().next().value!);
    }
    const read = await r;
    if (!read) return null;
    if (read.decoded.whole) return read.decoded.whole;
    if (part === 'whole') {
      read.rest ??= this.range(doc, read.span.opening, read.span.end);
      return (read.decoded.whole = Promise.all([read.opening, read.rest]).then(([o, r]) => decodeDoc(o, r)));
    }
    return (read.decoded.opening ??= read.opening.then((o) => decodeDoc(o)));
  }

  private async start(doc: number, part: 'whole' | 'opening'): Promise<Read | null> {
    const { docCount } = await this.client.manifest();
    if (!Number.isInteger(doc) || doc < 0 || doc >= docCount) return null;
    const b = Math.floor(doc / TABLE_BLOCK);
    let block = this.table.get(b);
    if (!block) {
      const t = tableBlockRange(b);
      block = this.client.range(indexPaths.docTable(), t.start, t.length);
      this.table.set(b, block);
      block.catch(() => this.table.delete(b));
    }
    const span = docSpan(doc, await block);
    if (part === 'opening') return { span, opening: this.range(doc, span.start, span.opening), rest: null, decoded: {} };
    // Both parts in one read.
    const both = this.range(doc, span.start, span.end);
    const cut = span.opening - span.start;
    return { span, opening: both.then((x) => x.subarray(0, cut)), rest: both.then((x) => x.subarray(cut)), decoded: {} };
  }

  private range(doc: number, from: number, to: number): Promise<Uint8Array> {
    return to > from ? this.client.range(indexPaths.docPack(doc), from, to - from) : Promise.resolve(new Uint8Array(0));
  }
}

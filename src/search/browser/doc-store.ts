import { decodeDoc, docSpan, TABLE_BLOCK, tableBlockRange, type DocRecord } from '../core/doc-codec.ts';
import { indexPaths } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';

// Records kept for a later look (a page of results shown again, "more" after a new query).
const KEEP_RECORDS = 256;

/** Reads documents' records (see core/doc-codec.ts): a block of the table by range (kept), then the record by range. */
export class DocStore {
  private records = new Map<number, Promise<DocRecord | null>>();
  private table = new Map<number, Promise<Uint8Array>>();

  constructor(private client: IndexClient) {}

  /** A document's header and text, or null when there is no such document. */
  read(doc: number): Promise<DocRecord | null> {
    let r = this.records.get(doc);
    if (!r) {
      r = this.load(doc);
      this.records.set(doc, r);
      r.catch(() => this.records.delete(doc));
      if (this.records.size > KEEP_RECORDS) this.records.delete(this.records.keys().next().value!);
    }
    return r;
  }

  private async load(doc: number): Promise<DocRecord | null> {
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
    const { start, end } = docSpan(doc, await block);
    return decodeDoc(await this.client.range(indexPaths.docPack(doc), start, end - start));
  }
}

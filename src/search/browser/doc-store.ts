import { decodeDoc, docSpan, tableRange, type DocRecord } from '../core/doc-codec.ts';
import { indexPaths } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';

// Records kept for a later look (a page of results shown again, "more" after a new query).
const KEEP_RECORDS = 256;

/** Reads documents' records (see core/doc-codec.ts): the table entries by range, then the record by range. */
export class DocStore {
  private records = new Map<number, Promise<DocRecord | null>>();

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
    const t = tableRange(doc);
    const { start, end } = docSpan(doc, await this.client.range(indexPaths.docTable(), t.start, t.length));
    return decodeDoc(await this.client.range(indexPaths.docPack(doc), start, end - start));
  }
}

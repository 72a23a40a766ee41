import { bestZone, relevance, TOP_DOCS, Zone, zoneAt } from '../core/planner.ts';
import { encodeDocs, encodePositions, encodeSkips, encodeTop, type DocPostings, type TopList } from '../core/postings-codec.ts';
import { ByteWriter } from '../core/varint.ts';
import type { KeyWriter } from './key-writer.ts';

/** Reusable buffers for one key's postings. */
export class PostingBuffer implements DocPostings {
  docs = new Int32Array(1024);
  counts = new Int32Array(1024);
  inTitle = new Int32Array(1024);
  inLead = new Int32Array(1024);
  positions = new Int32Array(1024);
  df = 0;
  n = 0;
  readonly topPart = new ByteWriter(256);
  readonly docsPart = new ByteWriter(1 << 12);
  readonly positionsPart = new ByteWriter(1 << 12);

  /** Keys whose documents part is larger than `topMinBytes` get a top list, and positions of `skipMinBytes` or more skips (see core/planner.ts). */
  constructor(
    private topMinBytes = Infinity,
    private skipMinBytes = Infinity,
  ) {}

  reset(occurrences: number): void {
    if (this.positions.length < occurrences) {
      for (const k of ['docs', 'counts', 'inTitle', 'inLead', 'positions'] as const) this[k] = new Int32Array(occurrences);
    }
    this.df = this.n = 0;
  }

  /** Adds one occurrence; they come in (document, position) order. */
  add(doc: number, pos: number, titleEnd: number): void {
    if (this.df === 0 || this.docs[this.df - 1] !== doc) {
      this.docs[this.df] = doc;
      this.counts[this.df] = this.inTitle[this.df] = this.inLead[this.df] = 0;
      this.df++;
    }
    const i = this.df - 1;
    this.counts[i]!++;
    const zone = zoneAt(pos, titleEnd);
    if (zone === Zone.title) this.inTitle[i]!++;
    else if (zone === Zone.lead) this.inLead[i]!++;
    this.positions[this.n++] = pos;
  }

  /** Writes the key's postings, with positions or without. */
  write(out: KeyWriter, key: number[], withPositions: boolean): void {
    this.topPart.reset();
    this.docsPart.reset();
    this.positionsPart.reset();
    encodeDocs(this.docsPart, this, 0, this.df);
    if (this.docsPart.length > this.topMinBytes) encodeTop(this.topPart, this.top());
    if (withPositions) {
      const blocks = encodePositions(this.positionsPart, this.counts, this.positions, this.df);
      if (this.positionsPart.length >= this.skipMinBytes) encodeSkips(this.docsPart, blocks);
    }
    out.add(key, this.df, this.topPart.view(), this.docsPart.view(), this.positionsPart.view());
  }

  /** The best documents as a one-term search ranks them: by relevance, then the newest. */
  private top(): TopList {
    // The best so far, best first, as (relevance, index) packed: one pass, a short insertion each.
    const best: number[] = [];
    for (let i = 0; i < this.df; i++) {
      const k = relevance(bestZone(this.inTitle[i]!, this.inLead[i]!), this.counts[i]!) * 2 ** 32 + i;
      if (best.length === TOP_DOCS && k < best[TOP_DOCS - 1]!) continue;
      let j = Math.min(best.length, TOP_DOCS - 1);
      best[j] = k;
      for (; j > 0 && best[j - 1]! < k; j--) best[j] = best[j - 1]!;
      best[j] = k;
    }
    const at = best.map((k) => k % 2 ** 32);
    return {
      docs: Int32Array.from(at, (i) => this.docs[i]!),
      counts: Int32Array.from(at, (i) => this.counts[i]!),
      zones: Uint8Array.from(at, (i) => bestZone(this.inTitle[i]!, this.inLead[i]!)),
    };
  }
}

import { ByteReader } from '../core/byte-reader.ts';
import { readDocList, readPositionHeads, readPositions, type PositionHeads, type PositionLists } from '../core/doc-list.ts';
import { shardOfKey } from '../core/gram-hash.ts';
import { indexPaths, type ShardFamily } from '../core/layout.ts';
import { readFirstPage, readRankedList, type FirstPageResult, type RankedList } from '../core/ranked-list.ts';
import { findRecord, RecordFlag, type ShardRecord } from '../core/shard-record.ts';
import type { IndexClient } from './index-client.ts';

/** The parts of a record that may be stored apart, in the order they follow one another in a pack. */
type Part = 'docs' | 'chunks' | 'head' | 'tail';
const PARTS: Part[] = ['docs', 'chunks', 'head', 'tail'];

/** Where a part stored apart is, or null when the shard holds it. */
function span(rec: ShardRecord, part: Part): { pack: number; start: number; end: number } | null {
  const d = rec.docsAt;
  const p = rec.positionsAt;
  if (part === 'docs') return d && { pack: d.pack, start: d.offset, end: d.offset + d.length };
  if (part === 'chunks') return rec.firstChunksAt && { pack: rec.firstChunksAt.pack, start: rec.firstChunksAt.offset, end: rec.firstChunksAt.offset + rec.firstChunksAt.length };
  if (!p) return null;
  return part === 'head' ? { pack: p.pack, start: p.offset, end: p.offset + p.head } : { pack: p.pack, start: p.offset + p.head, end: p.offset + p.length };
}

/** One family of shard files (full text, pinyin or reporters), read key by key. */
export class KeyIndex {
  private records = new Map<string, Promise<ShardRecord | null>>();
  private parts = new WeakMap<ShardRecord, Partial<Record<Part, Promise<Uint8Array>>>>();

  constructor(
    private client: IndexClient,
    readonly family: ShardFamily,
  ) {}

  /** The record of a key, or null when no document holds it; `inShardOf` names the key whose shard holds it, when not its own. */
  record(key: readonly number[], inShardOf: readonly number[] = key): Promise<ShardRecord | null> {
    const name = key.join(',');
    let p = this.records.get(name);
    if (!p) {
      p = (async () => {
        const { shards } = await this.client.manifest();
        const bytes = await this.client.bytes(indexPaths.shard(this.family, shardOfKey(inShardOf, shards[this.family])));
        return bytes === null ? null : findRecord(bytes, key);
      })();
      this.records.set(name, p);
    }
    return p;
  }

  /** The documents of a key's record, read from its pack when the shard did not hold them. */
  async docs(rec: ShardRecord): Promise<Int32Array> {
    if (rec.docs) return rec.docs;
    const { docs } = await this.read(rec, ['docs']);
    return readDocList(new ByteReader(docs!), rec.df, (rec.flags & RecordFlag.docsBitmap) !== 0);
  }

  /** Bytes of a key's positions head or first chunks: how large a read of them would be (0 when the shard holds them). */
  headBytes(rec: ShardRecord): number {
    return rec.positionsAt?.head ?? rec.firstChunksAt?.length ?? 0;
  }

  /** The chunk of each document's first occurrence (see core/shard-record.ts), read with the documents; null when the key has none. */
  async firstChunks(rec: ShardRecord): Promise<Uint8Array | null> {
    if (rec.firstChunks || !rec.firstChunksAt) return rec.firstChunks;
    const { chunks } = await this.read(rec, ['docs', 'chunks']);
    return chunks!;
  }

  /**
   * The first position and the number of positions of a key in each of its
   * documents (the head of its positions). Documents and head stored apart
   * lie one after the other, so asking for both costs one read.
   */
  async positionHeads(rec: ShardRecord, withDocs = false): Promise<PositionHeads> {
    if (rec.positions) return readPositionHeads(rec.positions, rec.df);
    const { head } = await this.read(rec, withDocs ? ['docs', 'head'] : ['head']);
    return readPositionHeads(head!, rec.df);
  }

  /** A frequent phrase's ranked list, with the first positions of about the first `shown` results and its first page of results. */
  async rankedList(rec: ShardRecord, shown: number): Promise<RankedList & { firstPage: FirstPageResult[] }> {
    const at = rec.rankedAt!;
    // First positions are varints of one to three bytes.
    const length = Math.min(at.length, at.page + at.groups + shown * 3);
    const bytes = await this.client.range(indexPaths.blockPack(this.family, at.pack), at.offset, length);
    return { ...readRankedList(bytes.subarray(at.page), rec.df), firstPage: readFirstPage(bytes.subarray(0, at.page)) };
  }

  /** Every position of a key in each of its documents (a head already read is not read again; with `withDocs`, the documents come in the same read). */
  async positions(rec: ShardRecord, withDocs = false): Promise<PositionLists> {
    if (rec.positions) return readPositions(rec.positions, rec.df);
    const { head, tail } = await this.read(rec, withDocs ? ['docs', 'head', 'tail'] : ['head', 'tail']);
    const whole = new Uint8Array(head!.length + tail!.length);
    whole.set(head!);
    whole.set(tail!, head!.length);
    return readPositions(whole, rec.df);
  }

  /**
   * The bytes of parts of a record stored apart, each read once: the parts
   * not yet asked for that follow one another in the pack come in one range request.
   */
  private async read(rec: ShardRecord, wanted: Part[]): Promise<Partial<Record<Part, Uint8Array>>> {
    let known = this.parts.get(rec);
    if (!known) this.parts.set(rec, (known = {}));
    const missing = PARTS.filter((p) => wanted.includes(p) && !known[p] && span(rec, p));
    // Runs of adjacent parts, each one read.
    for (let i = 0; i < missing.length; ) {
      let j = i + 1;
      while (j < missing.length && span(rec, missing[j]!)!.start === span(rec, missing[j - 1]!)!.end && span(rec, missing[j]!)!.pack === span(rec, missing[i]!)!.pack) j++;
      const run = missing.slice(i, j);
      const first = span(rec, run[0]!)!;
      const last = span(rec, run[run.length - 1]!)!;
      const bytes = this.client.range(indexPaths.blockPack(this.family, first.pack), first.start, last.end - first.start);
      for (const p of run) {
        const s = span(rec, p)!;
        const part = bytes.then((b) => b.subarray(s.start - first.start, s.end - first.start));
        known[p] = part;
        // A failed read is tried again next time.
        part.catch(() => delete known[p]);
      }
      i = j;
    }
    const out: Partial<Record<Part, Uint8Array>> = {};
    for (const p of wanted) if (known[p]) out[p] = await known[p];
    return out;
  }
}

import { ByteReader } from '../core/byte-reader.ts';
import { readDocList, readPositionHeads, readPositions, type PositionHeads, type PositionLists } from '../core/doc-list.ts';
import { shardOfKey } from '../core/gram-hash.ts';
import { indexPaths, type ShardFamily } from '../core/layout.ts';
import { findRecord, RecordFlag, type BlockRef, type ShardRecord } from '../core/shard-record.ts';
import type { IndexClient } from './index-client.ts';

/** One family of shard files (full text, pinyin or reporters), read key by key. */
export class KeyIndex {
  private records = new Map<string, Promise<ShardRecord | null>>();

  constructor(
    private client: IndexClient,
    readonly family: ShardFamily,
  ) {}

  /** The record of a key, or null when no document holds it. */
  record(key: readonly number[]): Promise<ShardRecord | null> {
    const name = key.join(',');
    let p = this.records.get(name);
    if (!p) {
      p = (async () => {
        const { shards } = await this.client.manifest();
        const bytes = await this.client.bytes(indexPaths.shard(this.family, shardOfKey(key, shards[this.family])));
        return bytes === null ? null : findRecord(bytes, key);
      })();
      this.records.set(name, p);
    }
    return p;
  }

  /** The documents of a key's record, read from its pack when the shard did not hold them. */
  async docs(rec: ShardRecord): Promise<Int32Array> {
    if (rec.docs) return rec.docs;
    const bytes = await this.block(rec.docsAt!);
    return readDocList(new ByteReader(bytes), rec.df, (rec.flags & RecordFlag.docsBitmap) !== 0);
  }

  /** The first position and the number of positions of a key in each of its documents (the head of its positions). */
  async positionHeads(rec: ShardRecord): Promise<PositionHeads> {
    const at = rec.positionsAt;
    const bytes = rec.positions ?? (await this.block({ pack: at!.pack, offset: at!.offset, length: at!.head }));
    return readPositionHeads(bytes, rec.df);
  }

  /** Every position of a key in each of its documents. */
  async positions(rec: ShardRecord): Promise<PositionLists> {
    const bytes = rec.positions ?? (await this.block(rec.positionsAt!));
    return readPositions(bytes, rec.df);
  }

  private block(at: BlockRef): Promise<Uint8Array> {
    return this.client.range(indexPaths.blockPack(this.family, at.pack), at.offset, at.length);
  }
}

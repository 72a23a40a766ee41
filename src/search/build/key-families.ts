import { shardOfKey } from '../core/gram-hash.ts';
import { indexPaths, type ShardFamily } from '../core/layout.ts';
import { blockPack, type BlockPack } from './block-pack.ts';
import type { Corpus } from './corpus.ts';
import type { FileWriter } from './file-writer.ts';
import { buildGramIndex, type GramIndexStats } from './gram-index.ts';
import { buildPartitionsInWorkers } from './gram-pool.ts';
import type { PhraseOptions } from './phrase-records.ts';
import { RecordEncoder, ShardWriter } from './shard-encode.ts';

// Writing the families of keyed shard files (full text, pinyin, reporters) and the packs of their large blocks.

/** Runs `build` with a block pack per partition, then closes them and counts what they hold. */
function withPacks<T>(family: ShardFamily, maxInlineBytes: number, out: FileWriter, build: (sinkFor: (part: number) => BlockPack) => T): T {
  const packs = new Map<number, BlockPack>();
  const result = build((part) => {
    let p = packs.get(part);
    if (!p) packs.set(part, (p = blockPack(out.root, indexPaths.blockPack(family, part), part, maxInlineBytes)));
    return p;
  });
  for (const p of packs.values()) {
    if (p.close()) out.files++;
    out.bytes += p.bytes;
  }
  return result;
}

/** Builds a gram index over `corpus` and writes its shards (every shard, empty ones too, so no fetch fails). */
export async function writeGramFamily(
  family: ShardFamily,
  corpus: Corpus,
  shardCount: number,
  partitions: number,
  maxInlineBytes: number,
  out: FileWriter,
  workers: boolean,
  textOnly: { phrases?: PhraseOptions; chunkPositions?: number } = {},
): Promise<GramIndexStats> {
  const written = new Set<number>();
  let stats: GramIndexStats;
  if (workers) {
    const done = await buildPartitionsInWorkers(corpus, { root: out.root, family, partitions, shards: shardCount, maxInlineBytes, ...textOnly });
    stats = { keys: 0, postings: 0, positions: 0, phrases: 0 };
    for (const d of done) {
      d.shards.forEach((n) => written.add(n));
      out.files += d.files;
      out.bytes += d.bytes;
      stats.keys += d.stats.keys;
      stats.postings += d.stats.postings;
      stats.positions += d.stats.positions;
      stats.phrases += d.stats.phrases;
    }
  } else {
    stats = withPacks(family, maxInlineBytes, out, (sinkFor) =>
      buildGramIndex(corpus, {
        ...textOnly,
        shards: shardCount,
        partitions,
        sinkFor,
        writeShard: (n, bytes) => {
          written.add(n);
          out.write(indexPaths.shard(family, n), bytes);
        },
      }),
    );
  }
  for (let n = 0; n < shardCount; n++) if (!written.has(n)) out.write(indexPaths.shard(family, n), new Uint8Array(0));
  return stats;
}

/** Writes plain key → documents lists (reporters) as shards of the same record format. */
export function writeKeyedLists(family: ShardFamily, lists: { key: number[]; docs: number[] }[], shardCount: number, maxInlineBytes: number, out: FileWriter): void {
  const shards = Array.from({ length: shardCount }, () => new ShardWriter());
  withPacks(family, maxInlineBytes, out, (sinkFor) => {
    const records = new RecordEncoder(sinkFor(0));
    for (const { key, docs } of lists) shards[shardOfKey(key, shardCount)]!.add(key, records.encode({ docs, docCount: docs.length, title: [], titleCount: 0, positions: null }));
  });
  shards.forEach((w, n) => out.write(indexPaths.shard(family, n), w.bytes()));
}

// Worker thread: builds one partition of the full-text index and writes its files.
import { parentPort } from 'node:worker_threads';
import { indexPaths } from '../core/layout.ts';
import type { Corpus } from './corpus.ts';
import { blockPack } from './block-pack.ts';
import { FileWriter } from './file-writer.ts';
import { buildGramPartition } from './gram-index.ts';
import type { PartitionTask, PartitionDone } from './gram-pool.ts';

parentPort!.on('message', (task: PartitionTask) => {
  const out = new FileWriter(task.root);
  const corpus: Corpus = {
    text: task.text.BYTES_PER_ELEMENT === 2 ? new Uint16Array(task.text.buffer) : new Uint32Array(task.text.buffer),
    docStart: task.docStart,
    titleEnd: task.titleEnd,
    codePoints: task.codePoints,
  };
  const shards: number[] = [];
  const pack = blockPack(task.root, indexPaths.blockPack(task.family, task.part), task.part, task.maxInlineBytes);
  const stats = buildGramPartition(corpus, task.groups, task.part, {
    shards: task.shards,
    partitions: task.partitions,
    phrases: task.phrases,
    chunkPositions: task.chunkPositions,
    sinkFor: () => pack,
    writeShard: (n, bytes) => {
      shards.push(n);
      out.write(indexPaths.shard(task.family, n), bytes);
    },
  });
  const packed = pack.close();
  const done: PartitionDone = { part: task.part, stats, shards, files: out.files + (packed ? 1 : 0), bytes: out.bytes + pack.bytes };
  parentPort!.postMessage(done);
});

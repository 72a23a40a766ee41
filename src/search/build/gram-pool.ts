import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ShardFamily } from '../core/layout.ts';
import type { Corpus } from './corpus.ts';
import type { GramIndexStats } from './gram-index.ts';
import { pairGroups } from './pair-occurrences.ts';
import type { PhraseOptions } from './phrase-records.ts';

/** What a worker is asked to build: one partition of a family's shards, from a corpus in shared memory. */
export interface PartitionTask {
  root: string;
  family: ShardFamily;
  part: number;
  partitions: number;
  shards: number;
  maxInlineBytes: number;
  phrases?: PhraseOptions;
  chunkPositions?: number;
  text: Uint16Array | Uint32Array;
  docStart: Int32Array;
  titleEnd: Int32Array;
  codePoints: number[];
  /** Shard group of the pair at each position (see `pairGroups`). */
  groups: Uint8Array;
}

/** What a worker reports back. */
export interface PartitionDone {
  part: number;
  stats: GramIndexStats;
  shards: number[];
  files: number;
  bytes: number;
}

/** A typed array in shared memory (copied there unless it already is), so every worker reads the same bytes. */
function shared<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const Ctor = a.constructor as new (b: SharedArrayBuffer) => T;
  const out = new Ctor(new SharedArrayBuffer(a.byteLength));
  out.set(a as never);
  return out;
}

/**
 * Builds the partitions of a gram index in worker threads, as many at once as
 * there are cores (and partitions), and returns what each wrote.
 */
export async function buildPartitionsInWorkers(corpus: Corpus, task: Omit<PartitionTask, 'part' | 'text' | 'docStart' | 'titleEnd' | 'codePoints' | 'groups'>): Promise<PartitionDone[]> {
  const base = { ...task, text: shared(corpus.text), docStart: shared(corpus.docStart), titleEnd: shared(corpus.titleEnd), codePoints: corpus.codePoints, groups: shared(pairGroups(corpus)) };
  // Workers load TypeScript sources through tsx, whether or not this thread was started by it.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const threads = Math.min(availableParallelism(), task.partitions);
  const done: PartitionDone[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(new URL('./gram-worker.ts', import.meta.url), { execArgv: ['--import', tsx] });
      try {
        while (next < task.partitions) {
          const part = next++;
          done.push(
            await new Promise<PartitionDone>((resolve, reject) => {
              worker.once('message', resolve);
              worker.once('error', reject);
              worker.postMessage({ ...base, part } satisfies PartitionTask);
            }),
          );
          worker.removeAllListeners('error');
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return done;
}

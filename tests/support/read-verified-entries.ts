// The whole entries folder read as the site's readers read it, every file checked against the
// manifest, for the tests of the entries folder's faults (the site reads one piece at a time).
import { DATA_FILES } from '../../src/schema/archive-files.ts';
import type { Shard } from '../../src/schema/summary.ts';
import { readDataFile, readManifest, readShard, type ReadManifest } from '../../src/site/entries-check.ts';

/** The whole entries folder, checked: the manifest, the records of every data file, and every shard. */
export async function readVerifiedEntries(
  dir: string,
): Promise<ReadManifest & { articles: unknown[]; pages: unknown[]; files: Record<string, unknown>; shards: Shard[] }> {
  const read = await readManifest(dir);
  const [articles, pages, files] = await allInOrder(DATA_FILES.map((name) => readDataFile(dir, name, read.manifest)));
  const shards = await allInOrder(Object.keys(read.manifest.shards).map((name) => readShard(dir, name, read.manifest)));
  return { ...read, articles: articles as unknown[], pages: pages as unknown[], files: files as Record<string, unknown>, shards };
}

// Like Promise.all, but a failure is the first in list order, not the first to finish:
// a folder with several damaged files is refused with the same message every time.
async function allInOrder<T>(reads: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(reads);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of real scraped pages that CI keeps beside the checkout. */
const seedsDir = join(import.meta.dirname, '../../../shared/seeds');

/** The seed pages as { name, bytes }, or an empty list when the folder is absent. */
export function readSeeds(): { name: string; bytes: Uint8Array }[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedsDir, name))) }));
}

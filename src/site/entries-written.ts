import { statSync } from 'node:fs';
import { join } from 'node:path';
import { entriesDir, PAGES_FILE } from '../schema/archive-files.ts';

/**
 * When the entries the site is built from were written: `SOURCE_DATE_EPOCH` (seconds,
 * the reproducible-builds convention) when set, so that ingesting the same pages again
 * does not change the date; else the time ingest last wrote the page records.
 */
export function entriesWrittenAt(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return statSync(join(entriesDir, PAGES_FILE)).mtime;
}

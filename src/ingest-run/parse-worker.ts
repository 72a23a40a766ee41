// Runs in a worker thread of the parse pool: parses the pages it is sent and
// posts each result back, as JSON text with its light copy, under the task id it came with.
import { parentPort } from 'node:worker_threads';
import type { RawPage } from '../ingest/index.ts';
import { parseToJson } from './parse-pool.ts';

parentPort!.on('message', ({ id, raw }: { id: number; raw: RawPage }) => {
  try {
    parentPort!.postMessage({ id, parsed: parseToJson(raw) });
  } catch (e) {
    // parseFile does not throw on bad input; this is a parser bug, reported to the caller as such.
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});

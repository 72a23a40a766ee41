// Runs in a worker thread of the parse pool: parses the pages it is sent and
// posts each result back, as JSON text, under the task id it came with.
import { parentPort } from 'node:worker_threads';
import { parseFile, type RawPage } from '../ingest/index.ts';

parentPort!.on('message', ({ id, raw }: { id: number; raw: RawPage }) => {
  try {
    parentPort!.postMessage({ id, json: JSON.stringify(parseFile(raw)) });
  } catch (e) {
    // parseFile does not throw on bad input; this is a parser bug, reported to the caller as such.
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});

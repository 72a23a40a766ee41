import { readFile } from 'node:fs/promises';
import type { Entry } from '../schema/entry.ts';
import type { Message } from '../schema/message.ts';
import type { Page } from '../schema/page.ts';
import { linkContinuations, parsePage, type ParsedPage } from '../ingest/index.ts';
import { validateParsed } from './validate.ts';
import { listInput } from './read-input.ts';

export interface IngestResult {
  pages: Page[];
  entries: Entry[];
  /** Every message, input-level ones first, then per page in file order. */
  messages: Message[];
}

export interface IngestOptions {
  /** Called after each page with (done, total), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Reads every page under `input`, parses, links continuations across pages and validates against the schema. */
export async function runIngest(input: string, options: IngestOptions = {}): Promise<IngestResult> {
  const { files, messages } = await listInput(input);
  const parsed: ParsedPage[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(await readFile(f.absolute));
    parsed.push(parsePage({ file: f.file, bytes, sidecar: f.sidecar }));
    options.onProgress?.(parsed.length, files.length);
  }
  messages.push(...linkContinuations(parsed));
  for (const p of parsed) messages.push(...validateParsed(p), ...p.messages);
  return {
    pages: parsed.map((p) => p.page),
    entries: parsed.flatMap((p) => p.entries),
    messages,
  };
}

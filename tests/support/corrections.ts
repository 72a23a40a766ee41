import { applyCorrections } from '../../src/ingest/corrections/apply-corrections.ts';
import { readCorrections } from '../../src/ingest/corrections/read-corrections.ts';
import { parsePage, type ParsedPage } from '../../src/ingest/index.ts';
import type { Message } from '../../src/schema/message.ts';

/** A page file of the tests' own text, parsed as ingest parses it. */
export function parseText(text: string, file = 't/2024-05-01/01.txt'): ParsedPage {
  return parsePage({ file, bytes: new TextEncoder().encode(text), sidecar: null });
}

/** Parses `text`, then applies the corrections file `yaml` to it; returns the corrected page and the messages about the corrections. */
export function correct(text: string, yaml: string, file = 't/2024-05-01/01.txt'): { parsed: ParsedPage; messages: Message[] } {
  const parsed = parseText(text, file);
  const fix = file.replace(/\.txt$/, '.fix.yaml');
  const read = readCorrections(fix, yaml);
  const messages = [...read.messages, ...applyCorrections(parsed, [{ file: fix, beside: file, corrections: read.corrections }])];
  return { parsed, messages };
}

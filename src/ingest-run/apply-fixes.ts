import { readFileSync } from 'node:fs';
import type { Message } from '../schema/message.ts';
import type { ParsedPage } from '../ingest/index.ts';
import { applyCorrections, type PageCorrectionsFile } from '../ingest/corrections/apply-corrections.ts';
import { readCorrections } from '../ingest/corrections/read-corrections.ts';
import { MessageSink } from '../ingest/messages.ts';
import type { InputFile } from './read-input.ts';

/**
 * Reads the curators' corrections files beside the input files and applies
 * them to their pages (a page made of article files takes the corrections of
 * each of its files, in file order). Returns the messages about the
 * corrections files: their mistakes, and corrections not applied.
 */
export function applyFixFiles(pages: ParsedPage[], files: readonly InputFile[]): Message[] {
  const byInput = new Map(files.flatMap((f) => (f.corrections ? [[f.file, f.corrections] as const] : [])));
  if (byInput.size === 0) return [];
  const messages: Message[] = [];
  const used = new Set<string>();
  for (const p of pages) {
    const inputs = p.page.files.length > 0 ? p.page.files.map((f) => f.file) : [p.page.file];
    const read: PageCorrectionsFile[] = inputs.flatMap((beside) => {
      const fix = byInput.get(beside);
      if (!fix) return [];
      used.add(beside);
      const text = readText(fix.absolute, fix.file, messages);
      if (text === null) return [];
      const { corrections, messages: bad } = readCorrections(fix.file, text);
      messages.push(...bad);
      return [{ file: fix.file, beside, corrections }];
    });
    if (read.length > 0) messages.push(...applyCorrections(p, read));
  }
  // A page read as a copy of another (same bytes) has no page of its own: its corrections are said, not moved onto the other.
  for (const [beside, fix] of byInput) {
    if (used.has(beside)) continue;
    const sink = new MessageSink(fix.file);
    sink.report('warning', 'correction-not-applied', { line: null }, `corrections not applied: ${beside} was not read as a page of its own (see its messages)`, 'Put the corrections beside the file that was read, or delete them.');
    messages.push(...sink.messages);
  }
  return messages;
}

function readText(path: string, file: string, messages: Message[]): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (e) {
    const sink = new MessageSink(file);
    sink.report('error', 'correction-yaml', { line: null }, `corrections file could not be read as UTF-8 text: ${(e as Error).message}`, 'Save the corrections file as UTF-8; the page is read without its corrections.');
    messages.push(...sink.messages);
    return null;
  }
}

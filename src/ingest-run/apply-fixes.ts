import { readFileSync } from 'node:fs';
import type { Message } from '../schema/message.ts';
import type { ParsedPage } from '../ingest/index.ts';
import { applyCorrections, type PageCorrectionsFile } from '../ingest/corrections/apply-corrections.ts';
import { readCorrections } from '../ingest/corrections/read-corrections.ts';
import { MessageSink } from '../ingest/messages.ts';
import type { InputFile } from './read-input.ts';

/** The curators' corrections files beside the input files, applied page by page. */
export interface FixFiles {
  /** Whether any of the page's input files has a corrections file beside it. */
  has(p: ParsedPage): boolean;
  /**
   * Reads the corrections files of the page's input files and applies them (a page made
   * of article files takes those of each, in file order); returns the messages about them.
   */
  applyTo(p: ParsedPage): Message[];
  /** Warnings for the corrections files no page took, once every page has been given its own. */
  unused(): Message[];
}

/**
 * The corrections files (`01.fix.yaml` beside `01.txt`) of `files`. Reading the
 * files again for the same page gives the same corrections, so a page can be
 * corrected twice: once for the steps that link pages, once when it is written.
 */
export function fixFiles(files: readonly InputFile[]): FixFiles {
  const byInput = new Map(files.flatMap((f) => (f.corrections ? [[f.file, f.corrections] as const] : [])));
  const used = new Set<string>();
  const inputsOf = (p: ParsedPage) => (p.page.files.length > 0 ? p.page.files.map((f) => f.file) : [p.page.file]);
  return {
    has: (p) => byInput.size > 0 && inputsOf(p).some((file) => byInput.has(file)),
    applyTo(p) {
      const messages: Message[] = [];
      const read: PageCorrectionsFile[] = inputsOf(p).flatMap((beside) => {
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
      return messages;
    },
    unused() {
      // A page read as a copy of another (same bytes) has no page of its own: its corrections are said, not moved onto the other.
      return [...byInput].flatMap(([beside, fix]) => {
        if (used.has(beside)) return [];
        const sink = new MessageSink(fix.file);
        sink.report('warning', 'correction-not-applied', { line: null }, `corrections not applied: ${beside} was not read as a page of its own (see its messages)`, 'Put the corrections beside the file that was read, or delete them.');
        return sink.messages;
      });
    },
  };
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

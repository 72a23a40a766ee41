import type { Correction, PageCorrections } from '../../schema/correction.ts';
import type { Message } from '../../schema/message.ts';
import { pageLineOf } from '../../schema/page-file.ts';
import type { ParsedPage } from '../index.ts';
import { freeId } from '../ids.ts';
import { MessageSink } from '../messages.ts';
import { printedLines } from '../text-coverage.ts';
import type { WorkPage } from './anchors.ts';
import { markLines } from './mark-lines.ts';
import { moveLines } from './move-lines.ts';
import type { OpContext, OpResult } from './op-context.ts';
import { breakParagraph, joinParagraphs } from './paragraphs.ts';
import type { ReadCorrection } from './read-corrections.ts';
import { setFields } from './set-fields.ts';
import { mergeItems, splitItem } from './split-merge.ts';
import { fromWorkItem, toWorkItem, type WorkItem } from './work-item.ts';

/** A corrections file read for a page: its path, the input file it sits beside (whose lines its `near` hints count), and its corrections. */
export interface PageCorrectionsFile {
  file: string;
  beside: string;
  corrections: ReadCorrection[];
}

const NOT_APPLIED_HINT =
  'It was applied nowhere else. The page no longer prints this text where the correction says (fetched again, or read differently by the parser), or prints it in more than one place: check it against the page view, then update the correction (or add near: <line>) or delete it.';
const NOT_NEEDED_HINT = 'The page already reads so (the parser may have improved): the correction can be deleted, or kept in case it is needed again.';

/**
 * Applies curators' corrections files to a parsed page, in file order, each
 * operation in turn. The page and its entries are changed in place: items
 * keep their ids (an item split off gets a new id made from its parent's and
 * the line it starts at), are numbered again in reading order, and record what
 * was corrected on them; the page records how every operation fared. Returns a
 * warning for each operation whose text was not found, and a note for each the
 * page no longer needs.
 */
export function applyCorrections(parsed: ParsedPage, files: readonly PageCorrectionsFile[]): Message[] {
  const { page } = parsed;
  const work: WorkPage = { lines: printedLines(page), labels: page.labels.map((l) => ({ ...l })), items: parsed.entries.map(toWorkItem) };
  const taken = new Set(parsed.entries.map((e) => e.id));
  const messages: Message[] = [];
  const outcomes: PageCorrections[] = [];
  for (const f of files) {
    const sink = new MessageSink(f.file);
    const ctx: OpContext = {
      page: work,
      near: (line) => (line === undefined ? undefined : pageLineOf(page, f.beside, line)),
      newId: (base, key) => freeId(base, key, taken),
    };
    const list = f.corrections.map(({ correction, line }) => {
      const r = apply(correction, ctx);
      if (r.status === 'not-applied') sink.report('warning', 'correction-not-applied', { line }, `${correction.op} not applied to ${page.file}: ${r.summary}`, NOT_APPLIED_HINT);
      if (r.status === 'not-needed') sink.report('info', 'correction-not-needed', { line }, `${correction.op} not needed on ${page.file}: ${r.summary}`, NOT_NEEDED_HINT);
      return { line, op: correction.op, ...r };
    });
    outcomes.push({ file: f.file, outcomes: list });
    messages.push(...sink.messages);
  }
  rebuild(parsed, work);
  if (outcomes.length > 0) page.corrections = outcomes;
  return messages;
}

function apply(c: Correction, ctx: OpContext): OpResult {
  switch (c.op) {
    case 'split':
      return splitItem(c, ctx);
    case 'merge':
      return mergeItems(c, ctx);
    case 'set':
      return setFields(c, ctx);
    case 'mark':
      return markLines(c, ctx);
    case 'move':
      return moveLines(c, ctx);
    case 'join':
      return joinParagraphs(c, ctx);
    case 'break':
      return breakParagraph(c, ctx);
  }
}

// Items nothing touched are kept as parsed, but for their place on the page.
function rebuild(parsed: ParsedPage, work: WorkPage): void {
  const touched = (w: WorkItem) => w.records.length > 0 || w.furniture.join('\u0000') !== w.base.furniture.join('\u0000');
  const isBlank = (n: number) => (work.lines[n - 1]?.text ?? '') === '';
  parsed.entries = work.items.map((w, i) => (touched(w) ? fromWorkItem(w, i + 1, isBlank) : { ...w.base, order: i + 1 }));
  const page = parsed.page;
  page.items = parsed.entries.map((e) => e.id);
  page.labels = work.labels.sort((a, b) => a.line - b.line);
  // A fragment placed by a curator is no longer one: its warning goes with it.
  const fragmentLines = new Set(parsed.entries.filter((e) => e.kind === 'fragment').flatMap((e) => e.source.lines.map((r) => r[0])));
  page.messages = page.messages.filter((m) => m.ruleId !== 'fragment' || (m.line !== null && fragmentLines.has(m.line)));
  parsed.messages = page.messages;
}

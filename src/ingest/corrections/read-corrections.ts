import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { CorrectionSchema, type Correction } from '../../schema/correction.ts';
import type { Message } from '../../schema/message.ts';
import { MessageSink } from '../messages.ts';
import { describeIssue } from './describe-issue.ts';

/** A correction read from its file, with the line it starts on there. */
export interface ReadCorrection {
  correction: Correction;
  line: number;
}

const FORMAT_HINT = 'A corrections file is a YAML list with one "- op: …" entry per correction; see "Curators\' corrections" in the README.';

/**
 * Reads a corrections file (YAML). Each correction is checked on its own: a
 * bad one is an error at its line in the file, saying what to write instead,
 * and is skipped; the others are kept. Never throws.
 */
export function readCorrections(file: string, text: string): { corrections: ReadCorrection[]; messages: Message[] } {
  const sink = new MessageSink(file);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineOf = (node: unknown, fallback: number) => {
    const range = (node as YamlNode | null)?.range;
    return range ? counter.linePos(range[0]).line : fallback;
  };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0].line ?? lineOf(null, 1);
      sink.report('error', 'correction-yaml', { line, column: e.linePos?.[0].col ?? 1 }, `not valid YAML: ${e.message.split('\n')[0]}`, FORMAT_HINT);
    }
    return { corrections: [], messages: sink.messages };
  }
  const data: unknown = doc.toJS();
  // An empty file (or one of comments only) corrects nothing.
  if (data === null || data === undefined) return { corrections: [], messages: [] };
  if (!Array.isArray(data)) {
    sink.report('error', 'correction-schema', { line: lineOf(doc.contents, 1) }, 'the file is not a list of corrections', FORMAT_HINT);
    return { corrections: [], messages: sink.messages };
  }
  const corrections: ReadCorrection[] = [];
  data.forEach((item: unknown, i) => {
    const line = lineOf(doc.getIn([i], true), 1);
    const parsed = CorrectionSchema.safeParse(item);
    if (parsed.success) {
      corrections.push({ correction: parsed.data, line });
      return;
    }
    const op = typeof item === 'object' && item !== null && 'op' in item ? String((item).op) : null;
    const valueAt = (path: PropertyKey[]) => path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], item);
    // One message per correction: the first issue is the one to fix first, and
    // a wrong op would otherwise bring the complaints of every other operation.
    const issue = parsed.error.issues[0]!;
    const { reason, hint } = describeIssue(issue, op, valueAt);
    const at = lineOf(doc.getIn([i, ...issue.path.filter((k) => typeof k !== 'symbol')], true), line);
    sink.report('error', 'correction-schema', { line: at }, `${reason}; the correction is skipped`, hint);
  });
  return { corrections, messages: sink.messages };
}

import { escapeControls } from '../text/control-chars.ts';
import type { Message } from '../schema/message.ts';

/** Where a message points: 1-based line and column, or null for the whole file. */
export interface Place {
  line: number | null;
  column?: number | null;
}

/** Collects messages for one file; a parser stage reports here instead of throwing. */
export class MessageSink {
  readonly messages: Message[] = [];
  constructor(readonly file: string) {}

  /** Records a message; `hint` tells the user what to do about it. */
  report(severity: Message['severity'], ruleId: string, place: Place, reason: string, hint: string | null = null): void {
    this.messages.push({
      file: this.file,
      line: place.line,
      column: place.line === null ? null : (place.column ?? 1),
      severity,
      ruleId,
      reason,
      hint,
    });
  }
}

/**
 * Formats a message the way compilers and linters do: `file:line:col: severity reason [rule]`,
 * then the hint. Control characters (an ESC in a file name, a NUL quoted from a page)
 * are written as `\xNN`, so a terminal shows them instead of obeying them.
 */
export function formatMessage(m: Message): string {
  const where = m.line === null ? m.file : `${m.file}:${m.line}:${m.column ?? 1}`;
  const head = escapeControls(`${where}: ${m.severity} ${m.reason} [${m.ruleId}]`);
  return m.hint ? `${head}\n  ${escapeControls(m.hint)}` : head;
}

/**
 * Line ranges for a message, in page order whatever the reading order: `line 3`,
 * `lines 3–5`, `lines 1 and 3`, `lines 1, 3–4 and 7`.
 */
export function describeLines(ranges: readonly (readonly [number, number])[]): string {
  const merged: [number, number][] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const parts = merged.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const one = merged.length === 1 && merged[0]![0] === merged[0]![1];
  return `${one ? 'line' : 'lines'} ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`;
}

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

import { foldHanChars } from '../text/script.ts';

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Reads `12`, `１２` or `十二` as a number. */
export function readNumber(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return null;
  if (!s.includes('十')) return s.length === 1 ? CN_DIGITS[s]! : null;
  const [tens = '', ones = ''] = s.split('十');
  return (tens ? CN_DIGITS[tens]! : 1) * 10 + (ones ? CN_DIGITS[ones]! : 0);
}

export interface Jump {
  direction: 'from' | 'to';
  page: number | null;
  /** The marker as printed, e.g. `◀◀◀上接第1版`. */
  marker: string;
}

const JUMP = /^[◀◁<《（(【[\s]*(上接|接上|下转|转下|转第|接第)\s*第?\s*([0-9０-９一二三四五六七八九十]+)\s*版[)）】\]》▶▷>\s]*$/u;
const TRAILING_JUMP = /[（(【[]\s*(上接|下转)\s*第?\s*([0-9０-９一二三四五六七八九十]+)\s*版\s*[)）】\]]$/u;
const CLOSING_BRACKETS = ')）】]';
const MAX_JUMP = 40;

/** Reads a line that is only a page jump (`下转第2版`, `◀◀◀上接第1版`, `下轉第2版` on Traditional pages). */
export function readJump(text: string): Jump | null {
  // Every jump names a page (版, the same in both scripts) and is short: other lines are not folded.
  if (text.length > MAX_JUMP || !text.includes('版')) return null;
  const m = JUMP.exec(foldHanChars(text));
  if (!m) return null;
  return { direction: m[1]!.startsWith('上') || m[1] === '接上' || m[1] === '接第' ? 'from' : 'to', page: readNumber(m[2]!), marker: text };
}

/** Splits a jump printed at the end of a paragraph, `……发展。(下转第2版)`, from its text. */
export function splitTrailingJump(text: string): { text: string; jump: Jump } | null {
  // Only a text ending in a closing bracket can hold one; the regex would be tried from every position before it fails.
  const last = text.at(-1);
  if (last === undefined || !CLOSING_BRACKETS.includes(last)) return null;
  // Matched on the Simplified fold, cut from the text as printed (the fold keeps positions).
  const m = TRAILING_JUMP.exec(foldHanChars(text));
  if (!m || m.index === 0) return null;
  return {
    text: text.slice(0, m.index).trimEnd(),
    jump: { direction: m[1] === '上接' ? 'from' : 'to', page: readNumber(m[2]!), marker: text.slice(m.index) },
  };
}

// Datelines and credits have modules of their own; importers of markers read them here too.
export { readDateline, type Dateline } from './datelines.ts';
export { readCredit, splitTrailingCredit, type Credit } from './credits.ts';

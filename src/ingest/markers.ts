import type { Author } from '../schema/author.ts';
import type { DatelineParts } from '../schema/entry.ts';
import { foldHanChars } from '../text/script.ts';
import { parseByline } from './names.ts';

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

const JUMP = /^[◀◁<《（(【\[\s]*(上接|接上|下转|转下|转第|接第)\s*第?\s*([0-9０-９一二三四五六七八九十]+)\s*版[)）】\]》▶▷>\s]*$/u;
const TRAILING_JUMP = /[（(【\[]\s*(上接|下转)\s*第?\s*([0-9０-９一二三四五六七八九十]+)\s*版\s*[)）】\]]$/u;
const CLOSING_BRACKETS = ')）】]';

/** Reads a line that is only a page jump (`下转第2版`, `◀◀◀上接第1版`, `下轉第2版` on Traditional pages). */
export function readJump(text: string): Jump | null {
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

export interface Dateline {
  /** The dateline as printed: `本报讯(记者 王某 通讯员 李某)`. */
  text: string;
  authors: Author[];
  /** Who sent it, from where, on what day, as the dateline prints them. */
  parts: DatelineParts;
  /** The rest of the line: the first body paragraph. */
  rest: string;
}

// 本报 / 新华社 + place + day + 电/讯: the place is what stands before the day.
const DATELINE_PARTS = /^(本报|新华社|中新社|中央社)(.*?)((?:[0-9０-９]{1,2}月)?[0-9０-９一二三四五六七八九十廿卅]{1,3}日)?(?:电|讯)/du;

/** Reads the source, place and day out of a dateline's head (`新华社北京3月5日电`). */
export function readDatelineParts(head: string): DatelineParts {
  // Matched on the Simplified fold, cut from the text as printed (the fold keeps positions).
  const m = DATELINE_PARTS.exec(foldHanChars(head));
  if (!m) return { source: head.startsWith('本报') ? '本报' : null, place: null, date: null };
  const cut = (k: number) => {
    const at = m.indices![k];
    return at && at[1] > at[0] ? head.slice(at[0], at[1]) : null;
  };
  return { source: cut(1), place: cut(2), date: cut(3) };
}


// 本报讯 / 本报北京7月1日电 / 本报（X） / 新华社北京7月1日电（记者 X）, with an optional bracket of names.
const DATELINE = /^((?:本报讯|本报[\u4e00-\u9fff0-9０-９]{0,12}?电|本报(?=\s*[（(])|新华社[\u4e00-\u9fff0-9０-９]{0,12}?电)\s*(?:[（(]([^（()）]{1,40})[)）])?)\s*/du;

/** Reads a dateline at the start of a brief; its names become authors. */
export function readDateline(text: string): Dateline | null {
  if (text[0] !== '本' && text[0] !== '新') return null;
  // Matched on the Simplified fold, cut from the text as printed (the fold keeps positions).
  const m = DATELINE.exec(foldHanChars(text.slice(0, 60)));
  if (!m) return null;
  const [head, names] = [m.indices![1]!, m.indices![2]];
  if (m[1]!.trimEnd() === '本报' && !names) return null;
  const printed = text.slice(head[0], head[1]).trimEnd();
  return {
    text: printed,
    authors: names ? (parseByline(text.slice(names[0], names[1])) ?? []) : [],
    parts: readDatelineParts(printed),
    rest: text.slice(m[0].length),
  };
}

export interface Credit {
  /** The credit as printed: `刘明祥摄`, `石玉成 摄`, `摄影 记者 万善朝`. */
  text: string;
  authors: Author[];
}

const CREDIT_SUFFIX = /^(.{2,30}?)\s*摄$/du;
const CREDIT_PREFIX = /^(?:摄影|摄)\s*[:：]?\s*(.{2,30})$/du;

/** Reads a line that is only a photo credit; names get the role 摄影 unless the credit names another. */
export function readCredit(text: string): Credit | null {
  const folded = foldHanChars(text);
  // A credit starts or ends with 摄: other lines need not go through the regexes.
  const m = (folded.endsWith('摄') ? CREDIT_SUFFIX.exec(folded) : null) ?? (folded.startsWith('摄') ? CREDIT_PREFIX.exec(folded) : null);
  if (!m) return null;
  const [from, to] = m.indices![1]!;
  const authors = parseByline(text.slice(from, to), '摄影');
  if (!authors) return null;
  return { text, authors: authors.map((a) => ({ name: a.name, role: a.role === '记者' ? '摄影' : a.role })) };
}

const TRAILING_CREDIT = /([。！？”」）)])\s*([^。！？”」）)]{2,20}?\s*[摄攝])$/u;

/** Splits a credit printed at the end of a caption (`……材料包。张国荣摄`) from the caption. */
export function splitTrailingCredit(text: string): { caption: string; credit: Credit } | null {
  // Most paragraphs do not end in 摄; the regex would be tried from every position before it fails.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x6444 && last !== 0x651d) return null;
  const m = TRAILING_CREDIT.exec(text);
  if (!m) return null;
  const credit = readCredit(m[2]!.trim());
  if (!credit) return null;
  return { caption: text.slice(0, m.index + m[1]!.length), credit };
}

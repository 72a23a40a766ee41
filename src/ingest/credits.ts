import type { Author } from '../schema/author.ts';
import { foldHanChars } from '../text/script.ts';
import { readDateline, type Dateline } from './datelines.ts';
import { endsLikePlace, parseByline, readNameList, readSignature } from './names.ts';

export interface Credit {
  /** The credit as printed: `刘明祥摄`, `石玉成 摄`, `摄影 记者 万善朝`, `万善朝摄（影像中国）`. */
  text: string;
  authors: Author[];
}

// After 摄 a credit may carry its agency's tag (（人民视觉）, （资料照片）, /光明图片) or,
// in some archives, index keywords run on (RW:某某;): neither is a name.
const AFTER_SHOT = /^(?:[（(][^（()）]{1,10}[)）]|[/／][^\s/／]{2,8}|[A-Z]{2,4}[:：].*)?$/su;
const OPENS_BRACKET = (c: string | undefined) => c === '（' || c === '(';
const CLOSES_BRACKET = (c: string | undefined) => c === '）' || c === ')';
const CREDIT_PREFIX = /^(?:摄影|摄)\s*[:：/／]?\s*(.{2,30})$/du;
// A collection credit names the museum or library that holds the object (某博物馆藏).
const HELD = /^[^，。；！？、\s]{2,14}[馆院所局社宫寺室会]藏$/u;
const MAX_CREDIT = 40;
const SENT_BY = /^[\u4e00-\u9fff]{1,4}社[发發][\s\u3000]*/u;
const CREDIT_CHARS = /[摄攝图圖藏社]/u;

/**
 * Reads a line that is only a photo or collection credit (`新华社记者  刘大伟摄`,
 * `（記者X／攝）`, `某某供图`, `某博物馆藏`); names get the role 摄影 unless the credit names another.
 */
export function readCredit(text: string): Credit | null {
  // Every credit holds one of these (摄, 供图, 藏, or 社 of 某社发): most short lines are headings and stop here.
  if (text.length > MAX_CREDIT || !CREDIT_CHARS.test(text)) return null;
  // 新华社发（某某摄）: the agency that sent the photo, then its photographer; Taiwan
  // papers set the credit in brackets after the caption: （記者X攝）.
  const sent = SENT_BY.exec(text)?.[0].length ?? 0;
  const rest = text.slice(sent).trim();
  if (sent > 0 && rest === '') return { text, authors: [] };
  const inner = OPENS_BRACKET(rest[0]) && CLOSES_BRACKET(rest.at(-1)) ? rest.slice(1, -1).trim() : rest;
  const authors = creditAuthors(inner, foldHanChars(inner));
  return authors ? { text, authors } : null;
}

function creditAuthors(text: string, folded: string): Author[] | null {
  const shot = folded.lastIndexOf('摄');
  if (shot > 0) {
    // 記者X／攝: a slash before 攝.
    const names = text.slice(0, shot).trim().replace(/[/／]$/u, '');
    if (names.length < 2 || !AFTER_SHOT.test(folded.slice(shot + 1))) return null;
    const authors = parseByline(names, '摄影');
    return authors && asPhotographers(authors);
  }
  if (shot === 0) {
    const m = CREDIT_PREFIX.exec(folded);
    if (!m) return null;
    const [from, to] = m.indices![1]!;
    const authors = parseByline(text.slice(from, to), '摄影');
    return authors && asPhotographers(authors);
  }
  if (folded.endsWith('供图')) {
    // A person who gave the photo is named; an institution (某某公司供图) is no author.
    const by = text.slice(0, -2).trim();
    if (by.length < 2 || /[，。；！？]/u.test(by)) return null;
    return (parseByline(by) ?? []).filter((a) => !endsLikePlace(a.name));
  }
  return HELD.test(folded) ? [] : null;
}

function asPhotographers(authors: Author[]): Author[] {
  return authors.map((a) => ({ name: a.name, role: a.role === '记者' ? '摄影' : a.role }));
}

const CREDIT_ENDS = new Set([...'摄攝）)图圖藏']);
// …某某摄/光明图片: the agency after a slash.
const AGENCY_AFTER_SHOT = /[摄攝][/／][^/／\s]{2,8}$/u;
const SENTENCE_END = new Set([...'。！？”」）)']);
const MAX_TRAILING_CREDIT = 36;

/** Splits a credit printed at the end of a caption (`……材料包。张国荣摄`, `……。某某摄（影像中国）`) from the caption. */
export function splitTrailingCredit(text: string): { caption: string; credit: Credit } | null {
  // Most paragraphs end otherwise; only these look for the sentence end before a credit.
  if (!CREDIT_ENDS.has(text.at(-1) ?? '') && !AGENCY_AFTER_SHOT.test(text.slice(-12))) return null;
  const from = Math.max(1, text.length - MAX_TRAILING_CREDIT);
  for (let k = text.length - 2; k >= from; k--) {
    if (!SENTENCE_END.has(text[k]!)) continue;
    const credit = readCredit(text.slice(k + 1).trim());
    return credit ? { caption: text.slice(0, k + 1), credit } : null;
  }
  return null;
}

/** A line printed after a body that names who wrote it, or notes where it came from. */
export type Trailer =
  | { kind: 'credit-list'; authors: Author[]; dateline: Dateline | null }
  | { kind: 'author-note' }
  | { kind: 'note' };

// 作者为某大学教授, 作者系…, 作者单位：…
const AUTHOR_NOTE = /^[（(]\s*(?:本文)?作者(?:为|系|是|现为|现任|单位|简介)|^(?:本文)?作者(?:单位|简介)[:：]/u;
// Where a text or a chart came from, and who drew the page: （摘编自《某日报》）, 数据来源：…, 本版制图：…
const NOTE = /^[（(]\s*(?:摘编自|摘自|转载自|转自|原载|来源[:：]|本文来源)|^(?:数据|资料|图片|稿件)?来源[:：]|^(?:本版|图表)?(?:制图|设计|编辑|校对|统筹|策划|图表制作|版式设计|责编|责任编辑)[:：]/u;
const CONTRIBUTORS = /^(?:参与采写|参与采访|采写)[:：]/u;
const MAX_TRAILER = 200;
// Notes and credit lists open with a bracket or one of these words (as printed, Simplified
// or Traditional): other lines are not tried.
const TRAILER_OPENERS = new Set(['本版', '本文', '作者', '数据', '數據', '资料', '資料', '图片', '圖片', '稿件', '来源', '來源', '统筹', '統籌', '策划', '策劃', '图表', '圖表', '制图', '製圖', '设计', '設計', '编辑', '編輯', '校对', '校對', '版式', '责编', '責編', '责任', '責任', '参与', '參與', '采写', '採寫']);
const opensTrailer = (text: string) => OPENS_BRACKET(text[0]) || TRAILER_OPENERS.has(text.slice(0, 2));
const MAX_LIST_AUTHORS = 30;
const AGENCY = /^据?(?:新华社|中新社|中央社|中通社|法新社|路透社|美联社|塔斯社|共同社|合众社)(?:电|讯|稿)?$/u;

/**
 * Reads a line printed after a body: a credit list (`（本报记者A、B）`, `（综合本报记者A、B报道）`,
 * `(某某)`, `（据新华社北京9月24日电  记者X）`, `（本报莫斯科10月27日电）`, `参与采写：…`, a letter's
 * signature `某省某市  姚  平`), an author note (`（作者为…）`) or a note (`（摘编自《…》）`,
 * `数据来源：…`, `制图：…`); null for any other line.
 */
export function readTrailer(text: string): Trailer | null {
  if (text.length > MAX_TRAILER) return null;
  if (opensTrailer(text)) {
    const bracketed = OPENS_BRACKET(text[0]) && CLOSES_BRACKET(text.at(-1));
    const plain = !OPENS_BRACKET(text[0]);
    const head = foldHanChars(text.slice(0, 12));
    if (AUTHOR_NOTE.test(head) && (bracketed || plain)) return { kind: 'author-note' };
    if (NOTE.test(head) && (bracketed || plain)) return { kind: 'note' };
    // （記者X攝） is a photo credit, read as one.
    if (bracketed) return foldHanChars(text.at(-2) ?? '') === '摄' ? null : readCreditList(text.slice(1, -1).trim());
    if (CONTRIBUTORS.test(head)) return readCreditList(text);
  }
  const signed = readSignature(text);
  return signed ? { kind: 'credit-list', authors: signed, dateline: null } : null;
}

function readCreditList(inner: string): Trailer | null {
  if (inner === '' || /[（()）]/u.test(inner)) return null;
  const dateline = readDateline(inner);
  if (dateline) {
    const more = dateline.rest === '' ? [] : readNameList(dateline.rest, null, MAX_LIST_AUTHORS);
    return more ? { kind: 'credit-list', authors: [...dateline.authors, ...more], dateline } : null;
  }
  // （新华社）, （据中新社）: the agency that sent it, no person.
  if (AGENCY.test(foldHanChars(inner))) return { kind: 'credit-list', authors: [], dateline: null };
  // 综合本报记者A、B报道: a report put together from several reporters' work.
  const names = foldHanChars(inner.slice(0, 2)) === '综合' ? inner.slice(2) : inner;
  const authors = readNameList(names, null, MAX_LIST_AUTHORS);
  return authors ? { kind: 'credit-list', authors, dateline: null } : null;
}

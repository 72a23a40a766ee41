import { codeUnitClass } from '../text/code-unit-class.ts';
import { foldHanChars } from '../text/script.ts';
import { readNumber } from './markers.ts';
import { isPersonName } from './names.ts';

/**
 * Page furniture: lines a scraper saved that are not printed items. Each is kept
 * as a label of its page (no text is lost) and never becomes an item; some also
 * say where an item starts or ends, or what the page is.
 * - `header`: the page's own header line (`1957年7月20日人民日报 第3版`, `第 1 版`,
 *   `1964-11-07`, `光明日报 2012年10月27日 星期六`, `解放军报>19840218`, `版面:头版`);
 * - `item-start`: a line an archive prints before each item (`第3版()`, `第1版(要闻)`, `专栏:`);
 * - `item-end`: a listing's link after each item (`Read More`);
 * - `photo-marker`: `(附图片)`, where an item's photo stood: the caption follows;
 * - `site`: a web page's navigation around the text (`• 时政`, `更多>>`), and its
 *   time and source line (`2018-03-02 05:45 来源：光明网`);
 * - `contents`: a listing's or a page's table of contents (`1. 标题`, `b1-标题`);
 * - `field`: an item's field in an archive's record (`版面:头版`): it names the
 *   item above it and closes nothing;
 * - `box`: the label of a box set inside an article (`核心阅读`, `编者按`): the box's
 *   text is the start of the article's body.
 */
type FurnitureRole = 'header' | 'item-start' | 'item-end' | 'photo-marker' | 'site' | 'contents' | 'field' | 'box';

/** What a furniture line says about its page, where it says anything. */
export interface FurnitureMeta {
  date?: string;
  page?: number;
  paper?: string;
  pageName?: string;
  /** The column the next item runs in (`专栏:国际简讯`). */
  column?: string;
}

export interface Furniture {
  role: FurnitureRole;
  meta: FurnitureMeta;
}

const D = '[0-9０-９]';
// 1957年7月20日人民日报 第3版 (govopendata), with the paper and page optional.
const DATED_HEADER = new RegExp(`^(${D}{4})年(${D}{1,2})月(${D}{1,2})日\\s*([\\p{Script=Han}]{2,8}?[报報])?\\s*(?:第\\s*(${D}{1,3})\\s*版)?\\s*(?:星期[一二三四五六日天])?$`, 'du');
// 光明日报 2012年10月27日 星期六 (e-paper date line): the paper first.
const PAPER_DATE = new RegExp(`^([\\p{Script=Han}]{2,8}[报報])\\s*(${D}{4})年(${D}{1,2})月(${D}{1,2})日\\s*(?:星期[一二三四五六日天])?$`, 'u');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
// 第 1 版 / 第1版 alone on a line (a day listing's page heading).
const PAGE_LINE = new RegExp(`^第\\s*(${D}{1,3})\\s*版$`, 'u');
// 解放军报>19840218 (a day compilation's section heading).
const PAPER_DAY = /^([\p{Script=Han}]{2,8}[报報])\s*>\s*(\d{4})(\d{2})(\d{2})$/u;
// 版面:头版 / 版面：第二版.
const PAGE_FIELD = /^版面\s*[:：]\s*(\S{1,8})$/u;
// 中華民國91年3月19日星期二 (Taiwan papers date by the Republic's years), matched on the Simplified fold.
const ROC_DATE = new RegExp(`^中华民国(${D}{2,3})年(${D}{1,2})月(${D}{1,2})日\\s*(?:星期[一二三四五六日天])?$`, 'u');
// 當前報章2022年09月23日 (a Macau paper's site header).
const CURRENT_ISSUE = new RegExp(`^当前报章\\s*(${D}{4})年(${D}{1,2})月(${D}{1,2})日$`, 'u');
// 第3版() / 第1版(要闻) with 专栏: after it or on the next line.
const ITEM_PREFIX = new RegExp(`^(?:第\\s*(${D}{1,3})\\s*版\\s*[(（]([^()（）]{0,12})[)）]\\s*)?(?:专栏\\s*[:：])?`, 'u');
const BOX = /^(?:核心阅读|编者按|编者的话)$/u;
// b1-标题: a day compilation's entry, the page's code glued to the title (the title follows again below).
const PAGE_CODE = /^[a-z]([0-9]{1,2})-\S/u;
const COLUMN_FIELD = /^专栏\s*[:：]\s*([^\s:：，。,]{1,12})$/du;
// `图片说明：` heads the captions of a page's photos, as `(附图片)` heads one.
const PHOTO_MARKER = /^(?:[(（]?附图片[)）]?|图片说明\s*[:：]?|图注\s*[:：])$/u;
const ITEM_END = /^(?:Read More|阅读全文|閱讀全文)$/iu;
const WEB_SOURCE_LINE = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:来源|來源|作者|责任编辑|責任編輯)\s*[:：﹕]/u;
const MAX_SOURCE_LINE = 80;
// A navigation entry: a bullet and a short link text.
const NAV = /^[•·]\s*\S{1,4}(?:\s\S{1,4})?(?:>>)?$/u;

// A site's menu on one line: link texts between bars (`星報首頁 | 昔日新聞 | 各項專版`), or
// five or more short words between spaces (`今日新聞 社論 評論 專題報導 自由廣場`), none
// of them a person's name (a byline of five names is not a menu).
const MENU_BARS = /^[^|｜]{1,8}(?:\s*[|｜]\s*[^|｜]{1,8}){2,}$/u;
const MENU_WORD = /^[\p{Script=Han}A-Za-z]{2,6}$/u;
function isMenu(t: string): boolean {
  if (MENU_BARS.test(t)) return true;
  const words = t.split(/\s+/u);
  return words.length >= 5 && words.every((w) => MENU_WORD.test(w) && !isPersonName(w));
}

// The characters furniture opens with (digits, 第, 专, brackets, bullets, 版, 核, 编, 中, 当, 图, Latin),
// or what it holds (a paper's name before a date or a `>`, menu bars, five words):
// most lines are ruled out by these cheap tests before the patterns above are tried.
const isOpening = codeUnitClass(/[0-9０-９第专專(（附•·版核编編中当當a-zA-Z閱阅图圖]/u);
const PAPER_THEN_DATE = /[报報]\s*[0-9０-９>]/u;
function mayBeFurniture(text: string): boolean {
  if (isOpening(text.charCodeAt(0)) || text.includes('|') || text.includes('｜')) return true;
  if ((text.includes('报') || text.includes('報')) && PAPER_THEN_DATE.test(text)) return true;
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0 && spaces < 4; at = text.indexOf(' ', at + 1)) spaces++;
  return spaces >= 4;
}

const iso = (y: string, m: string, d: string) => `${ascii(y)}-${ascii(m).padStart(2, '0')}-${ascii(d).padStart(2, '0')}`;
const ascii = (s: string) => s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Reads a line that is only page furniture; null for printed text. */
export function readFurniture(text: string): Furniture | null {
  // A web article's time and source line (`2018-03-02 05:45 来源：光明网`): the site's, not printed.
  if (text.length <= MAX_SOURCE_LINE && WEB_SOURCE_LINE.test(text)) return { role: 'site', meta: {} };
  if (text.length > 40 || !mayBeFurniture(text)) return null;
  const t = foldHanChars(text);
  let m: RegExpExecArray | null;
  if ((m = DATED_HEADER.exec(t)) && (m[4] || m[5] || text.length <= 12)) {
    const paper = cut(text, m, 4);
    return header({ date: iso(m[1]!, m[2]!, m[3]!), ...(paper ? { paper } : {}), ...(m[5] ? { page: Number(ascii(m[5])) } : {}) });
  }
  if ((m = PAPER_DATE.exec(t))) return header({ paper: text.slice(0, m[1]!.length), date: iso(m[2]!, m[3]!, m[4]!) });
  if ((m = ISO_DATE.exec(t))) return header({ date: iso(m[1]!, m[2]!, m[3]!) });
  if ((m = PAGE_LINE.exec(t))) return header({ page: Number(ascii(m[1]!)) });
  if ((m = PAPER_DAY.exec(t))) return header({ paper: text.slice(0, m[1]!.length), date: iso(m[2]!, m[3]!, m[4]!) });
  if ((m = PAGE_FIELD.exec(t))) return { role: 'field', meta: pageOf(m[1]!) };
  if (BOX.test(t)) return { role: 'box', meta: {} };
  if ((m = PAGE_CODE.exec(t))) return { role: 'contents', meta: { page: Number(m[1]) } };
  if ((m = ROC_DATE.exec(t))) return header({ date: iso(String(Number(ascii(m[1]!)) + 1911), m[2]!, m[3]!) });
  if ((m = CURRENT_ISSUE.exec(t))) return header({ date: iso(m[1]!, m[2]!, m[3]!) });
  if (PHOTO_MARKER.test(t)) return { role: 'photo-marker', meta: {} };
  if (ITEM_END.test(t)) return { role: 'item-end', meta: {} };
  if (NAV.test(t) || isMenu(t)) return { role: 'site', meta: {} };
  const prefix = ITEM_PREFIX.exec(t);
  if (prefix && prefix[0].length === t.length && prefix[0].length > 0) return { role: 'item-start', meta: itemMeta(prefix) };
  // `专栏:国际简讯` on a line of its own names the column the item runs in; the archive's field, not its text.
  if ((m = COLUMN_FIELD.exec(t))) return { role: 'item-start', meta: { column: cut(text, m, 1)! } };
  return null;
}

/**
 * Splits the furniture an archive prints at the start of an item's line
 * (`第5版()专栏: 标题 正文…`) from the printed text after it; null when the line
 * does not start with such a prefix or holds nothing after it.
 */
export function splitFurniturePrefix(text: string): { prefix: string; rest: string; meta: FurnitureMeta } | null {
  if (text[0] !== '第' && text[0] !== '专' && text[0] !== '專') return null;
  const m = ITEM_PREFIX.exec(foldHanChars(text));
  // The archive's full prefix, 第N版(…) and 专栏:; `专栏:国际简讯` alone names a column.
  if (!m || m[1] === undefined || !/专栏\s*[:：]$/u.test(m[0])) return null;
  const rest = text.slice(m[0].length).trimStart();
  if (rest === '') return null;
  return { prefix: text.slice(0, m[0].length).trimEnd(), rest, meta: itemMeta(m) };
}

// The printed text of group k: matched on the Simplified fold, which keeps positions.
const cut = (text: string, m: RegExpExecArray, k: number) => (m.indices?.[k] ? text.slice(m.indices[k][0], m.indices[k][1]) : undefined);
// 《人民日报》（2025年04月11日第 01 版） / 《光明日报》( 2012年10月27日 06版): the paper, day
// and page an e-paper prints after an article's byline.
const SOURCE_CITATION = new RegExp(`《([^《》]{2,12})》\\s*[(（]\\s*(${D}{4})年(${D}{1,2})月(${D}{1,2})日\\s*第?\\s*(${D}{1,3})\\s*版\\s*[)）]$`, 'du');

/**
 * Splits the source an e-paper prints after a byline (`常  钦《人民日报》（2026年01月15日第
 * 05 版）`) from the byline; null when the line does not end with one.
 */
export function splitSourceCitation(text: string): { byline: string; citation: string; meta: FurnitureMeta } | null {
  const last = text.at(-1);
  if (last !== '）' && last !== ')') return null;
  const m = SOURCE_CITATION.exec(foldHanChars(text));
  if (!m) return null;
  return {
    byline: text.slice(0, m.index).trimEnd(),
    citation: text.slice(m.index),
    meta: { paper: cut(text, m, 1)!, date: iso(m[2]!, m[3]!, m[4]!), page: Number(ascii(m[5]!)) },
  };
}

const header = (meta: FurnitureMeta): Furniture => ({ role: 'header', meta });

function itemMeta(m: RegExpExecArray): FurnitureMeta {
  const meta: FurnitureMeta = {};
  if (m[1]) meta.page = Number(ascii(m[1]));
  if (m[2]) meta.pageName = m[2];
  return meta;
}

// 头版 is page 1; 第二版 / 2版 / b1 say their number.
function pageOf(name: string): FurnitureMeta {
  if (name === '头版' || name === '頭版') return { page: 1 };
  const n = readNumber(name.replace(/^第|版$/gu, ''));
  return n ? { page: n } : {};
}

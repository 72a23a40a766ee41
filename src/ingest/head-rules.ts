import type { ContentsList } from './contents.ts';
import type { Item } from './item.ts';
import { hanLength, wordLength } from './sentence.ts';
import type { PageText } from './page-text.ts';
import type { Unit } from './units.ts';

// Judgments the assemble stage makes about a heading from the units around it:
// is it a title or a subhead, the tail of a paragraph cut by the column, one
// of several headline lines standing apart, or a part of the headline above.
// Each reads units only; `assemble.ts` acts on the answers.

/** Three blank lines or more: the scraper's gap between two items. */
export const ITEM_GAP = 3;
// Han characters from which a heading is too long to be a subhead.
const LONG_HEADING = 18;

export const LEADS_ON = /(?:——|—)$/u;

// On pages of paragraph lines the parts of one headline may stand a blank line
// apart: two or three plain headings one under the other, then the report's
// byline or dateline. Alone, the upper ones would read as a headline with
// nothing under it, or as subheads of the item above; they are one headline,
// read by `setHeadline` (三 lines 引题/主题/副题, two 主题/副题). Returns how many
// headings the run holds, 1 when it is no such run.
const MAX_HEAD_PARTS = 3;
export function headRun(units: Unit[], i: number): number {
  let n = 1;
  while (n < MAX_HEAD_PARTS && isApartPart(units[i + n])) n++;
  const after = units[i + n];
  const opensReport = after !== undefined && after.gapBefore < ITEM_GAP && (after.kind === 'byline' || (after.kind === 'body' && after.dateline !== null));
  if (n === 1 || !opensReport || units[i]!.lines[0]!.heading > 0) return 1;
  // A headline over bylined sub-reports, each under a sub-headline, is a package (packages.ts), not one headline.
  return after.kind === 'byline' && (anotherSubReport(units, i + n + 1) || subReportBefore(units, i)) ? 1 : n;
}

// Whether a heading with a byline right under it stands above, in the same item (the run is a package's last sub-report).
function subReportBefore(units: Unit[], to: number): boolean {
  for (let j = to - 1; j >= 0 && units[j + 1]!.gapBefore < ITEM_GAP; j--) {
    const u = units[j]!;
    if (u.kind === 'furniture' || u.dateline) return false;
    if (u.kind === 'heading' && units[j + 1]?.kind === 'byline') return true;
  }
  return false;
}

// Whether a heading with a byline right under it comes again before the item ends.
function anotherSubReport(units: Unit[], from: number): boolean {
  for (let j = from; j < units.length && units[j]!.gapBefore < ITEM_GAP; j++) {
    const u = units[j]!;
    if (u.kind === 'furniture' || u.dateline) return false;
    if (u.kind === 'heading' && units[j + 1]?.kind === 'byline') return true;
  }
  return false;
}
const isApartPart = (u: Unit | undefined) => u !== undefined && u.kind === 'heading' && u.gapBefore >= 1 && u.gapBefore < ITEM_GAP && u.lines[0]!.heading === 0;

// On a page of element lines, a line between an item's headline and its dateline
// is one more part of the headline, however long (a 副题 of a whole sentence).
const MAX_HEAD_LINE = 80;
export function continuesHead(cur: Item, u: Unit, next: Unit | undefined): boolean {
  if (cur.body.length > 0 || cur.dateline || cur.bylines.length > 0 || u.dateline || u.gapBefore > 0) return false;
  if (u.text.length > MAX_HEAD_LINE || /[。！？]$/u.test(u.text)) return false;
  return next?.kind === 'body' && next.dateline !== null && next.gapBefore === 0;
}

// A heading is a title (not a subhead) when something around it says so: Markdown
// `#`/`##`, a subtitle, byline or dateline after it, a gap before it, no open item,
// or the shape of a title (long, or `地名：` / `·`) where subheads are short.
export function isTitle(u: Unit, next: Unit | undefined, prev: Unit | null, cur: Item | null, lookahead: boolean): boolean {
  const level = u.lines[0]!.heading;
  if (level === 1 || level === 2) return true;
  // A byline stands under a title, never under a subhead, however the line is set.
  if (next && (next.kind === 'subtitle' || next.kind === 'byline')) return true;
  if (u.kind === 'subhead') return false;
  if (next && next.kind === 'body' && next.dateline) return true;
  if (lookahead) return false;
  if (u.gapBefore >= ITEM_GAP || !cur || cur.kind === 'photo') return true;
  // A credit list or author note closes its item: a heading after it starts the next one.
  if (prev && (prev.kind === 'jump' || prev.kind === 'credit-list' || prev.kind === 'author-note')) return true;
  // A feature whose 副题 names its genre (——某某会议综述, ——记…, ——…侧记) runs long
  // under subheads of its own: a heading in it is a subhead whatever its length,
  // unless it is shaped as a brief's headline (某地：…).
  if (cur.kind === 'article' && cur.subtitle && FEATURE_SUBTITLE.test(cur.subtitle.text) && cur.body.length > 0) return PLACE_HEADLINE.test(u.text) && hasHeadlineShape(u);
  return hasHeadlineShape(u);
}

const PLACE_HEADLINE = /[：:·]/u;
const FEATURE_SUBTITLE = /^[—－-]{1,2}\s*(?:记|.*(?:综述|述评|侧记|纪实|纪事|巡礼|扫描|调查|札记|手记|见闻|探访|追记|回眸)$)/u;

/**
 * True when a heading under a title that the page's table of contents lists is
 * not listed itself, and nothing under it (byline, subtitle, dateline) makes it
 * a title: a subhead of that item, however long (a web page's contents name the
 * day's pieces, and a subhead is none of them).
 */
export function isUnlistedHeading(cur: Item | null, u: Unit, next: Unit | undefined, contents: ContentsList): boolean {
  if (!cur?.title || cur.body.length === 0 || !contents.any || u.gapBefore >= ITEM_GAP) return false;
  if (next && (next.kind === 'byline' || next.kind === 'subtitle' || next.dateline)) return false;
  return contents.lists(cur.title.text) && !contents.lists(u.text);
}

// The 主题 is often set short, two phrases of a few characters, under a long
// factual 引题 (中央广播电视总台推出十部优秀电视剧和十部精品纪录片 / 足不出户 享受视听盛宴):
// right under the first headline line, before any text, such a line is the title.
const TWO_PHRASES = /^[\p{Script=Han}“”]{2,8}\s+[\p{Script=Han}“”]{2,8}$/u;
const KICKER_LONGER_BY = 4;

/** True when a heading right under an item's only headline line is its 主题, the line above its 引题. */
export function isTitleUnderKicker(cur: Item, u: Unit, next: Unit | undefined): boolean {
  if (cur.kind !== 'article' || !cur.title || cur.kicker || cur.subtitle || cur.body.length > 0 || cur.bylines.length > 0 || cur.dateline) return false;
  if (u.kind !== 'heading' || u.lines.length !== 1 || u.lines[0]!.heading > 0 || !TWO_PHRASES.test(u.text)) return false;
  return hanLength(cur.title.text) >= hanLength(u.text) + KICKER_LONGER_BY && next !== undefined && OPENS_BODY.has(next.kind);
}

/** True when a heading is shaped like a headline rather than a subhead, with nothing else to tell. */
export function hasHeadlineShape(u: Unit): boolean {
  // A subhead set over two lines is two parallel phrases of one length (强化督查考核 /
  // 注重跟踪问效); a headline broken by the column width (北渡村生 / 态环境局加强林下种植)
  // is judged whole, like a headline on one line.
  const lengths = u.lines.map((l) => hanLength(l.text));
  if (lengths.length > 1 && lengths.every((n) => n === lengths[0])) return false;
  const len = hanLength(u.text);
  // Subheads are short: one phrase, or two short ones (党建引领 高位推进); a long
  // two-phrase line (深化山林防火巡查 为群众解决老人吃饭不方便) is a headline.
  return (!/\s/u.test(u.text) && len >= 12) || (/[：:·]/u.test(u.text) && len >= 8) || len >= LONG_HEADING;
}

// How often the characters across a joint must recur on the page before a short
// line without a comma is read as the start of a cut paragraph.
const CUT_WORD_MIN = 4;
const HAN_JOINT = /^\p{Script=Han}{2}$/u;
// Marks no paragraph opens with: a line starting with one goes on from the line above.
const CONTINUES_SENTENCE = /^[，,、。；;：:！!？?）)》」』]/u;
// What can stand first under a title: a paragraph, or a subhead, marked or plain.
export const OPENS_BODY = new Set<Unit['kind']>(['body', 'subhead', 'heading']);

// A short line with a comma that the next paragraph plainly continues (宣传教|育，…)
// is the end of a paragraph cut by the column, not a heading.
// Headlines with a comma are two short phrases (用心用情，下活新时代文明实践一盘棋);
// a longer line with one, run straight into a paragraph, was cut from it. Figures
// count to its length here (截至2月底，…已完成全民阅读 | 44件，…).
export function isCutParagraph(u: Unit, next: Unit | undefined, page: PageText): boolean {
  if (u.kind !== 'heading' || u.lines.length > 1 || u.lines[0]!.heading > 0) return false;
  if (next?.kind !== 'body' || next.dateline || next.gapBefore > 1) return false;
  // No paragraph opens with a comma or a full stop: one that does goes on from the line above.
  if (CONTINUES_SENTENCE.test(next.text)) return true;
  // Nor does a headline end on a bare figure whose measure word opens the next line (已完成春耕备耕16 | 件，).
  if (/[0-9０-９]$/u.test(u.text) && /^\p{Script=Han}/u.test(next.text)) return true;
  // Without a comma only a word run across the joint tells (残疾人联合会把一站|式办理):
  // titles end on a word, so their joint with the lead below rarely recurs on the page.
  // Figures are left out: 护航成长|5月15日 is no word, though 增长5 recurs on the page.
  if (!/[，,、]/u.test(u.text)) return HAN_JOINT.test(u.text.slice(-1) + next.text[0]) && page.junctionScore(u.text, next.text) >= CUT_WORD_MIN;
  return wordLength(u.text) >= LONG_HEADING || page.junctionScore(u.text, next.text) >= 2;
}

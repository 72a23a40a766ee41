import type { Label } from '../schema/page.ts';
import { isMarkedSubhead } from './classify.ts';
import { setHeadline } from './headline.ts';
import { newItem, paraOf, type Item, type Para } from './item.ts';
import { splitTrailingCredit, splitTrailingJump } from './markers.ts';
import type { MessageSink } from './messages.ts';
import { PARAGRAPH_LAYOUT, type PageLayout } from './page-layout.ts';
import { endsSentence, hanLength, wordLength } from './sentence.ts';
import { junctionScore } from './similarity.ts';
import type { Unit } from './units.ts';

// Three blank lines or more: the scraper's gap between two items.
const ITEM_GAP = 3;
// Han characters from which a heading is too long to be a subhead.
const LONG_HEADING = 18;

/**
 * First pass over a page: units in printed order become items. Heads (title,
 * subtitle, byline, dateline) open items; body, subheads and credits attach to
 * the open item. Reading order across columns is repaired in later passes.
 */
export function assembleItems(units: Unit[], pageText: string, sink: MessageSink, layout: PageLayout = PARAGRAPH_LAYOUT): { items: Item[]; labels: Label[] } {
  const items: Item[] = [];
  const labels: Label[] = [];
  let section: string | null = null;
  // Widened on purpose: `open` reassigns it from a closure, which narrowing cannot see.
  let cur = null as Item | null;
  let pendingByline: Unit | null = null;
  let awaitingTitle = false;
  // The item a photo was printed in the middle of: its paragraphs may go on below the photo.
  let resume: Item | null = null;
  // A `(附图片)` marker stood here: the next paragraph is the photo's caption.
  let photoNext = false;
  // The item whose text a credit list or a signature ended (`（本报记者A、B）`, `某地  某某`):
  // a heading after it opens the next item, even one set like a subhead.
  let creditedItem = null as Item | null;
  // The column an archive's `专栏:名` gave the item about to open.
  let pendingColumn = null as string | null;
  // A `### 引题` waiting for the `# 标题` under it.
  let pendingKicker = null as Unit | null;
  // The last headline set, while its item holds nothing else.
  let head = null as { item: Item; unit: Unit } | null;

  let gapHere = 0;
  const open = (kind: Item['kind']): Item => {
    const it = newItem(kind, section);
    it.afterGap = gapHere >= ITEM_GAP;
    if (pendingColumn !== null) it.column = { name: pendingColumn, line: null };
    pendingColumn = null;
    items.push(it);
    cur = it;
    awaitingTitle = false;
    resume = null;
    return it;
  };
  const closePhoto = () => {
    const before = items.at(-2);
    cur = null;
    resume = before && before.kind !== 'photo' ? before : null;
  };

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    const line = u.lines[0]!;
    gapHere = (pendingByline ?? u).gapBefore;
    switch (u.kind) {
      case 'furniture': {
        labels.push({ text: u.text, line: line.no, kind: 'furniture' });
        const role = u.furniture!.role;
        // Furniture before or after an item closes the one open: what follows is not its text.
        if (role === 'item-start' || role === 'item-end' || role === 'header' || role === 'contents') {
          cur = null;
          resume = null;
          pendingByline = null;
          awaitingTitle = false;
        }
        photoNext = role === 'photo-marker';
        pendingColumn = u.furniture!.meta.column ?? (role === 'item-start' ? null : pendingColumn);
        // An archive's field under a line (`版面:头版` after `标题-副题`) says that line was the item's headline.
        if (role === 'field' && cur && !cur.title && !cur.dateline && cur.body.length === 1 && !cur.body[0]!.subhead) {
          const p = cur.body.pop()!;
          cur.kind = 'article';
          setHeadline(cur, { lines: p.lines, text: p.text, separateLines: false, gapBefore: 0 }, 0);
        }
        break;
      }
      case 'label':
        // Crawlers' Markdown sets the 引题 as `### …` right above the `# 标题`: no section label.
        if (line.heading >= 3 && next?.kind === 'heading' && next.lines[0]!.heading === 1 && next.gapBefore <= 1) {
          pendingKicker = u;
          break;
        }
        labels.push({ text: u.text, line: line.no, kind: 'section' });
        section = u.label;
        resume = null;
        // A label between a head and its byline (`# 标题` / `### 机关党建` / `■ 记者 …`) files that item.
        if (cur && cur.body.length === 0 && !cur.caption) cur.section = u.label;
        else cur = null;
        break;
      case 'jump':
        if (u.jump!.direction === 'from') {
          open('article').from = { jump: u.jump!, line };
          awaitingTitle = true;
        } else if (cur && !cur.on) {
          cur.on = { jump: u.jump!, line };
        } else {
          const reason = cur ? `"${u.text}" is a second page jump for the item above it` : `"${u.text}" follows no item on this page`;
          open('fragment').on = { jump: u.jump!, line };
          sink.report('warning', 'orphan-jump', { line: line.no }, reason, 'Check the page: the item it continues may be missing; the marker is kept as a fragment.');
        }
        break;
      case 'subtitle':
        // The subtitle of the open head, even when the scraper put the byline first.
        if (cur && cur.title && !cur.subtitle && cur.body.length === 0 && !cur.dateline) cur.subtitle = u;
        // Inside a body a sentence opening with —— is a paragraph (a list of points, a reply), not a subtitle.
        else if (cur && cur.body.length > 0 && endsSentence(u.text)) placeBody({ ...u, kind: 'body' }, cur, open, sink, next);
        else open('article').subtitle = u;
        break;
      case 'byline': {
        // A byline after a body (or after a gap) with a heading and then a body (or a subhead) after it is the next item's byline.
        const after = units[i + 2];
        const titleFollows =
          next?.kind === 'heading' &&
          !isCutParagraph(next, after, pageText) &&
          (isTitle(next, after, u, null, true) || (OPENS_BODY.has(after?.kind ?? 'label') && (u.gapBefore >= ITEM_GAP || !cur || cur.body.length > 0)));
        // A title's first byline is its own, even when another headline follows (columns interleaved).
        const ownHead = cur && cur.body.length === 0 && !cur.caption && !cur.dateline && (cur.title || cur.subtitle);
        if (ownHead && (cur!.bylines.length === 0 || !titleFollows)) cur!.bylines.push(u);
        else if (titleFollows) {
          pendingByline = u;
          sink.report('info', 'byline-before-title', { line: line.no }, `byline "${u.text}" is printed before its title; attached to the title that follows`);
        } else if (cur && cur.kind !== 'photo') cur.bylines.push(u);
        else open('article').bylines.push(u);
        break;
      }
      case 'credit':
        attachCredit(u, cur, open, sink);
        closePhoto();
        break;
      case 'credit-list':
        attachCreditList(u, cur ?? resume ?? open('fragment'));
        creditedItem = cur;
        break;
      case 'author-note': {
        // （作者为…） after a body is the note on its author; a second one is kept as a paragraph.
        const it = cur ?? resume;
        if (it && !it.authorNote) it.authorNote = { text: u.text, lines: u.lines };
        else placeBody({ ...u, kind: 'body' }, cur, open, sink, next);
        break;
      }
      case 'heading':
      case 'subhead': {
        if (!layout.elementLines && isCutParagraph(u, next, pageText)) {
          placeBody({ ...u, kind: 'body' }, cur, open, sink, next);
          break;
        }
        // A line ending with —— inside a body leads into what follows it (提案建议…举措—— / ——如何…):
        // a kicker would stand over a headline.
        if (cur && cur.body.length > 0 && u.lines.length === 1 && LEADS_ON.test(u.text) && next?.kind !== 'heading' && next?.gapBefore !== undefined && next.gapBefore < ITEM_GAP) {
          placeBody({ ...u, kind: 'body' }, cur, open, sink, next);
          break;
        }
        if (creditedItem && creditedItem === cur && cur.body.length > 0 && OPENS_BODY.has(next?.kind ?? 'label') && next!.gapBefore < ITEM_GAP && !isMarkedSubhead(u.text)) {
          setHeadline(open('article'), u, next!.gapBefore);
          head = { item: cur!, unit: u };
          // A byline printed before this headline is its own (kept, or its text would be lost).
          if (pendingByline) cur!.bylines.push(pendingByline);
          pendingByline = null;
          break;
        }
        const run = u.kind === 'heading' && !pendingByline ? headRun(units, i) : 1;
        if (run > 1) {
          // Headline lines standing a blank line apart over a byline or dateline: one headline.
          const parts = units.slice(i, i + run);
          const merged: Unit = { ...u, lines: parts.flatMap((p) => p.lines), text: parts.map((p) => p.text).join(''), separateLines: true };
          setHeadline(open('article'), merged, units[i + run]!.gapBefore, false);
          head = { item: cur!, unit: merged };
          sink.report('info', 'heads-apart', { line: line.no }, `${parts.map((p) => `"${p.text}"`).join(', ')} stand apart over one report; read as one headline`);
          i += run - 1;
          break;
        }
        if (awaitingTitle && cur && cur.body.length === 0 && u.kind === 'heading') {
          // Under 上接第N版 a heading is the piece's title printed again when it has a
          // headline's shape, else the subhead its text resumes with.
          if (hasHeadlineShape(u)) setHeadline(cur, u, next?.gapBefore ?? 0);
          else cur.body.push(paraOf(u));
          awaitingTitle = false;
        } else if (pendingByline || (layout.indentedParagraphs && u.kind === 'heading') || isTitle(u, next, units[i - 1] ?? null, cur, false)) {
          const before = units[i - 1];
          setHeadline(open('article'), u, next?.gapBefore ?? 0, !before || (before.kind !== 'furniture' && before.kind !== 'label'));
          head = { item: cur!, unit: u };
          if (pendingKicker && cur!.kicker === null) cur!.kicker = { text: pendingKicker.text, lines: pendingKicker.lines };
          pendingKicker = null;
        } else (cur ?? open('fragment')).body.push(paraOf(u));
        if (pendingByline) cur!.bylines.push(pendingByline);
        pendingByline = null;
        break;
      }
      case 'body':
        if (layout.elementLines && head && head.item === cur && continuesHead(cur, u, next)) {
          // A headline line too long to look like one (a long 副题), right above the dateline.
          const merged: Unit = { ...head.unit, lines: [...head.unit.lines, ...u.lines], text: head.unit.text + u.text, separateLines: true };
          cur.kicker = cur.title = cur.subtitle = null;
          setHeadline(cur, merged, next?.gapBefore ?? 0);
          head = { item: cur, unit: merged };
          break;
        }
        if (photoNext && !u.dateline) {
          photoNext = false;
          openPhoto(cur, open, paraOf(u));
          break;
        }
        // A plain paragraph right under a photo goes on with the item the photo was set in.
        if (!cur && resume && u.gapBefore < ITEM_GAP && !u.dateline && !looksLikeCaption(u.text)) cur = resume;
        placeBody(u, cur, open, sink, next);
        if (cur && (cur as Item).kind === 'photo') closePhoto();
        break;
    }
  }
  return { items, labels };
}

const LEADS_ON = /(?:——|—)$/u;

// On pages of paragraph lines the parts of one headline may stand a blank line
// apart: two or three plain headings one under the other, then the report's
// byline or dateline. Alone, the upper ones would read as a headline with
// nothing under it, or as subheads of the item above; they are one headline,
// read by `setHeadline` (三 lines 引题/主题/副题, two 主题/副题). Returns how many
// headings the run holds, 1 when it is no such run.
const MAX_HEAD_PARTS = 3;
function headRun(units: Unit[], i: number): number {
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
function continuesHead(cur: Item, u: Unit, next: Unit | undefined): boolean {
  if (cur.body.length > 0 || cur.dateline || cur.bylines.length > 0 || u.dateline || u.gapBefore > 0) return false;
  if (u.text.length > MAX_HEAD_LINE || /[。！？]$/u.test(u.text)) return false;
  return next?.kind === 'body' && next.dateline !== null && next.gapBefore === 0;
}

// A heading is a title (not a subhead) when something around it says so: Markdown
// `#`/`##`, a subtitle, byline or dateline after it, a gap before it, no open item,
// or the shape of a title (long, or `地名：` / `·`) where subheads are short.
function isTitle(u: Unit, next: Unit | undefined, prev: Unit | null, cur: Item | null, lookahead: boolean): boolean {
  const level = u.lines[0]!.heading;
  if (level === 1 || level === 2) return true;
  if (u.kind === 'subhead') return false;
  if (next && (next.kind === 'subtitle' || next.kind === 'byline')) return true;
  if (next && next.kind === 'body' && next.dateline) return true;
  if (lookahead) return false;
  if (u.gapBefore >= ITEM_GAP || !cur || cur.kind === 'photo') return true;
  // A credit list or author note closes its item: a heading after it starts the next one.
  if (prev && (prev.kind === 'jump' || prev.kind === 'credit-list' || prev.kind === 'author-note')) return true;
  return hasHeadlineShape(u);
}

/** True when a heading is shaped like a headline rather than a subhead, with nothing else to tell. */
function hasHeadlineShape(u: Unit): boolean {
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
const OPENS_BODY = new Set<Unit['kind']>(['body', 'subhead', 'heading']);

// A short line with a comma that the next paragraph plainly continues (宣传教|育，…)
// is the end of a paragraph cut by the column, not a heading.
// Headlines with a comma are two short phrases (用心用情，下活新时代文明实践一盘棋);
// a longer line with one, run straight into a paragraph, was cut from it. Figures
// count to its length here (截至2月底，…已完成全民阅读 | 44件，…).
function isCutParagraph(u: Unit, next: Unit | undefined, pageText: string): boolean {
  if (u.kind !== 'heading' || u.lines.length > 1 || u.lines[0]!.heading > 0) return false;
  if (next?.kind !== 'body' || next.dateline || next.gapBefore > 1) return false;
  // No paragraph opens with a comma or a full stop: one that does goes on from the line above.
  if (CONTINUES_SENTENCE.test(next.text)) return true;
  // Nor does a headline end on a bare figure whose measure word opens the next line (已完成春耕备耕16 | 件，).
  if (/[0-9０-９]$/u.test(u.text) && /^\p{Script=Han}/u.test(next.text)) return true;
  // Without a comma only a word run across the joint tells (残疾人联合会把一站|式办理):
  // titles end on a word, so their joint with the lead below rarely recurs on the page.
  // Figures are left out: 护航成长|5月15日 is no word, though 增长5 recurs on the page.
  if (!/[，,、]/u.test(u.text)) return HAN_JOINT.test(u.text.slice(-1) + next.text[0]) && junctionScore(u.text, next.text, pageText) >= CUT_WORD_MIN;
  return wordLength(u.text) >= LONG_HEADING || junctionScore(u.text, next.text, pageText) >= 2;
}

// Captions say what the photo shows (图为…, 圖為… on Traditional pages) and often
// open with the day it was taken.
const SAYS_PICTURED = /[图圖][为為]/u;
const OPENS_WITH_DATE = /^\d{1,2}月\d{1,2}日/u;

function looksLikeCaption(text: string): boolean {
  return SAYS_PICTURED.test(text) || OPENS_WITH_DATE.test(text) || splitTrailingCredit(text) !== null;
}

// Names printed after a body (（本报记者A、B）, a letter's signature) are its authors, kept
// with its bylines; a trailing dateline (（本报莫斯科10月27日电）) is the item's dateline
// when it has none.
function attachCreditList(u: Unit, it: Item): void {
  if (u.dateline && !it.dateline && u.lines.length === 1) {
    it.dateline = { text: u.text, line: u.lines[0]!, parts: u.dateline.parts };
    it.authors.push(...u.authors);
  } else it.bylines.push(u);
}

function attachCredit(u: Unit, cur: Item | null, open: (k: Item['kind']) => Item, sink: MessageSink): void {
  const last = cur?.body.at(-1);
  // A photo opened by its marker (附图片) and holding its caption takes the credit under it.
  const waiting = cur?.kind === 'photo' && cur.caption && !cur.credit ? cur : null;
  const photo = waiting ?? titledPhoto(cur) ?? (last && !last.subhead ? openPhoto(cur!, open, cur!.body.pop()!) : open('photo'));
  photo.credit = { credit: u.credit!, lines: u.lines };
  photo.authors.push(...u.credit!.authors);
  if (!photo.caption) {
    sink.report('warning', 'credit-without-caption', { line: u.lines[0]!.no }, `photo credit "${u.text}" has no caption before it`, 'The credit is kept as a photo item of its own.');
  }
}

// A titled item that holds only a few short paragraphs when a credit comes is a
// titled photo (图片报道 / what it shows / 某某摄): its paragraphs are the caption.
const MAX_TITLED_CAPTION = 200;
function titledPhoto(cur: Item | null): Item | null {
  if (!cur || cur.kind !== 'article' || !cur.title || cur.subtitle || cur.bylines.length > 0 || cur.dateline || cur.caption || cur.body.length < 2) return null;
  if (cur.body.some((p) => p.subhead) || cur.body.reduce((n, p) => n + hanLength(p.text), 0) > MAX_TITLED_CAPTION) return null;
  cur.kind = 'photo';
  cur.caption = { text: cur.body.map((p) => p.text).join('\n'), lines: cur.body.flatMap((p) => p.lines), subhead: false };
  cur.body = [];
  return cur;
}

// A photo takes its caption and, when a short heading stands right above the
// caption (`研学正当时`, `## 六年级学生 迎来毕业季`), that heading as its title:
// from the open item's last subhead, or the open item itself when it holds
// nothing but that heading.
function openPhoto(cur: Item | null, open: (k: Item['kind']) => Item, caption: Para): Item {
  const titleOnly = cur && cur.body.length === 0 && cur.bylines.length === 0 && !cur.subtitle && !cur.dateline && !cur.caption && cur.kind !== 'photo';
  const photo = titleOnly ? cur : open('photo');
  photo.kind = 'photo';
  const heading = !titleOnly ? cur?.body.at(-1) : undefined;
  if (heading?.subhead && heading.lines.at(-1)!.no < caption.lines[0]!.no) {
    cur!.body.pop();
    photo.title = { text: heading.text, lines: heading.lines };
  }
  photo.caption = { ...caption, subhead: false };
  return photo;
}

function placeBody(u: Unit, cur: Item | null, open: (k: Item['kind']) => Item, sink: MessageSink, next: Unit | undefined): void {
  const line = u.lines[0]!;
  if (u.dateline && cur && cur.kind === 'brief' && cur.title && cur.dateline && cur.body.length > 0 && u.gapBefore < ITEM_GAP) {
    // A second dateline under one headline: two reports printed as one item (本报北京1月26日电（记者A）…
    // 本报北京1月26日电（记者B）…). Its text stays as printed, its names join the item's.
    cur.authors.push(...u.dateline.authors);
    pushPara(cur, u, u.text);
    return;
  }
  if (u.dateline) {
    const fresh = cur && cur.kind === 'article' && cur.body.length === 0 && !cur.dateline && !cur.caption && (cur.title !== null || cur.subtitle !== null);
    const it = fresh ? cur! : open('brief');
    it.kind = 'brief';
    it.dateline = { text: u.dateline.text, line, parts: u.dateline.parts };
    it.authors.push(...u.dateline.authors);
    pushPara(it, u, u.dateline.rest);
    return;
  }
  const credited = splitTrailingCredit(u.text);
  const standalone = u.gapBefore >= ITEM_GAP || !cur;
  if (credited && (standalone || SAYS_PICTURED.test(u.text) || cur?.body.at(-1)?.subhead)) {
    const photo = openPhoto(cur, open, paraOf(u, credited.caption));
    photo.credit = { credit: credited.credit, lines: u.lines };
    photo.authors.push(...credited.credit.authors);
    return;
  }
  const alone = !next || next.gapBefore >= ITEM_GAP || (next.kind !== 'body' && next.kind !== 'credit');
  // A paragraph standing alone between gaps that says 图为, or opens with a date
  // (6月3日，…), is the caption of a photo printed without a credit; one that does
  // both is a caption wherever it stands (a photo set among an article's columns),
  // unless its credit follows, which makes the photo when it comes.
  const dated = OPENS_WITH_DATE.test(u.text);
  const pictured = SAYS_PICTURED.test(u.text);
  if ((dated && pictured && next?.kind !== 'credit') || (standalone && alone && (pictured || (u.gapBefore >= ITEM_GAP && dated)))) {
    openPhoto(cur, open, paraOf(u));
    sink.report('info', 'photo-without-credit', { line: line.no }, 'a caption stands alone without a credit; kept as an untitled photo');
    return;
  }
  const target = !cur || (u.gapBefore >= ITEM_GAP && cur.body.length > 0) ? open('fragment') : cur;
  pushPara(target, u, u.text);
}

// A paragraph that ends with `(下转第2版)` carries the jump of its item.
function pushPara(it: Item, u: Unit, text: string): void {
  const jump = splitTrailingJump(text);
  if (jump && jump.jump.direction === 'to' && !it.on) {
    it.on = { jump: jump.jump, line: u.lines.at(-1)! };
    it.body.push({ ...paraOf(u, jump.text), subhead: false });
  } else it.body.push({ ...paraOf(u, text), subhead: false });
}

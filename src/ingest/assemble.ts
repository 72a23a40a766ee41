import type { Label } from '../schema/page.ts';
import { isMarkedSubhead } from './classify.ts';
import { ContentsList } from './contents.ts';
import { setHeadline } from './headline.ts';
import { newItem, paraOf, type Item } from './item.ts';
import { continuesHead, headRun, isCutParagraph, isTitle, isTitleUnderKicker, isUnlistedHeading, hasHeadlineShape, ITEM_GAP, LEADS_ON, OPENS_BODY } from './head-rules.ts';
import { splitTrailingCredit, splitTrailingJump } from './markers.ts';
import type { MessageSink } from './messages.ts';
import type { PageText } from './page-text.ts';
import { PARAGRAPH_LAYOUT, type PageLayout } from './page-layout.ts';
import { attachCredit, looksLikeCaption, OPENS_WITH_DATE, openPhoto, SAYS_PICTURED } from './photos.ts';
import { endsSentence, hanLength } from './sentence.ts';
import type { Unit } from './units.ts';

/**
 * First pass over a page: units in printed order become items. Heads (title,
 * subtitle, byline, dateline) open items; body, subheads and credits attach to
 * the open item. Reading order across columns is repaired in later passes.
 */
export function assembleItems(units: Unit[], page: PageText, sink: MessageSink, layout: PageLayout = PARAGRAPH_LAYOUT): { items: Item[]; labels: Label[] } {
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

  const contents = new ContentsList();
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
        if (role === 'contents') contents.add(u.text);
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
        resume = null;
        // A label between a head and its byline (`# 标题` / `### 机关党建` / `■ 记者 …`) is that
        // item's own: it files the item and not the items printed after it. A label standing
        // between items names the items printed under it, until the next label.
        if (cur && cur.body.length === 0 && !cur.caption) cur.section = u.label;
        else {
          section = u.label;
          cur = null;
        }
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
          !isCutParagraph(next, after, page) &&
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
        if (!layout.elementLines && isCutParagraph(u, next, page)) {
          placeBody({ ...u, kind: 'body' }, cur, open, sink, next);
          break;
        }
        // A line ending with —— inside a body leads into what follows it (提案建议…举措—— / ——如何…):
        // a kicker would stand over a headline.
        if (cur && cur.body.length > 0 && u.lines.length === 1 && LEADS_ON.test(u.text) && next?.kind !== 'heading' && next?.gapBefore !== undefined && next.gapBefore < ITEM_GAP) {
          placeBody({ ...u, kind: 'body' }, cur, open, sink, next);
          break;
        }
        // Under a title the page's table of contents lists, a heading it does not list is a subhead.
        if (cur && isUnlistedHeading(cur, u, next, contents)) {
          cur.body.push(paraOf(u));
          break;
        }
        if (head?.item === cur && cur && isTitleUnderKicker(cur, u, next)) {
          cur.kicker = cur.title;
          cur.title = { text: u.text, lines: u.lines };
          head = { item: cur, unit: u };
          break;
        }
        if (creditedItem && creditedItem === cur && cur.body.length > 0 && OPENS_BODY.has(next?.kind ?? 'label') && next!.gapBefore < ITEM_GAP && !isMarkedSubhead(u.text)) {
          setHeadline(open('article'), u, next!.gapBefore);
          head = { item: cur, unit: u };
          // A byline printed before this headline is its own (kept, or its text would be lost).
          if (pendingByline) cur.bylines.push(pendingByline);
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
        } else if (pendingByline || (layout.indentedParagraphs && u.kind === 'heading') || isTitle(u, next, units[i - 1] ?? null, cur, false) || opensUnderLabel(u, units[i - 1], cur, next)) {
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
        if (cur && (cur).kind === 'photo') closePhoto();
        break;
    }
  }
  return { items, labels };
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

const MAX_INLINE_CAPTION = 100;

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
    const it = fresh ? cur : open('brief');
    it.kind = 'brief';
    it.dateline = { text: u.dateline.text, line, parts: u.dateline.parts };
    it.authors.push(...u.dateline.authors);
    pushPara(it, u, u.dateline.rest);
    return;
  }
  const credited = splitTrailingCredit(u.text);
  const standalone = u.gapBefore >= ITEM_GAP || !cur;
  // A short paragraph that ends in a photographer's credit is a photo's caption
  // wherever it stands (web pages set the photo between an article's paragraphs).
  const shortCaption = credited !== null && credited.credit.authors.length > 0 && hanLength(credited.caption) <= MAX_INLINE_CAPTION;
  if (credited && (standalone || shortCaption || SAYS_PICTURED.test(u.text) || cur?.body.at(-1)?.subhead)) {
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

// Right under a section label no item is open: a subhead-shaped line with text
// under it (the first letter under 建议) is an item's title, not a subhead of nothing.
function opensUnderLabel(u: Unit, before: Unit | undefined, cur: Item | null, next: Unit | undefined): boolean {
  return u.kind === 'subhead' && cur === null && before?.kind === 'label' && OPENS_BODY.has(next?.kind ?? 'label');
}

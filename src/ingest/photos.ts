import type { Item, Para } from './item.ts';
import { splitTrailingCredit } from './markers.ts';
import type { MessageSink } from './messages.ts';
import { hanLength } from './sentence.ts';
import type { Unit } from './units.ts';

// How the assemble stage makes photo items: a caption and its credit, a titled
// photo, the headline printed over a caption.

// Captions say what the photo shows (图为…, 圖為… on Traditional pages) and often
// open with the day it was taken.
export const SAYS_PICTURED = /[图圖][为為]/u;
export const OPENS_WITH_DATE = /^\d{1,2}月\d{1,2}日/u;
// A caption that names its photo first (图①：…, 图2：…, 上图：…, 图为…) is that photo's
// alone, even right under an article's text: one of the page's photo captions.
const NAMES_ITS_PHOTO = new RegExp(`^(?:[图圖][①-⑳0-9０-９一二三四五六七八九十]{1,2}\\s*[:：]|[上下左右中][图圖]\\s*[:：]|${SAYS_PICTURED.source})`, 'u');

/** True when a paragraph reads as a photo's caption: it says 图为, opens with a day, or ends in a credit. */
export function looksLikeCaption(text: string): boolean {
  return SAYS_PICTURED.test(text) || OPENS_WITH_DATE.test(text) || splitTrailingCredit(text) !== null;
}

/** Gives a photo credit to the photo it stands under, making that photo from the caption above when none is open. */
export function attachCredit(u: Unit, cur: Item | null, open: (k: Item['kind']) => Item, sink: MessageSink): void {
  const last = cur?.body.at(-1);
  // A photo opened by its marker (附图片) and holding its caption takes the credit under it.
  const waiting = cur?.kind === 'photo' && cur.caption && !cur.credit ? cur : null;
  const captionOnly = last && !last.subhead && NAMES_ITS_PHOTO.test(last.text);
  const photo = waiting ?? (captionOnly ? null : titledPhoto(cur)) ?? (last && !last.subhead ? openPhoto(cur, open, popCaption(cur!)) : open('photo'));
  photo.credit = { credit: u.credit!, lines: u.lines };
  photo.authors.push(...u.credit!.authors);
  if (!photo.caption) {
    sink.report('warning', 'credit-without-caption', { line: u.lines[0]!.no }, `photo credit "${u.text}" has no caption before it`, 'The credit is kept as a photo item of its own.');
  }
}

// Where a blank line stands between paragraphs, the lines printed together right
// above a credit are one caption (胡某于5月20日回到北京。/ 赵某等到机场迎接。), not
// the item's last paragraph and a caption of one line.
const MAX_CAPTION_LINES = 3;
function popCaption(cur: Item): Para {
  const body = cur.body;
  let k = body.length - 1;
  const touches = (a: Para, b: Para) => a.lines.at(-1)!.no + 1 === b.lines[0]!.no;
  while (k > 0 && body.length - k < MAX_CAPTION_LINES && !body[k - 1]!.subhead && touches(body[k - 1]!, body[k]!)) k--;
  // Only where paragraphs stand apart: the paragraph above the block must be a blank line away.
  if (k === 0 || touches(body[k - 1]!, body[k]!)) k = body.length - 1;
  const block = body.splice(k);
  return block.length === 1 ? block[0]! : { text: block.map((p) => p.text).join('\n'), lines: block.flatMap((p) => p.lines), subhead: false };
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
export function openPhoto(cur: Item | null, open: (k: Item['kind']) => Item, caption: Para): Item {
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

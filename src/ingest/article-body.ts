import type { Author } from '../schema/author.ts';
import type { DatelineParts } from '../schema/entry.ts';
import { isMarkedSubhead } from './classify.ts';
import type { Line } from './lines.ts';
import { readTrailer } from './credits.ts';
import { readFurniture } from './furniture.ts';
import { readCredit, readDateline, readJump, splitTrailingCredit, splitTrailingJump, type Jump } from './markers.ts';
import { endsLikeProse } from './sentence.ts';

/** A paragraph of an article file (or a subhead), with the lines it stands on. */
export interface Block {
  text: string;
  lines: Line[];
  subhead: boolean;
}

/** The body of an article file read into the entry's fields. */
export interface ArticleBody {
  dateline: { text: string; parts: DatelineParts } | null;
  paragraphs: Block[];
  caption: string | null;
  credit: string | null;
  /** Credits printed after the body (`（新华社北京1月4日电  记者任卫东、姜伟超）`, `（本报华盛顿电）`): byline lines. */
  trailing: string[];
  authorNote: string | null;
  /** Names from the dateline, the credits after the body and photo credits. */
  authors: Author[];
  photo: boolean;
  /** Box labels (`核心阅读`, `编者按`): furniture of the article; the box's text opens the body. */
  boxes: Block[];
  /** `（上接第1版）` on a line of its own before the body, and `（下转第2版）` after it or at the end of its last paragraph. */
  from: Jump | null;
  on: Jump | null;
}

// Paragraphs a box (核心阅读, 编者按) may hold before the article's dateline.
const BOX_PARAGRAPHS = 3;

/**
 * Reads an article file's body: the dateline opening the first paragraph, the
 * photo credit, author note and bracketed credits at its end, and whether the
 * file is a photo (a credit and a caption, with little else). Every block's text
 * ends up in exactly one field.
 */
export function readArticleBody(blocks: Block[]): ArticleBody {
  const isBox = (b: Block) => !b.subhead && readFurniture(b.text)?.role === 'box';
  const paras = blocks.filter((b) => !isBox(b));
  const body: ArticleBody = {
    dateline: null,
    paragraphs: paras,
    caption: null,
    credit: null,
    trailing: [],
    authorNote: null,
    authors: [],
    photo: false,
    boxes: blocks.filter(isBox),
    from: null,
    on: null,
  };
  // Jumps first: a piece continued from another page opens with its marker, one continued on another ends with it.
  const opening = paras[0] && readJump(paras[0].text);
  if (opening?.direction === 'from') {
    body.from = opening;
    paras.shift();
  }
  const closing = paras.at(-1) && readJump(paras.at(-1)!.text);
  if (closing?.direction === 'to') {
    body.on = closing;
    paras.pop();
  } else if (paras.at(-1) && !paras.at(-1)!.subhead) {
    const cut = splitTrailingJump(paras.at(-1)!.text);
    if (cut?.jump.direction === 'to') {
      body.on = cut.jump;
      paras[paras.length - 1] = { ...paras.at(-1)!, text: cut.text };
    }
  }
  // From the end: what is printed after the body, in any order. Notes (数据来源：…,
  // （摘编自…）) stay paragraphs, in their place, and the lines above them are read on.
  const tail: string[] = [];
  const notes: Block[] = [];
  for (let last = paras.at(-1); last && !last.subhead; last = paras.at(-1)) {
    const photo = body.credit === null ? readPhotoCredit(last.text) : null;
    const trailer = photo ? null : readTrailer(last.text);
    if (photo) {
      body.credit = last.text;
      body.authors.unshift(...photo);
    } else if (trailer?.kind === 'author-note' && body.authorNote === null) body.authorNote = last.text;
    else if (trailer?.kind === 'note') notes.unshift(last);
    else if (trailer?.kind === 'credit-list') {
      tail.unshift(last.text);
      body.authors.unshift(...trailer.authors);
    } else break;
    paras.pop();
  }
  paras.push(...notes);
  body.trailing = tail;

  // The dateline opens the first paragraph; under a box (核心阅读), the first after the box's text.
  const opens = paras.flatMap((p, i) => (p.subhead ? [] : [i])).slice(0, body.boxes.length > 0 ? BOX_PARAGRAPHS + 1 : 1);
  const first = opens.find((i) => readDateline(paras[i]!.text) !== null) ?? -1;
  const dateline = first >= 0 ? readDateline(paras[first]!.text) : null;
  if (dateline) {
    body.dateline = { text: dateline.text, parts: dateline.parts };
    body.authors.unshift(...dateline.authors);
    if (dateline.rest.trim() === '') paras.splice(first, 1);
    else paras[first] = { ...paras[first]!, text: dateline.rest.trim() };
  }

  // A credit at the end of the last paragraph (……材料包。张国荣摄) is the photo's.
  const lastPara = paras.at(-1);
  const inline = body.credit === null && lastPara && !lastPara.subhead ? splitTrailingCredit(lastPara.text) : null;
  if (inline && lastPara) {
    paras[paras.length - 1] = { ...lastPara, text: inline.caption };
    body.credit = inline.credit.text;
    body.authors.push(...inline.credit.authors);
  }
  // A credited file with no dateline and a few paragraphs is a photo: its caption
  // is the paragraph that says what it shows (图为…), else the last one.
  const plain = paras.filter((p) => !p.subhead);
  if (body.credit !== null && !body.dateline && plain.length > 0 && plain.length <= 3) {
    const caption = plain.findLast((p) => /[图圖][为為]/u.test(p.text)) ?? plain.at(-1)!;
    body.photo = true;
    body.caption = caption.text;
    paras.splice(paras.indexOf(caption), 1);
  }
  // Credits standing between paragraphs (photos set inside an article) keep their
  // place as paragraphs, and their names count.
  for (const p of paras) if (!p.subhead) body.authors.push(...(readPhotoCredit(p.text) ?? []));
  return body;
}

/** True for a block that reads as a subhead in a plain-text article: marked (一、 ◎ …) and short, without a sentence's end. */
export function isPlainSubhead(text: string): boolean {
  return isMarkedSubhead(text) && text.length <= 30 && !endsLikeProse(text);
}

// A photo credit on its own line (白水平摄（影像中国）, 新华社记者  刘大伟摄): its names.
function readPhotoCredit(text: string): Author[] | null {
  return readCredit(text)?.authors ?? null;
}

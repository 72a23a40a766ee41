import type { Author } from '../schema/author.ts';
import { readTrailer } from './credits.ts';
import { readLeadByline } from './datelines.ts';
import { readFurniture, splitSourceCitation, type Furniture } from './furniture.ts';
import { isIndented, type Line } from './lines.ts';
import { PARAGRAPH_LAYOUT, type PageLayout } from './page-layout.ts';
import { readCredit, readDateline, readJump, type Credit, type Dateline, type Jump } from './markers.ts';
import { parseByline } from './names.ts';
import { endsLikeProse, hanLength } from './sentence.ts';

/**
 * What a line is, judged from its own text: the assemble stage then decides
 * from the neighbours (a `heading` may be a title or a subhead).
 */
export type LineClass =
  | { kind: 'blank' }
  | { kind: 'furniture'; furniture: Furniture }
  | { kind: 'jump'; jump: Jump }
  | { kind: 'label'; label: string }  // `label` is the section's name, without 【】
  | { kind: 'subtitle' }
  | { kind: 'byline'; authors: Author[] }
  | { kind: 'credit'; credit: Credit }
  | { kind: 'credit-list'; authors: Author[]; dateline: Dateline | null }  // names printed after a body: （本报记者A、B）, a letter's signature
  | { kind: 'author-note' }  // （作者为…）
  | { kind: 'subhead' }
  | { kind: 'heading' }
  | { kind: 'body'; dateline: Dateline | null };

// Subheads marked as such: ◎ bullets, 处方一： / 第一招： / 第一， numbering, 一、 and 一是 lists.
const MARKED_SUBHEAD = /^(?:[◎●○◆◇▲△★☆▶►]\s*|(?:处方|第)[一二三四五六七八九十]+[招条点步个]?[：:、，,]|其[一二三四五六七八九十][：:、，,]|[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十]+[)）])/u;
const LABEL = /^【([^【】]{1,16})】$/u;
const MAX_HEADING = 40;
const MAX_BYLINE_LINE = 80;

/** Classifies one line by its text, the markup the scraper left on it, and the page's layout. */
export function classifyLine(line: Line, layout: PageLayout = PARAGRAPH_LAYOUT): LineClass {
  const t = line.text;
  if (t === '') return { kind: 'blank' };

  const furniture = line.furniture ?? readFurniture(t);
  if (furniture) return { kind: 'furniture', furniture };

  const jump = readJump(t);
  if (jump) return { kind: 'jump', jump };

  const label = LABEL.exec(t);
  // 【記者X／台北報導】 is a byline in brackets, not a section's name.
  if (label && !parseByline(label[1]!)) return { kind: 'label', label: label[1]! };
  if (line.heading >= 3 && hanLength(t) <= 10 && !/[，。：:]/u.test(t)) return { kind: 'label', label: t };

  if (/^(?:——|--|—)/u.test(t) && t.length <= 100) return { kind: 'subtitle' };

  // An e-paper's byline ends with the paper, day and page it was printed in; the
  // citation makes the line a byline even when it names nobody.
  const cited = splitSourceCitation(t);
  if (cited) return { kind: 'byline', authors: cited.byline === '' ? [] : (parseByline(cited.byline) ?? []) };

  // Lines printed after a body: who wrote it, a note on the author, where it came from.
  const trailer = readTrailer(t);
  if (trailer) return trailer.kind === 'note' ? { kind: 'body', dateline: null } : trailer;

  // Credits and bylines are short lines; long ones need not be tried.
  const credit = t.length <= MAX_HEADING ? readCredit(t) : null;
  if (credit) return { kind: 'credit', credit };

  // A byline's names are short; the paper's citation after them can make the line twice as long.
  if (!line.heading && t.length <= MAX_BYLINE_LINE && !endsLikeProse(t)) {
    const authors = parseByline(t);
    if (authors) return { kind: 'byline', authors };
  }

  const dateline = readDateline(t) ?? readLeadByline(t);
  if (dateline && dateline.rest !== '') return { kind: 'body', dateline };

  if (MARKED_SUBHEAD.test(t) && t.length <= MAX_HEADING && !endsLikeProse(t)) return { kind: 'subhead' };
  // Crawlers' Markdown sets a subhead in bold on a line of its own (`**党建引领 高位推进**`).
  if (line.strong && line.heading === 0 && t.length <= MAX_HEADING) return { kind: 'subhead' };
  // A head set among the paragraphs of one block (wide-space-paragraphs.ts) is a subhead of them.
  if (line.inBlock) return looksLikeHeading(t) ? { kind: 'subhead' } : { kind: 'body', dateline };
  if (layout.indentedParagraphs) return classifyByIndent(line, dateline);
  if (looksLikeHeading(t)) return { kind: 'heading' };
  return { kind: 'body', dateline };
}

// Where paragraphs are indented and headlines are not, the indent tells: an
// indented heading is a subhead inside the body, and an unindented line that
// is not a sentence is a headline line, even one with a comma or two
// (刘士余受到留党察看二年、政务撤职处分).
const MAX_UNINDENTED_HEADING = 60;
function classifyByIndent(line: Line, dateline: Dateline | null): LineClass {
  const t = line.text;
  if (isIndented(line)) return looksLikeHeading(t) ? { kind: 'subhead' } : { kind: 'body', dateline };
  if (t.length <= MAX_UNINDENTED_HEADING && !endsLikeProse(t) && !/[。；;]/u.test(t)) return { kind: 'heading' };
  return { kind: 'body', dateline };
}

// Headlines may end with a question (…這不是矛盾嗎?) where a sentence would end;
// one without a comma is not the tail of a cut sentence, which would have one.
const endsAsQuestion = (t: string) => /[？?]$/u.test(t) && !/[，,、。；;]/u.test(t);

/** True when a line is marked as a subhead (◎, 处方一：, 第一招：, 一、…), not a plain heading. */
export function isMarkedSubhead(text: string): boolean {
  return MARKED_SUBHEAD.test(text);
}

// Headings are short and carry no sentence punctuation inside; a short line with
// a full stop or several commas is the end of a paragraph cut by a column break.
function looksLikeHeading(t: string): boolean {
  if (t.length > MAX_HEADING || (endsLikeProse(t) && !endsAsQuestion(t))) return false;
  if (/[。；;]|[！？!?](?!$)/u.test(t)) return false;
  // A line opening with a phrase of one or two characters (点，市场监督…) is the tail of a cut sentence.
  if (/^[^，,、\s]{1,2}[，,、]/u.test(t)) return false;
  return (t.match(/[，,、]/gu) ?? []).length <= 1;
}

import { splitFurniturePrefix } from './furniture.ts';
import type { Line } from './lines.ts';
import { readDateline } from './markers.ts';
import { parseByline } from './names.ts';

/**
 * Some archives print each item on one line: their prefix, the headline parts,
 * then every paragraph, all separated by spaces (`第5版()专栏: 标题 副题 新华社六日讯
 * …。 …。(附图片) 图为…。 新华社记者 某某摄`). This stage sets the prefix apart as
 * furniture and cuts the rest into lines of their own, one per headline part,
 * paragraph, photo marker and credit, so the later stages read it as they read a
 * page of element lines. The pieces keep their line's number, and their column
 * says where each starts; nothing is added or dropped.
 */
export function splitRunOnLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const split = splitFurniturePrefix(line.text);
    if (!split) {
      out.push(line);
      continue;
    }
    out.push({ ...piece(line, 0, split.prefix.length), furniture: { role: 'item-start', meta: split.meta } });
    out.push(...pieces(line, line.text.length - split.rest.length));
  }
  return out;
}

// Head parts are short and are not sentences; the body starts at a dateline or
// at the first piece that reads as running text.
const MAX_HEAD_PART = 40;
const isSentenceText = (t: string) => /[。；;！？!?，,：:]/u.test(t);
// A report opens with its source: 新华社…, 本报…, 据…, 【…】, （…）.
const OPENS_REPORT = /^(?:新华社|本报|本報|中新社|据|據|【|〔)/u;
// A paragraph ends where a sentence does and a space follows.
const PARAGRAPH_END = /(?<=[。！？!?”」）)])\s+/u;
const PHOTO_MARKER = /\s*([(（]附图片[)）])\s*/u;

function pieces(line: Line, start: number): Line[] {
  const rest = line.text.slice(start);
  const segments = [...rest.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: start + m.index }));
  const head: typeof segments = [];
  let k = 0;
  for (; k < segments.length; k++) {
    const s = segments[k]!;
    if (s.text.length > MAX_HEAD_PART || isSentenceText(s.text) || OPENS_REPORT.test(s.text)) break;
    if (readDateline(rest.slice(s.at - start)) || head.length === 3) break;
    head.push(s);
  }
  // Without a body after it, the line is a headline alone; without a head, all body.
  const out: Line[] = head.map((s) => piece(line, s.at, s.at + s.text.length));
  if (k >= segments.length) return out.length > 0 ? out : [line];
  // A byline may open the body (`本报记者 某某 解决当前…`): a piece of its own.
  const names = bylineRun(segments, k);
  if (names > 0) {
    const last = segments[k + names - 1]!;
    out.push(piece(line, segments[k]!.at, last.at + last.text.length));
    k += names;
    if (k >= segments.length) return out;
  }
  const from = segments[k]!.at;
  const body = line.text.slice(from);
  for (const part of splitParagraphs(body)) {
    const a = from + part.from;
    out.push(piece(line, a, a + part.text.length));
  }
  return out;
}

// The segments from `k` that make a byline: a role word first (本报记者, 新华社记者),
// then names of up to four characters (padded names are split: 黄 娴); 0 for none.
const OPENS_BYLINE = /^(?:本报|本報|新华社|新華社|中新社)?(?:首席|特约|特約|实习|實習|见习|見習)?(?:记者|記者|通讯员|通訊員)/u;
const NAME_PART = /^[\p{Script=Han}·]{1,4}$/u;
const MAX_NAMES = 6;
function bylineRun(segments: { text: string; at: number }[], k: number): number {
  if (!OPENS_BYLINE.test(segments[k]?.text ?? '')) return 0;
  let best = 0;
  let text = '';
  for (let j = 0; k + j < segments.length && j <= MAX_NAMES; j++) {
    const s = segments[k + j]!;
    if (j > 0 && !NAME_PART.test(s.text)) break;
    text += (j > 0 ? ' ' : '') + s.text;
    const authors = parseByline(text);
    if (authors && authors.length > 0) best = j + 1;
  }
  return best;
}

// Paragraphs at sentence ends followed by a space; a photo marker and the
// caption after it, and a credit at the very end, each a piece of their own.
function splitParagraphs(text: string): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  let at = 0;
  const push = (from: number, to: number) => {
    const t = text.slice(from, to).trim();
    if (t !== '') out.push({ text: t, from: from + text.slice(from, to).indexOf(t) });
  };
  for (const m of text.matchAll(new RegExp(`${PARAGRAPH_END.source}|${PHOTO_MARKER.source}`, 'gu'))) {
    const marker = m[1];
    if (marker) {
      push(at, m.index);
      const mAt = m.index + m[0].indexOf(marker);
      push(mAt, mAt + marker.length);
      at = mAt + marker.length;
    } else {
      push(at, m.index);
      at = m.index + m[0].length;
    }
  }
  push(at, text.length);
  return splitTrailingCredits(out);
}

// `…交谈。 新华社记者 张彬摄` : the credit, after the caption's last sentence, is
// split off at its last space-separated run that ends in 摄.
function splitTrailingCredits(parts: { text: string; from: number }[]): { text: string; from: number }[] {
  return parts.flatMap((p) => {
    const m = /(?<=[。！？”])\s*((?:[\p{Script=Han}]{2,6}\s+)?[\p{Script=Han}\s]{2,12}[摄攝])$/u.exec(p.text);
    if (!m || m.index === 0) return [p];
    const credit = m[1]!;
    const at = p.text.length - credit.length;
    return [{ text: p.text.slice(0, m.index), from: p.from }, { text: credit, from: p.from + at }];
  });
}

/**
 * A piece is a line of its own: the same number, the text it holds, and its
 * column in the line as decoded; `element` tells later stages it stands alone.
 */
export function piece(line: Line, from: number, to: number): Line {
  return { ...line, text: line.text.slice(from, to), column: line.column + from, heading: 0, bullet: false, quote: false, strong: false, element: true };
}

import type { Line } from './lines.ts';
import { piece } from './run-on-line.ts';

/**
 * Some e-paper sites set an article's paragraphs in one block, each opened by a
 * wide indent (three spaces, two ideographic spaces) instead of a line break, and
 * a scraper saves the block as one line: `…内在要求。   我国幅员辽阔…。   找准定位，
 * 更好发挥战略叠加效应   战略叠加效应如何释放？…`. This stage cuts such a line at
 * each wide indent into lines of their own: the paragraphs, and the subheads set
 * between them (one of two phrases keeps its inner space: `以技术为核心　　打造…`).
 * The pieces keep their line's number; nothing is added or dropped.
 */
export function splitWideSpaceParagraphs(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const spans = line.element || line.furniture || line.text.length < MIN_BLOCK ? [] : blockSpans(line.text);
    if (spans.length === 0) out.push(line);
    else for (const { from, to } of spans) out.push({ ...piece(line, from, to), inBlock: true });
  }
  return out;
}

// A block holds a few paragraphs: shorter lines are a paragraph or a head, whose
// wide spaces separate names (`本报记者  李增辉  任筱霞`) or headline parts.
const MIN_BLOCK = 120;
// Three pieces at least, one of them ending a sentence: a line with one wide
// space is a paragraph with a gap in it, not a block.
const MIN_PIECES = 3;
const WIDE_INDENT = /(?:[ \u00a0]{3,}|\u3000{2,})(?=\S)/gu;
const SENTENCE_END = /[。！？!?…”」』]$/u;

/** The pieces of a block, from and to in the line; none when the line is no block. */
function blockSpans(text: string): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(WIDE_INDENT)) {
    if (m.index === 0) continue;
    spans.push({ from, to: m.index });
    from = m.index + m[0].length;
  }
  spans.push({ from, to: text.length });
  if (spans.length < MIN_PIECES || !spans.some((s) => SENTENCE_END.test(text.slice(s.from, s.to)))) return [];
  // Two heads in a row are one subhead of two phrases, set apart by the same wide space.
  const joined: { from: number; to: number }[] = [];
  for (const s of spans) {
    const last = joined.at(-1);
    if (last && isHead(text.slice(last.from, last.to)) && isHead(text.slice(s.from, s.to))) last.to = s.to;
    else joined.push({ ...s });
  }
  return joined;
}

// A head is short and no sentence (it may end in a quotation: 打造…“新基建”).
const MAX_HEAD = 40;
const isHead = (t: string) => t.length <= MAX_HEAD && !/[。；;！？!?…]/u.test(t);

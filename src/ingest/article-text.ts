import { blockOf, type ArticleParts } from './article-parts.ts';
import { isPlainSubhead } from './article-body.ts';
import type { Line } from './lines.ts';

// Head lines above the first indented paragraph: 引题, 主题, 副题, each on its line.
const HEAD_LINES = 3;

/**
 * Splits a plain-text article file: the lines above the first indented
 * paragraph are its head, by position (three lines: 引题 / 主题 / 副题, any of
 * them empty but the title; two: 主题 / 副题; one: 主题), and every line below
 * is a paragraph. A file with no indented line has its first line for a title.
 */
export function splitTextArticle(lines: Line[]): ArticleParts {
  const indented = lines.findIndex((l) => l.text !== '' && l.column > 1);
  if (indented < 0) {
    const first = lines.findIndex((l) => l.text !== '');
    return { ...EMPTY, title: first < 0 ? null : blockOf([lines[first]!]), body: paragraphs(lines.slice(first + 1)) };
  }
  const head = lines.slice(0, Math.min(indented, HEAD_LINES));
  const at = (i: number) => (head[i] && head[i].text !== '' ? blockOf([head[i]]) : null);
  const [printedKicker, printedTitle, subtitle] = head.length === 3 ? [at(0), at(1), at(2)] : head.length === 2 ? [null, at(0), at(1)] : [null, at(0), null];
  // A head with its title line empty and a line above it: that line is the title.
  const [kicker, title] = !printedTitle && printedKicker ? [null, printedKicker] : [printedKicker, printedTitle];
  return { ...EMPTY, kicker, title, subtitle, body: paragraphs(lines.slice(head.length)) };
}

const EMPTY: ArticleParts = { kicker: null, title: null, subtitle: null, series: null, byline: null, body: [], frontMatter: null };

function paragraphs(lines: Line[]) {
  return lines.filter((l) => l.text !== '').map((l) => blockOf([l], isPlainSubhead(l.text)));
}

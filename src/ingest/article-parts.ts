import type { LineRange } from '../schema/source.ts';
import type { Block } from './article-body.ts';

/** An article file split into its head (引题, 主题, 副题, series and byline lines) and body, before the body is read. */
export interface ArticleParts {
  kicker: Block | null;
  title: Block | null;
  subtitle: Block | null;
  /** A series line (`系列：…`) under the title. */
  series: Block | null;
  /** The byline line, with or without names (`石  羚《人民日报》（2025年04月11日第 05 版）`). */
  byline: Block | null;
  body: Block[];
  /** The front matter's lines and what it holds (null when its YAML could not be read). */
  frontMatter: { lines: LineRange; data: Record<string, unknown> | null; error: string | null } | null;
}

/** A block of one or more lines, its text the lines' printed text joined. */
export function blockOf(lines: Block['lines'], subhead = false): Block {
  return { text: lines.map((l) => l.text).join(''), lines, subhead };
}

import { z } from 'zod';
import { LineRangeSchema } from './source.ts';

/**
 * One article file a page was made of, and where its lines sit in the page's
 * `lines`. A page made of article files (one file per article, as some crawlers
 * save them) holds its files' lines one after another, in file order, so the
 * page view shows every raw line and an entry's line ranges point into the page
 * as they do for a page file.
 */
export const PageFileSchema = z.object({
  /** Path relative to the input folder, with `/` separators. */
  file: z.string().min(1),
  /** The page line (1-based) holding the file's first line: file line n is page line firstLine + n - 1. */
  firstLine: z.number().int().min(1),
  lineCount: z.number().int().min(0),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']).nullable(),
  /**
   * Page lines of the file's YAML front matter, `---` to `---`: metadata the crawler
   * wrote (title, date, section …), not printed text, so the coverage check leaves
   * them out. Null when the file has none.
   */
  frontMatter: LineRangeSchema.nullable(),
});

export type PageFile = z.infer<typeof PageFileSchema>;

/**
 * Where a line of a page stands in the input: the file holding it and its line
 * number there. For a page file that is the page's own file and line; for a page
 * made of article files, the article file that holds the line.
 */
export function fileLineOf(page: { file: string; files: readonly PageFile[] }, line: number): { file: string; line: number } {
  const f = page.files.findLast((x) => x.firstLine <= line);
  return f ? { file: f.file, line: line - f.firstLine + 1 } : { file: page.file, line };
}

/** The page line showing line `line` of `file`: the inverse of `fileLineOf` (a page file's lines are its own). */
export function pageLineOf(page: { files: readonly PageFile[] }, file: string, line: number): number {
  const f = page.files.find((x) => x.file === file);
  return f ? f.firstLine + line - 1 : line;
}

import type { Author } from '../schema/author.ts';
import { splitSourceCitation } from './furniture.ts';
import { parseByline } from './names.ts';

/** What a byline line with the paper's citation says: `石  羚《人民日报》（2025年04月11日第 05 版）`. */
export interface CitedByline {
  /** The names before the citation, read into authors (none for `《人民日报》（…）` alone). */
  authors: Author[];
  /** The names as printed, or '' when the line names nobody. */
  names: string;
  /** The e-paper's citation as printed, `《人民日报》（2025年04月11日第 05 版）`: furniture, not the byline. */
  citation: string;
  paper: string | null;
  date: string | null;
  page: number | null;
}

/** Reads a byline line that ends with the paper's citation; null for any other line. */
export function readCitedByline(text: string): CitedByline | null {
  const cited = splitSourceCitation(text);
  if (!cited) return null;
  const names = cited.byline.trim();
  return {
    authors: names ? (parseByline(names) ?? []) : [],
    names,
    citation: cited.citation,
    paper: cited.meta.paper ?? null,
    date: cited.meta.date ?? null,
    page: cited.meta.page ?? null,
  };
}

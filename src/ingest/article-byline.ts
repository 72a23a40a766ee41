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
    authors: names ? (readNames(names) ?? []) : [],
    names,
    citation: cited.citation,
    paper: cited.meta.paper ?? null,
    date: cited.meta.date ?? null,
    page: cited.meta.page ?? null,
  };
}

/**
 * Reads names as bylines print them, where a two-character name is set with
 * spaces inside to fill the width of a three-character one (`常  钦` is 常钦,
 * `本报记者  李增辉  吴  月` is 李增辉 and 吴月): single characters standing
 * between spaces are joined to the one after them first.
 */
export function readNames(text: string): Author[] | null {
  return parseByline(squeezeNames(text));
}

/** Joins the characters of a name printed with spaces inside (`吴  月` → `吴月`), leaving spaces between names. */
export function squeezeNames(text: string): string {
  const tokens = text.trim().split(/[\s\u3000]+/u);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (/^\p{Script=Han}$/u.test(t) && next !== undefined && /^\p{Script=Han}{1,2}$/u.test(next)) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out.join(' ');
}

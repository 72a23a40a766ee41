import type { Author } from '../schema/author.ts';
import { readNumber } from './markers.ts';
import { parseByline } from './names.ts';

/** What a byline line with the paper's citation says: `石  羚《人民日报》（2025年04月11日第 05 版）`. */
export interface CitedByline {
  /** The names before the citation, read into authors (none for `《人民日报》（…）` alone). */
  authors: Author[];
  /** The names as printed, or '' when the line names nobody. */
  names: string;
  paper: string;
  date: string | null;
  page: number | null;
}

// The e-paper's citation after the names: 《报名》（YYYY年MM月DD日第 NN 版）, spaces as the site prints them.
const CITATION = /《([^《》]{1,20})》\s*[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:第\s*([0-9０-９一二三四五六七八九十]{1,3})\s*版)?\s*[)）]\s*$/u;

/** Reads a byline line that ends with the paper's citation; null for any other line. */
export function readCitedByline(text: string): CitedByline | null {
  const m = CITATION.exec(text);
  if (!m) return null;
  const names = text.slice(0, m.index).trim();
  const date = `${m[2]}-${m[3]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}`;
  return {
    authors: names ? (readNames(names) ?? []) : [],
    names,
    paper: m[1]!,
    date,
    page: m[5] ? readNumber(m[5]) : null,
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

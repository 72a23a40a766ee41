// RIS and BibTeX records of one item, for reference managers that import files
// (EndNote, Zotero, JabRef, LaTeX). The article page offers them as data: URLs, so
// the archive holds no extra file per item; the search page builds them in the
// browser for the results it shows (search/browser/result-export.ts).
import { citedAuthors, referenceTitle, type Citable } from './citation-meta.ts';

/** Where an item was printed, beyond the entry: the page name of its page, if known. */
export interface ReferencePlace {
  pageName: string | null;
}

// RIS is one tag per line: a line break inside a value would start a new tag.
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** An RIS record (type NEWS), lines ended by CRLF as the format wants. */
export function risRecord(e: Citable, shownTitle: string, url: string, place: ReferencePlace): string {
  const lines: [string, string | null][] = [
    ['TY', 'NEWS'],
    ['TI', referenceTitle(e, shownTitle)],
    ...citedAuthors(e).map((n): [string, string] => ['AU', n]),
    ['T2', e.paper],
    ['PY', e.date?.slice(0, 4) ?? null],
    ['DA', e.date ? `${e.date.replaceAll('-', '/')}/` : null],
    ['SP', e.page !== null ? String(e.page) : null],
    ['SE', place.pageName],
    ['LA', e.lang],
    ['UR', url],
  ];
  const body = lines.filter((l): l is [string, string] => l[1] !== null).map(([tag, v]) => `${tag}  - ${oneLine(v)}`);
  return [...body, 'ER  - ', ''].join('\r\n');
}

// What TeX would read as markup, written so it prints as itself.
const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const tex = (s: string) => oneLine(s).replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIAL[c]!);

/**
 * A BibTeX record (`@article`, `entrysubtype = {newspaper}` for biblatex), keyed by
 * the entry id. Each name is braced, so BibTeX keeps a Chinese name whole instead
 * of splitting it into given and family names.
 */
export function bibtexRecord(e: Citable, shownTitle: string, url: string): string {
  const authors = citedAuthors(e);
  const fields: [string, string | null][] = [
    ['author', authors.length ? authors.map((n) => `{${tex(n)}}`).join(' and ') : null],
    ['title', tex(referenceTitle(e, shownTitle))],
    ['journal', e.paper && tex(e.paper)],
    ['entrysubtype', 'newspaper'],
    ['date', e.date],
    ['year', e.date?.slice(0, 4) ?? null],
    ['pages', e.page !== null ? String(e.page) : null],
    ['url', url],
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== null).map(([k, v]) => `  ${k} = {${v}},`);
  return [`@article{${e.id},`, ...body, '}', ''].join('\n');
}

/** A data: URL holding `text` as UTF-8, for a download link that needs no file of its own. */
export function dataUrl(text: string, mime: string): string {
  return `data:${mime};charset=utf-8;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
}

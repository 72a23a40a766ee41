// The build check: after Astro has written the site, every entry must have its
// article page, showing its own headline and opening words, and every page
// record its page view; nothing else may be there (a page of an entry that is
// gone). Files are read one at a time, only up to the end of the <article>
// element, and searched as bytes: only the <article> tag and the headline are
// decoded, so 50,000 pages take seconds.
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { PageSummary } from '../schema/summary.ts';
import type { Listed } from '../schema/summary.ts';
import { leadOf } from './format.ts';
import { displayTitle } from '../text/labels.ts';

/** How many characters of an entry's opening words its page must show. */
const OPENING = 24;
const ARTICLE_END = Buffer.from('</article>');

/**
 * What is wrong with the built site `dist` given the entries and pages it was built from; empty when nothing is.
 * With `contents` false only which views are there is checked, not what they show: for a site merged
 * from parts whose views were each checked by the build that rendered them (scripts/build-parts.ts).
 */
export function checkDist(dist: string, entries: readonly Listed[], pages: readonly Pick<PageSummary, 'id' | 'file'>[], { contents = true } = {}): string[] {
  const problems: string[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  // Paths as the routes make them (src/site/urls.ts: article/<id>/, page/<id>/, as directories).
  for (const e of entries) {
    const file = join(dist, 'article', e.id, 'index.html');
    if (!existsSync(file)) {
      problems.push(`article/${e.id}/index.html is missing: entry ${e.id} (from ${e.source.file}) has no page.`);
      continue;
    }
    if (!contents) continue;
    const continues = e.continuedFrom?.id ? byId.get(e.continuedFrom.id) : undefined;
    const wrong = checkArticle(readArticleElement(file), e, displayTitle(e, continues));
    if (wrong) problems.push(`article/${e.id}/index.html ${wrong}`);
  }
  for (const p of pages) {
    if (!existsSync(join(dist, 'page', p.id, 'index.html'))) problems.push(`page/${p.id}/index.html is missing: the page from ${p.file} has no page view.`);
  }
  const articleViews = listViews(dist, 'article');
  const pageViews = listViews(dist, 'page');
  if (articleViews.length !== entries.length || pageViews.length !== pages.length) {
    problems.unshift(`the site has ${articleViews.length} article pages for ${entries.length} entries, and ${pageViews.length} page views for ${pages.length} page records.`);
  }
  // Not push(...list): a list of a few hundred thousand stale views would overflow the call stack.
  return problems.concat(unknown(articleViews, 'article', new Set(byId.keys()), 'entry'), unknown(pageViews, 'page', new Set(pages.map((p) => p.id)), 'page record'));
}

/**
 * What is wrong with an article page (read up to its </article>) for entry `e`, or null. Only the
 * tag, the headline and the opening words are decoded or searched.
 */
function checkArticle(html: Buffer | null, e: Listed, title: string): string | null {
  const open = html ? html.indexOf('<article') : -1;
  if (!html || open < 0) return 'has no <article> element.';
  const tagEnd = html.indexOf('>', open);
  const shown = /\bdata-entry="([^"]*)"/.exec(html.toString('utf8', open, tagEnd))?.[1];
  if (shown !== e.id) return shown ? `shows entry ${shown}, not ${e.id}.` : 'does not say which entry it shows (no data-entry on <article>).';
  const h1 = html.indexOf('>', html.indexOf('<h1', tagEnd));
  const h1End = h1 < 0 ? -1 : html.indexOf('</h1>', h1);
  if (h1End < 0) return 'has no headline (<h1>).';
  const headline = textOf(html.toString('utf8', h1 + 1, h1End));
  if (letters(headline) !== letters(title)) return `shows the headline “${headline}”, but the entry's title is “${title}”.`;
  const words = openingWords(e);
  if (words && html.indexOf(words, h1End) < 0) return `does not show the entry's opening words “${words}”.`;
  return null;
}

/**
 * Up to OPENING characters of the start of an entry's text (its caption or first
 * body paragraph, as the site leads with it) that any page showing it prints
 * as they are: the longest run near the start without spaces, control or format
 * characters (the site leaves those out of HTML) or characters HTML escapes.
 */
function openingWords(e: Listed): string {
  const start = Array.from(leadOf(e, Infinity)).slice(0, OPENING * 2).join('');
  const runs = start.split(/[\s\p{C}&<>"']+/u).sort((a, b) => b.length - a.length);
  return Array.from(runs[0] ?? '').slice(0, OPENING).join('');
}

/** The views in `dist/<folder>/`, by name. */
function listViews(dist: string, folder: string): string[] {
  const dir = join(dist, folder);
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Views that belong to no record: left by an earlier build, or made from other data. */
function unknown(views: readonly string[], folder: string, ids: ReadonlySet<string>, what: string): string[] {
  return views.filter((name) => !ids.has(name)).map((name) => `${folder}/${name}/ is in the site, but no ${what} has the id ${name}.`);
}

// Letters and digits only: how the site sets spaces, punctuation and control
// characters (which it leaves out of HTML) does not make a page look like another's.
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment: tags left out, character references decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_, ref: string) => decodeReference(ref));
}

function decodeReference(ref: string): string {
  if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? '';
  const hex = ref[1] === 'x' || ref[1] === 'X';
  const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** The start of an HTML file up to the end of its first </article>; null when it has none. */
function readArticleElement(file: string): Buffer | null {
  // A buffer per file costs little next to reading the file, and no result depends on the next call.
  let buffer = Buffer.allocUnsafe(64 * 1024);
  const fd = openSync(file, 'r');
  let length = 0;
  let end = -1;
  try {
    while (end < 0) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      const from = Math.max(0, length - ARTICLE_END.length);
      length += n;
      end = buffer.subarray(0, length).indexOf(ARTICLE_END, from);
    }
  } finally {
    closeSync(fd);
  }
  return end < 0 ? null : buffer.subarray(0, end + ARTICLE_END.length);
}

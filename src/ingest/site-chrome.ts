import { readFurniture } from './furniture.ts';
import type { Line } from './lines.ts';

/**
 * A page saved from a web site starts with the site's chrome: menus, links, the
 * day's date, a font-size switch (`• 时政`, `新聞  部落格  NBA台灣`, `字體: 放大 還原
 * 縮小`), many short lines before the article's first paragraph. A printed page
 * has at most a headline's three lines and a byline there. Where more stand
 * above the first paragraph, only the head right above it is read as the
 * article's: up to three headline lines and a byline, up to the first line that
 * is furniture, a site's field (`字體: …`, `a | b`), or a line that comes again on
 * the page (a section name shown in the menu and over the article). The rest is
 * marked as site furniture. Below the article such a page has its footer: from
 * the first run of three short lines after the article's text (`昔日新聞` /
 * `今日推薦` / `友情鏈接`), every line is the site's too.
 */
export function markSiteChrome(lines: Line[]): Line[] {
  const first = lines.findIndex((l) => !l.furniture && isProse(l.text));
  if (first < 0) return lines;
  // Lines the scraper marked as a heading, quote or byline are the article's head, not a site's.
  const above = lines.slice(0, first).filter((l) => l.text !== '' && !l.furniture && l.heading === 0 && !l.quote && !l.bullet);
  if (above.length < MIN_CHROME) return lines;
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l.text, (seen.get(l.text) ?? 0) + 1);
  let head = first;
  let kept = 0;
  for (let i = first - 1; i >= 0 && kept < MAX_HEAD; i--) {
    const l = lines[i]!;
    if (l.text === '') continue;
    if (l.furniture || readFurniture(l.text) || SITE_FIELD.test(l.text) || (seen.get(l.text) ?? 0) > 1) break;
    head = i;
    kept++;
  }
  const foot = footerStart(lines, first);
  const isChrome = (i: number) => i < head || i >= foot;
  // A header line among the chrome (`當前報章2022年09月23日`) keeps what it says of the page.
  return lines.map((l, i) => (isChrome(i) && l.text !== '' && !l.furniture ? { ...l, furniture: readFurniture(l.text) ?? { role: 'site', meta: {} } } : l));
}

// The first of three short lines in a row after the article's first paragraph
// (links, a section list: no article ends on three lines that short); the page's
// length when there is none.
const FOOTER_RUN = 3;
const MAX_FOOTER_LINE = 12;
function footerStart(lines: Line[], first: number): number {
  const short = (l: Line | undefined) => l !== undefined && l.text !== '' && !l.furniture && l.text.length <= MAX_FOOTER_LINE && !isProse(l.text);
  for (let i = first + 1; i + FOOTER_RUN <= lines.length; i++) {
    if (lines.slice(i, i + FOOTER_RUN).every(short)) return i;
  }
  return lines.length;
}

// More non-blank lines than a headline (three) and a byline (two) can fill.
const MIN_CHROME = 6;
const MAX_HEAD = 4;
const isProse = (t: string) => t.length >= 30 || (t.length >= 12 && /[。！？]$/u.test(t));
// A site's field or menu: `字體: 放大`, `訂閱/退訂 | 看歷史報份`, `更多>>`.
const SITE_FIELD = /[:：]\s|\||>>|https?:|@/u;

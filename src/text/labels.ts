// Labels and titles as the site prints them, shared by the site's pages, the search
// index (its documents' headers) and the search results drawn in the browser.
import type { Entry, EntryKind } from '../schema/entry.ts';
import type { Listed } from '../schema/summary.ts';

/** `2024-03-01` as `2024年3月1日`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A page number as printed: `第1版`; unknown pages say so. */
export function pageLabel(page: number | null): string {
  return page === null ? '版次不详' : `第${page}版`;
}

/**
 * A count (a whole number, not negative) with its digits grouped by threes (`12,345`), as
 * `toLocaleString('zh-CN')` prints it. Written out because the first use of Intl on a page
 * readies the locale's data: 40 to 180 ms of the search page's start-up under Lighthouse's
 * 4x CPU slowdown, for a comma.
 */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Where an item was printed, for lists across pages: `江城日报 · 2024年3月1日 · 第1版`, leaving out what is unknown. */
export function placeLine(e: { paper: string | null; date: string | null; page: number | null }): string {
  return [e.paper, e.date && formatDate(e.date), e.page !== null && pageLabel(e.page)].filter(Boolean).join(' · ');
}

/** Chinese names of the entry kinds. */
export const KIND_LABELS: Record<EntryKind, string> = {
  article: '文章',
  brief: '简讯',
  photo: '图片',
  fragment: '片段',
  advertisement: '广告',
};

/** How many characters of an untitled item's text stand in for its title. */
const SUPPLIED_TITLE_LENGTH = 24;

/**
 * A title to show for any entry: its own; for an untitled continued piece, the title of
 * the piece it continues with `（续）`; else its caption or first words in 〔 〕, the mark of a supplied title.
 */
export function displayTitle(e: Listed, continues?: Listed): string {
  if (e.title) return e.title;
  if (continues?.title) return `${continues.title}（续）`;
  const text = 'head' in e ? e.head : (e.caption ?? e.paragraphs[0]);
  if (!text) return `（无题${KIND_LABELS[e.kind]}）`;
  return `〔${truncate(text, SUPPLIED_TITLE_LENGTH)}〕`;
}

/**
 * The column (栏目) line to show with an entry: the series line as printed
 * (`系列：…`); else `栏目：名`, unless the title already prints the column's
 * tag (`…（今日谈）`), which says it. Null when there is nothing to add.
 */
export function columnLine(e: Pick<Entry, 'column' | 'title'>): string | null {
  if (!e.column) return null;
  if (e.column.line) return e.column.line;
  return e.title?.includes(e.column.name) ? null : `栏目：${e.column.name}`;
}

/** Cuts text to `max` characters (code points), adding an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** A subtitle without the dashes it may be printed with (`——副题`), so the site can set its own. */
export function bareSubtitle(s: string): string {
  return s.replace(/^[\s—―─－-]+/u, '');
}

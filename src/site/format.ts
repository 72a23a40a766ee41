import type { AuthorRole } from '../schema/author.ts';
import type { Entry, EntryKind } from '../schema/entry.ts';
import type { EntrySummary } from '../schema/summary.ts';

/** An entry as a list or a view has it: its summary (the site) or the full record (the search index builder). */
export type Listed = Entry | EntrySummary;

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** `2024-03-01` as `2024年3月1日`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The weekday of an ISO date, as printed in a masthead (`星期五`). */
export function weekday(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
}

/** A page number as printed: `第1版`; unknown pages say so. */
export function pageLabel(page: number | null): string {
  return page === null ? '版次不详' : `第${page}版`;
}

/** Chinese names of the entry kinds. */
export const KIND_LABELS: Record<EntryKind, string> = {
  article: '文章',
  brief: '简讯',
  photo: '图片',
  fragment: '片段',
  advertisement: '广告',
};

/**
 * How a role reads before a name. Roles are stored as bylines print them
 * (`特约评论员 张某`, `新华社记者 李某`, `制图 王某`), so a role is its own label;
 * a bare byline has none and reads `署名`.
 */
export function roleLabel(role: AuthorRole | null): string {
  return role ?? '署名';
}

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

/** A subtitle without the dashes it may be printed with (`——副题`), so the site can set its own. */
export function bareSubtitle(s: string): string {
  return s.replace(/^[\s—―─－-]+/u, '');
}

/** A kicker (引题) without the dashes that lead into the title (`奋进新征程——`), for running text such as a feed summary. */
export function bareKicker(s: string): string {
  return s.replace(/[\s—―─－-]+$/u, '');
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

/** The opening words of an entry for lists: caption for photos, else the first body paragraph (of a summary, `max` at most LEAD_CHARS - 1). */
export function leadOf(e: Listed, max = 90): string {
  if ('lead' in e) return truncate(e.lead, max);
  const first = e.paragraphs.find((_, i) => !e.subheads.includes(i));
  return truncate(e.caption ?? first ?? '', max);
}

/** The opening words after the kicker, when there is one (`奋进新征程　今年以来…`): for descriptions and feed summaries. */
export function headedLead(e: Listed, max = 90): string {
  return [e.kicker && bareKicker(e.kicker), leadOf(e, max)].filter(Boolean).join('　');
}

/** Cuts text to `max` characters (code points), adding an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** A count with the Chinese measure word after it, e.g. `1,024 篇`. */
export function count(n: number, unit: string): string {
  return `${n.toLocaleString('zh-CN')} ${unit}`;
}

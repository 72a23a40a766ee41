// Text the site alone shows (weekdays, roles, leads, counts); what the search
// index and results show too is in src/text/labels.ts.
import type { AuthorRole } from '../schema/author.ts';
import type { Entry } from '../schema/entry.ts';
import type { EntrySummary, Listed } from '../schema/summary.ts';
import { truncate } from '../text/labels.ts';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The weekday of an ISO date, as printed in a masthead (`星期五`). */
export function weekday(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
}

/**
 * How a role reads before a name. Roles are stored as bylines print them
 * (`特约评论员 张某`, `新华社记者 李某`, `制图 王某`), so a role is its own label;
 * a bare byline has none and reads `署名`.
 */
export function roleLabel(role: AuthorRole | null): string {
  return role ?? '署名';
}

/**
 * A kicker (引题) without the dashes that lead into the title (`奋进新征程——`), for running text such as a feed summary.
 * @internal Exported for tests/site/format.test.ts.
 */
export function bareKicker(s: string): string {
  return s.replace(/[\s—―─－-]+$/u, '');
}

/** The opening words of an entry for lists: caption for photos, else the first body paragraph (of a summary, `max` at most LEAD_CHARS - 1). */
export function leadOf(e: Pick<EntrySummary, 'lead'> | Pick<Entry, 'paragraphs' | 'subheads' | 'caption'>, max = 90): string {
  if ('lead' in e) return truncate(e.lead, max);
  const first = e.paragraphs.find((_, i) => !e.subheads.includes(i));
  return truncate(e.caption ?? first ?? '', max);
}

/** The opening words after the kicker, when there is one (`奋进新征程　今年以来…`): for descriptions and feed summaries. */
export function headedLead(e: Listed, max = 90): string {
  return [e.kicker && bareKicker(e.kicker), leadOf(e, max)].filter(Boolean).join('　');
}

/** A count with the Chinese measure word after it, e.g. `1,024 篇`. */
export function count(n: number, unit: string): string {
  return `${n.toLocaleString('zh-CN')} ${unit}`;
}

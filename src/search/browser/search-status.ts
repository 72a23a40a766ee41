import { groupDigits as n } from '../../text/labels.ts';
import type { SearchParams } from './search-params.ts';

/** What a search's counts mean to a reader, in the page's words. */
export interface StatusCounts {
  total: number;
  /** Of them, matched by their text (the rest by pinyin); equal to `total` for a search with filters only. */
  textTotal: number;
  /** When nothing was found within a date range: how many the same search finds outside it. */
  outsideDates?: number;
}

/** The status line for a search: how many were found and how, or why none were. */
export function statusText(p: SearchParams, c: StatusCounts): string {
  const filterOnly = !p.q;
  if (c.total > 0) {
    if (filterOnly) return `共 ${n(c.total)} 条符合筛选条件的条目。`;
    const pinyin = c.total - c.textTotal;
    return `找到 ${n(c.total)} 条结果${pinyin ? `，其中 ${n(pinyin)} 条按拼音匹配标题或署名` : ''}。`;
  }
  if (c.outsideDates) return `所选日期范围内没有${filterOnly ? '符合条件的条目' : '包含这些字词的条目'}；范围之外有 ${n(c.outsideDates)} 条。`;
  return filterOnly ? '没有符合筛选条件的条目。' : '没有找到包含这些字词的条目。';
}

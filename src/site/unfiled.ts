import type { PageSummary } from '../schema/summary.ts';
import { count } from './format.ts';
import { LIST_PAGE_SIZE } from './site.ts';

/** What the pages of unknown paper or date lack: a page may lack both. */
export interface UnfiledCounts {
  pages: number;
  undated: number;
  paperless: number;
}

/** Counts the pages that lack a date and those that lack a paper. */
export function countUnfiled(unfiled: readonly PageSummary[]): UnfiledCounts {
  return {
    pages: unfiled.length,
    undated: unfiled.filter((p) => p.date === null).length,
    paperless: unfiled.filter((p) => p.paperId === null).length,
  };
}

/** What the pages lack, naming only what some page lacks: `日期不详 3 个，报名不详 2 个`. */
export function describeLacking(c: UnfiledCounts): string {
  return [c.undated > 0 && `日期不详 ${count(c.undated, '个')}`, c.paperless > 0 && `报名不详 ${count(c.paperless, '个')}`].filter(Boolean).join('，');
}

/** `3 个版面（日期不详 3 个，报名不详 2 个）`. */
export function describeUnfiled(c: UnfiledCounts): string {
  const lacking = describeLacking(c);
  return `${count(c.pages, '个')}版面${lacking ? `（${lacking}）` : ''}`;
}

/** The page of the unfiled list (from 1) that lists the page at `index` of `Archive.unfiled`. */
export function unfiledListPage(index: number): number {
  return Math.floor(index / LIST_PAGE_SIZE) + 1;
}

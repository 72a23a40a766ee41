import type { Issue } from './build-archive.ts';

/** Issues of one month, for the browse-by-date lists. */
interface MonthGroup {
  month: number;
  issues: Issue[];
}

/** Issues of one year, by month. */
export interface YearGroup {
  year: number;
  months: MonthGroup[];
}

/** Groups date-ordered issues by year and month, newest year first, months in calendar order. */
export function groupByYearMonth(issues: Issue[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const issue of issues) {
    const year = Number(issue.date.slice(0, 4));
    const month = Number(issue.date.slice(5, 7));
    let y = years.find((g) => g.year === year);
    if (!y) {
      y = { year, months: [] };
      years.push(y);
    }
    let m = y.months.find((g) => g.month === month);
    if (!m) {
      m = { month, issues: [] };
      y.months.push(m);
    }
    m.issues.push(issue);
  }
  for (const y of years) {
    y.months.sort((a, b) => a.month - b.month);
    for (const m of y.months) m.issues.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return years.sort((a, b) => b.year - a.year);
}

/** A day of a month calendar: its number, and the issue printed that day, if the archive holds one. */
export interface CalendarDay {
  day: number;
  issue: Issue | null;
}

/** Weekday names as a calendar heads its columns, Sunday first as Chinese calendars print them. */
export const WEEKDAY_HEADS = ['日', '一', '二', '三', '四', '五', '六'];

/**
 * A month as calendar weeks (Sunday first): each week seven cells, null where the
 * day falls in the month before or after; `issues` are the month's issues.
 */
export function monthWeeks(year: number, month: number, issues: Issue[]): (CalendarDay | null)[][] {
  const byDay = new Map(issues.map((i) => [Number(i.date.slice(8, 10)), i]));
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (CalendarDay | null)[] = Array.from({ length: first }, () => null);
  for (let d = 1; d <= days; d++) cells.push({ day: d, issue: byDay.get(d) ?? null });
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

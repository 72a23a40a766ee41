import type { Issue } from './build-archive.ts';

/** Issues of one month, for the browse-by-date lists. */
export interface MonthGroup {
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

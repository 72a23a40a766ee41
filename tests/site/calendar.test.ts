import { describe, expect, it } from 'vitest';
import { groupByYearMonth } from '../../src/site/calendar.ts';
import type { Issue } from '../../src/site/build-archive.ts';

const issue = (date: string): Issue => ({ paperId: 'p', paper: 'P', date, pages: [] });

describe('groupByYearMonth', () => {
  it('groups by year (newest first) and month and day (calendar order)', () => {
    const years = groupByYearMonth(['2024-03-02', '2023-12-30', '2024-01-15', '2024-03-01', '2023-02-01'].map(issue));
    expect(years.map((y) => [y.year, y.months.map((m) => [m.month, m.issues.map((i) => i.date.slice(8))])])).toEqual([
      [2024, [[1, ['15']], [3, ['01', '02']]]],
      [2023, [[2, ['01']], [12, ['30']]]],
    ]);
  });
});

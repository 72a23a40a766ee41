import { describe, expect, it } from 'vitest';
import { groupByYearMonth, monthWeeks } from '../../src/site/calendar.ts';
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

describe('monthWeeks', () => {
  it('lays a month out in weeks from Sunday, each day with its issue or none', () => {
    // March 2024 begins on a Friday and has 31 days: six weeks.
    const weeks = monthWeeks(2024, 3, ['2024-03-01', '2024-03-02', '2024-03-31'].map(issue));
    expect(weeks).toHaveLength(6);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0]!.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(weeks[0]![5]).toEqual({ day: 1, issue: issue('2024-03-01') });
    expect(weeks[1]![0]).toEqual({ day: 3, issue: null });
    expect(weeks[5]![0]).toEqual({ day: 31, issue: issue('2024-03-31') });
    expect(weeks[5]!.slice(1)).toEqual([null, null, null, null, null, null]);
    expect(weeks.flat().filter((d) => d !== null)).toHaveLength(31);
  });

  it('knows leap years and months that begin on a Sunday', () => {
    const feb = monthWeeks(2024, 2, []);
    expect(feb.flat().filter((d) => d !== null)).toHaveLength(29);
    const sept = monthWeeks(2024, 9, []);
    expect(sept[0]![0]).toEqual({ day: 1, issue: null });
  });
});

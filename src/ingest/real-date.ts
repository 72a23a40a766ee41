import { ISO_DATE } from '../schema/ids.ts';

/** True for a `YYYY-MM-DD` that is a day of the calendar (not 2024-02-30). */
export function isRealDate(s: string): boolean {
  // The schema's own pattern, tested directly: this runs several times a page.
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// No paper prints more pages than this; a 第0版 or 第1000版 is a misread, not a page.
export const MAX_PAGE = 999;

/** True for a page number a paper can print: 1 to MAX_PAGE. */
export function isPageNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a `YYYY-MM-DD` is no day of the calendar (`February 2024 has 29 days`), for a message; null when it is one. */
export function whyNotADate(s: string): string | null {
  if (isRealDate(s)) return null;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (!(m >= 1 && m <= 12)) return `there is no month ${m}`;
  if (d < 1) return 'days are numbered from 1';
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${MONTHS[m - 1]} ${y} has ${days} days`;
}

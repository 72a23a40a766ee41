import { IsoDateSchema } from '../schema/ids.ts';

// The pages of one date folder come one after the other: the last answer is kept.
let last: { text: string; real: boolean } | null = null;

/** True for a `YYYY-MM-DD` that is a day of the calendar (not 2024-02-30). */
export function isRealDate(s: string): boolean {
  if (last?.text !== s) last = { text: s, real: checkDate(s) };
  return last.real;
}

function checkDate(s: string): boolean {
  if (!IsoDateSchema.safeParse(s).success) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

import type { LineRange } from '../../schema/source.ts';

// An item's line ranges are in reading order, not page order (a paragraph
// repaired across a column break sits where it is read), so they are cut and
// taken apart where they stand rather than sorted.

/** True when one of the ranges holds line `n`. */
export function holdsLine(ranges: readonly LineRange[], n: number): boolean {
  return ranges.some(([a, b]) => a <= n && n <= b);
}

/**
 * The ranges before line `n` and from it on, in reading order; `shared` keeps
 * line `n` in both (an item split inside a line that holds the end of one and
 * the start of the other).
 */
export function cutRangesAt(ranges: readonly LineRange[], n: number, shared: boolean): [LineRange[], LineRange[]] {
  const k = ranges.findIndex(([a, b]) => a <= n && n <= b);
  if (k < 0) return [[...ranges], []];
  const [a, b] = ranges[k]!;
  const head: LineRange[] = n - 1 >= a ? [[a, n - 1]] : [];
  if (shared) head.splice(0, 1, [a, n]);
  return [[...ranges.slice(0, k), ...head], [[n, b], ...ranges.slice(k + 1)]];
}

/** The ranges without lines `from`–`to`. */
export function removeLines(ranges: readonly LineRange[], from: number, to: number): LineRange[] {
  return ranges.flatMap(([a, b]): LineRange[] => {
    if (b < from || a > to) return [[a, b]];
    return [...(a < from ? [[a, from - 1] as LineRange] : []), ...(b > to ? [[to + 1, b] as LineRange] : [])];
  });
}

/** Lines `from`–`to` of `ranges`, the part of them a moved block takes along. */
export function linesWithin(ranges: readonly LineRange[], from: number, to: number): LineRange[] {
  return ranges.flatMap(([a, b]): LineRange[] => (b < from || a > to ? [] : [[Math.max(a, from), Math.min(b, to)]]));
}

/** Ranges appended in reading order, a range that goes on from the last one joined to it. */
export function appendRanges(ranges: readonly LineRange[], more: readonly LineRange[]): LineRange[] {
  const out: LineRange[] = ranges.map(([a, b]) => [a, b]);
  for (const [a, b] of more) {
    const last = out.at(-1);
    if (last && a === last[1] + 1) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

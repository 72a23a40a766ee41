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

/**
 * Ranges as the parser makes them: no range starts or ends on a blank line,
 * and a range that goes on from the one before it across blank lines only is
 * joined to it (blank lines belong to no item, so they never part two ranges).
 */
export function tidyRanges(ranges: readonly LineRange[], isBlank: (n: number) => boolean): LineRange[] {
  const out: LineRange[] = [];
  for (let [a, b] of ranges) {
    while (a <= b && isBlank(a)) a++;
    while (b >= a && isBlank(b)) b--;
    if (a > b) continue;
    const last = out.at(-1);
    let bridged = last !== undefined && a > last[1];
    for (let n = (last?.[1] ?? 0) + 1; bridged && n < a; n++) bridged = isBlank(n);
    if (last && bridged) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/** Results a search page shows at once ("more" appends as many again). */
export const RESULTS_PER_PAGE = 10;

/** A result's passage starts this many positions before the match it shows, and is this long. */
export const PASSAGE_BEFORE = 30;
export const PASSAGE_WIDTH = 110;

/**
 * The positions to read to show the passage around a match at `at` (one
 * more either side, which tells whether fields end there), within a document
 * whose chunks hold `room` positions. Reads made ahead of time (see
 * core/ranked-list.ts) cover this, so a result shown later finds them.
 */
export function passageReach(at: number, room: number): { from: number; to: number } {
  return { from: Math.max(0, at - PASSAGE_BEFORE - 1), to: Math.min(room, at - PASSAGE_BEFORE + PASSAGE_WIDTH + 1) };
}

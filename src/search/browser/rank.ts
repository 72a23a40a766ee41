import { COUNT_CAP } from '../core/ranked-list.ts';
import type { SortOrder } from './search-params.ts';

/** What ranking knows of each matching document, aligned with `docs`. */
export interface RankInput {
  docs: Int32Array;
  /** How many of the query's terms the document's title holds. */
  titleHits: Uint8Array;
  /** How often the terms occur, where the positions were read (0 when unknown). */
  occurrences: Int32Array;
}

/**
 * Orders matching documents. Relevance puts documents whose title holds more
 * of the terms first, then those where the terms occur more often (counted up
 * to ten), then the newest. Dates order by document number, which follows
 * the date of issue.
 */
export function rankDocs(r: RankInput, sort: SortOrder): Int32Array {
  const out = Int32Array.from(r.docs);
  if (sort === 'oldest') return out;
  if (sort === 'newest') return out.reverse();
  // Pack (score, document) into one number so a native numeric sort does the work.
  const keys = new Float64Array(r.docs.length);
  for (let i = 0; i < r.docs.length; i++) {
    const score = r.titleHits[i]! * 16 + Math.min(r.occurrences[i]!, COUNT_CAP);
    keys[i] = score * 2 ** 32 + r.docs[i]!;
  }
  keys.sort();
  for (let i = 0; i < keys.length; i++) out[i] = keys[keys.length - 1 - i]! % 2 ** 32;
  return out;
}

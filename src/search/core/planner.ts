/**
 * Every strategy and threshold of answering a query, in one place.
 *
 * - A term of one character is its character's key; of two, its pair's key:
 *   the key's documents part is the exact answer, with counts and zones.
 * - A longer term is matched from the positions of pairs that cover it (every
 *   character in at least one pair, the first and last pair always): a
 *   document matches where all of them occur at their offsets from one start.
 *   Any cover is exact; `chooseCover` takes the one with the fewest bytes to
 *   read, as the dictionary tells them before anything else is read.
 * - Results rank by where the terms occur (headline above lead above the rest
 *   of the body), then how often, then the newest.
 */

/** Where in a document an occurrence is, best first when compared as numbers. */
export const Zone = { body: 0, lead: 1, title: 2 } as const;
export type ZoneId = (typeof Zone)[keyof typeof Zone];

/**
 * The lead: the first this many positions of the body, after the headline. A
 * news item's first paragraph states what it is about, and in the benchmark's
 * judged set and the generated archive a first paragraph runs 60–150
 * characters; a match there ranks above one further on.
 */
export const LEAD_POSITIONS = 120;

/** Ranking counts a document's occurrences of the terms up to this many: past ten, more says little. */
export const COUNT_CAP = 10;

/** The zone of an occurrence at `pos` in a document whose headline takes `titleEnd` positions (the body starts after its separator). */
export function zoneAt(pos: number, titleEnd: number): ZoneId {
  if (pos < titleEnd) return Zone.title;
  return pos <= titleEnd + LEAD_POSITIONS ? Zone.lead : Zone.body;
}

/** The zone of a key's k-th occurrence in a document, from how many of them the headline and the lead hold. */
export function zoneOfOccurrence(k: number, inTitle: number, inLead: number): ZoneId {
  return k < inTitle ? Zone.title : k < inTitle + inLead ? Zone.lead : Zone.body;
}

/** The best zone of a key in a document. */
export const bestZone = (inTitle: number, inLead: number): ZoneId => (inTitle > 0 ? Zone.title : inLead > 0 ? Zone.lead : Zone.body);

/**
 * The offsets of the pairs to read for a term of `costs.length + 1`
 * characters, `costs[o]` the bytes of the pair at offset `o`: the cover that
 * costs least. Pairs at `o` and `o + 2` leave no character out, so the best
 * cover ending at `o` extends the best one ending at `o - 1` or `o - 2`.
 */
export function chooseCover(costs: readonly number[]): number[] {
  const n = costs.length;
  const best = new Float64Array(n);
  const from = new Int32Array(n).fill(-1);
  for (let o = 0; o < n; o++) {
    if (o === 0) {
      best[0] = costs[0]!;
      continue;
    }
    const p = o >= 2 && best[o - 2]! < best[o - 1]! ? o - 2 : o - 1;
    best[o] = costs[o]! + best[p]!;
    from[o] = p;
  }
  const out: number[] = [];
  for (let o = n - 1; o >= 0; o = from[o]!) out.push(o);
  return out.reverse();
}

/** What ranking knows of each matching document of a search, aligned with its documents. */
export interface RankInput {
  docs: Int32Array;
  /** The sum over the terms of the best zone each occurs in. */
  zones: Int32Array;
  /** Occurrences of all the terms. */
  counts: Int32Array;
}

/** How results are ordered. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/**
 * Orders matching documents. Relevance puts first the documents whose terms
 * occur in better zones, then those where they occur more often (up to
 * `COUNT_CAP`), then the newest; dates order by document number, which
 * follows the date of issue.
 */
export function rankDocs(r: RankInput, sort: SortOrder): Int32Array {
  const out = Int32Array.from(r.docs);
  if (sort === 'oldest') return out;
  if (sort === 'newest') return out.reverse();
  // (score, document) packed into one number, so a native numeric sort does the work.
  const keys = new Float64Array(r.docs.length);
  for (let i = 0; i < r.docs.length; i++) keys[i] = (r.zones[i]! * (COUNT_CAP + 1) + Math.min(r.counts[i]!, COUNT_CAP)) * 2 ** 32 + r.docs[i]!;
  keys.sort();
  for (let i = 0; i < keys.length; i++) out[i] = keys[keys.length - 1 - i]! % 2 ** 32;
  return out;
}

/** Readings of a Latin query as pinyin tried at most: `xian` is `xian` or `xi an`, and a long query has many more. */
export const MAX_PINYIN_READINGS = 8;

/**
 * Whether a search should offer reporters: pinyin (Latin letters), or a short
 * query that found little, as a misspelt name does. A long or fruitful query
 * does not pay for loading the names.
 */
export function wantsReporters(p: { q: string; reporter: string | null }, found: number): boolean {
  if (!p.q || p.reporter) return false;
  return /^[a-z' ]+$/i.test(p.q) || (found < 5 && Array.from(p.q).length <= 8);
}

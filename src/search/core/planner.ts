/**
 * Every strategy and threshold of answering a query, in one place.
 *
 * - A term of one character is its character's key; of two, its pair's key:
 *   the key's documents part is the exact answer, with counts and zones.
 * - A longer term that is a frequent phrase is its phrase's key.
 * - Any other is matched from the positions of keys that cover it (pairs and
 *   frequent phrases, every character in at least one): a document matches
 *   where all of them occur at their offsets from one start. Any cover is
 *   exact; `chooseCover` takes the one with the fewest bytes to read, as the
 *   dictionary tells them before anything else is read.
 * - Unless `verifyInText` says a few candidates read whole cost less: those
 *   the term's cheap pairs leave (the documents holding all of them), whose
 *   text then decides. A rare phrase of common characters (介绍英化联) costs a
 *   few records, which are the results shown, instead of a common pair's
 *   positions.
 * - A cover key whose positions are large (`SKIP_MIN_BYTES`) has skips into
 *   them: its documents part is read first, with the other keys', and then
 *   only the positions of the blocks holding documents all the keys hold, in
 *   a few ranges (`candidateRanges`), unless one read of them all costs less.
 * - Results rank by where the terms occur (headline above lead above the rest
 *   of the body), then how often, then the newest.
 * - A query of one term that is one key, with no filter, in order of
 *   relevance, is answered from the key's top list when it has one (see
 *   `TOP_MIN_BYTES`): the count is the key's document count, the first
 *   results its top list; its documents are read only when the reader asks
 *   for more results than the list holds.
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
const LEAD_POSITIONS = 120;

/** Ranking counts a document's occurrences of the terms up to this many: past ten, more says little. */
const COUNT_CAP = 10;

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

/** A key that can cover part of a term: the characters `offset…offset+length` of it, and the bytes its postings take. */
export interface CoverKey {
  offset: number;
  length: number;
  cost: number;
}

/**
 * The keys to read for a term of `n` characters: of `keys` (pairs, and the
 * frequent phrases the dictionary holds), a set that covers every character,
 * one of them at offset 0 (the anchor), at the least cost. `best[e]` is the
 * cheapest cover of the first `e` characters whose last key ends at `e`; a key
 * from `o` extends any cover ending anywhere from `o` on. Null when no set
 * covers the term.
 */
export function chooseCover<K extends CoverKey>(n: number, keys: readonly K[]): K[] | null {
  const best = new Float64Array(n + 1).fill(Infinity);
  const last: (K | null)[] = Array.from({ length: n + 1 }, () => null);
  const before = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (const k of [...keys].sort((a, b) => a.offset + a.length - (b.offset + b.length))) {
    const end = k.offset + k.length;
    for (let e = k.offset; e < end; e++) {
      if (best[e]! + k.cost < best[end]!) {
        best[end] = best[e]! + k.cost;
        last[end] = k;
        before[end] = e;
      }
    }
  }
  if (best[n] === Infinity) return null;
  const out: K[] = [];
  for (let e = n; e > 0; e = before[e]!) out.push(last[e]!);
  return out.reverse();
}

/**
 * The pairs whose documents to read first, to find the few candidates a
 * term's text may then decide: those whose documents part costs at most an
 * eighth of the cover (`CHEAP_SHARE`) or `CHEAP_PAIR_BYTES`, the smallest
 * first, three at most. The eighth is a judgment (reading them must cost
 * little beside the cover they may save), not a measurement. None when the
 * cover costs less than a document read whole: no text could cost less, and
 * reading them first would cost a round trip.
 */
export function cheapPairs(docsLengths: readonly number[], coverBytes: number): number[] {
  if (coverBytes < RECORD_BYTES) return [];
  const limit = Math.max(CHEAP_PAIR_BYTES, coverBytes * CHEAP_SHARE);
  return docsLengths
    .map((length, o) => ({ length, o }))
    .filter((p) => p.length <= limit)
    .sort((a, b) => a.length - b.length)
    .slice(0, 3)
    .map((p) => p.o);
}
const CHEAP_PAIR_BYTES = 2048;
const CHEAP_SHARE = 1 / 8;
/**
 * Candidates read whole at most: three pages of results, the first of which the page shows anyway
 * (replay at 50k: 10 gave a warm median of 23.3 KB and max 174 KB, 30 gave 21.5 and 145).
 */
const VERIFY_DOCS = 30;
/**
 * What a candidate read whole is taken to cost: a document's bytes on average
 * (2.9 KB at 10k generated items, 3.0 KB at 50k). Counting the table block it
 * may need too (5 KB in all) did worse in the replay of the benchmark's
 * queries at 50k: warm median 23.3 KB and max 174 KB, against 21.5 and 145.
 */
const RECORD_BYTES = 2900;

/** Whether reading `candidates` documents whole costs less than the rest of a cover of `coverBytes`. */
export const verifyInText = (candidates: number, coverBytes: number) => candidates <= VERIFY_DOCS && candidates * RECORD_BYTES < coverBytes;

/**
 * Documents to a block of positions that a query may read alone. Sixteen keep
 * a block of a common pair's positions to about 400 bytes at 10k generated
 * items (经济: 187 KB of positions for some 7,000 documents).
 */
export const SKIP_DOCS = 16;
/**
 * Positions this large or larger have skips. Below it, one read of them all
 * costs less than the round trip that reading the documents first adds (a
 * judgment: 16 KB is a few milliseconds on a slow line).
 */
export const SKIP_MIN_BYTES = 16384;
/**
 * Ranges the positions of candidates are read in at most: twenty are one
 * round trip over HTTP/2 and four waves of a browser's six connections over
 * HTTP/1.1.
 */
const MAX_RANGES = 20;
/**
 * What a request costs, in bytes read. Replaying 經濟崴 at 10k generated items
 * (经济 in 9,544 documents, 187 KB of positions; 45 candidates in 40 blocks):
 * 6 ranges read 128 KB, 12 read 86 KB, 20 read 49 KB, 30 read 24 KB; and 西安沱
 * (西安, 37 KB; 93 candidates): 20 ranges read 18 KB. At 4 KB a request (a
 * judgment), 經濟崴 reads 20 ranges and 西安沱 its positions whole: 20 ranges
 * made it 42 requests and twice as slow on a busy machine, to save 19 KB.
 */
const REQUEST_BYTES = 4096;

/**
 * The ranges of blocks (`from…to`, block numbers) to read for the positions
 * of the documents at indexes `at` (ascending) of a key's list, whose blocks
 * start at `skips` in a positions part of `total` bytes: each candidate's
 * block, runs merged across the smallest gaps, down to the number of ranges
 * (at most `MAX_RANGES`) that costs least, counting `REQUEST_BYTES` for each.
 * Null when one read of them all costs less.
 */
export function candidateRanges(at: ArrayLike<number>, skips: Int32Array, total: number): { from: number; to: number }[] | null {
  const end = (b: number) => (b < skips.length ? skips[b]! : total);
  const gapAfter = (r: { from: number; to: number }[], i: number) => skips[r[i + 1]!.from]! - end(r[i]!.to);
  const ranges: { from: number; to: number }[] = [];
  for (let i = 0; i < at.length; i++) {
    const b = Math.floor(at[i]! / SKIP_DOCS);
    const last = ranges[ranges.length - 1];
    if (last && last.to >= b) last.to = b + 1;
    else ranges.push({ from: b, to: b + 1 });
  }
  let bytes = ranges.reduce((s, r) => s + end(r.to) - skips[r.from]!, 0);
  let best: { from: number; to: number }[] | null = null;
  let bestCost = total + REQUEST_BYTES;
  for (;;) {
    const cost = bytes + ranges.length * REQUEST_BYTES;
    if (ranges.length <= MAX_RANGES && cost < bestCost) [best, bestCost] = [ranges.map((r) => ({ ...r })), cost];
    if (ranges.length <= 1) return best;
    let k = 0;
    for (let i = 1; i < ranges.length - 1; i++) if (gapAfter(ranges, i) < gapAfter(ranges, k)) k = i;
    bytes += gapAfter(ranges, k);
    ranges[k]!.to = ranges[k + 1]!.to;
    ranges.splice(k + 1, 1);
  }
}

/**
 * Phrases of three to `PHRASE_MAX_LENGTH` characters in at least this share
 * of the documents (and `PHRASE_MIN_DOCS` of them) get a key of their own,
 * with positions: a term that is one is answered by its documents alone, and a
 * longer one covered by it reads its positions, not those of its common
 * pairs. One in a hundred is the rule the previous index measured best.
 */
const PHRASE_SHARE = 0.01;
const PHRASE_MIN_DOCS = 50;
export const PHRASE_MAX_LENGTH = 8;

/** Documents a phrase must be in to get a key in an archive of `docCount`. */
export const phraseMinDocs = (docCount: number) => Math.max(PHRASE_MIN_DOCS, Math.ceil(docCount * PHRASE_SHARE));

/** Results a search page shows at once ("more" appends as many again). */
export const RESULTS_PER_PAGE = 10;

/**
 * A key whose documents part takes more than this many bytes also stores its
 * best `TOP_DOCS` documents, ranked: at 50k generated items the commonest
 * words' lists take 100–190 KB (发展, in 49,161 of 50,000), the first two pages
 * of their results a hundred bytes.
 */
export const TOP_MIN_BYTES = 8192;
export const TOP_DOCS = 2 * RESULTS_PER_PAGE;

/** A document's relevance for one term: its zone first, then its occurrences up to `COUNT_CAP`. */
export const relevance = (zone: number, count: number) => zone * (COUNT_CAP + 1) + Math.min(count, COUNT_CAP);

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
  for (let i = 0; i < r.docs.length; i++) keys[i] = relevance(r.zones[i]!, r.counts[i]!) * 2 ** 32 + r.docs[i]!;
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

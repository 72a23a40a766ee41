import type { KeyIndex } from './key-index.ts';
import { matchByPositions, type Occurrences } from './positions-check.ts';
import { intersect, union } from './posting-ops.ts';
import type { FirstPageResult } from '../core/ranked-list.ts';
import type { ShardRecord } from '../core/shard-record.ts';
import { matchByRareKey, type TextCheck } from './text-check.ts';

/** The documents holding a term, exactly, with those whose title holds it and how often it occurs. */
export interface TermMatch {
  docs: Int32Array;
  /** Documents whose title holds the term (exact up to three characters, then a close superset). */
  title: Int32Array;
  /** Occurrences per document, aligned with `docs`, when the positions were read (terms of four or more characters). */
  counts: Int32Array | null;
  /** Position of the first occurrence in each document (-1 where not read), aligned with `docs`, when the positions were read. */
  first: Int32Array | null;
  /** Where no position is known: the chunk (see core/doc-chunks.ts) holding the first occurrence in each document, aligned with `docs`. */
  firstChunk: Uint8Array | null;
  /** Results read ahead of time (a frequent phrase's first page), for the documents to show without a read. */
  preread?: FirstPageResult[];
}

const EMPTY: TermMatch = { docs: new Int32Array(0), title: new Int32Array(0), counts: null, first: null, firstChunk: null };

// A key's positions head is read for where it first occurs (the passage a result shows)
// and how often (ranking) only up to this size: past it, reading the opening of each
// result shown costs less.
const MAX_HEAD_BYTES = 16 * 1024;
// First positions read with a frequent phrase's ranked list: those of the first pages of results.
const RANKED_FIRSTS = 64;

/** Offsets of the triples that cover a term of `n` ≥ 3 characters: every third one, and the last. */
export function coverOffsets(n: number): number[] {
  const out: number[] = [];
  for (let o = 0; o + 3 < n; o += 3) out.push(o);
  out.push(n - 3);
  return out;
}

/**
 * Finds a folded term (as code points). Up to three characters, the key's
 * own list is the exact answer. Longer terms are covered by triples; a
 * document matches when all of them occur at the right distances from one
 * start. When one triple is rare, the few places it occurs are checked in the
 * documents' text (`check`, full-text index only); otherwise the stored
 * positions decide.
 */
export async function matchTerm(index: KeyIndex, term: readonly number[], check?: TextCheck): Promise<TermMatch> {
  if (term.length === 0) return EMPTY;
  if (term.length <= 3) {
    const rec = await index.record(term);
    if (!rec) return EMPTY;
    const small = index.headBytes(rec) <= MAX_HEAD_BYTES;
    const heads = rec.positions !== null || (rec.positionsAt !== null && small) ? await index.positionHeads(rec, true) : null;
    const firstChunk = small ? await index.firstChunks(rec) : null;
    return { docs: await index.docs(rec), title: rec.title, counts: heads?.count ?? null, first: heads?.first ?? null, firstChunk };
  }
  const offsets = coverOffsets(term.length);
  const keys = offsets.map((o) => term.slice(o, o + 3));
  // A frequent phrase's ranked list sits in its first triple's shard, read for the triples anyway.
  const [phrase, found] = await Promise.all([index.record(term, keys[0]), Promise.all(keys.map((k) => index.record(k)))]);
  if (phrase?.rankedAt) {
    const { firstPage, ...list } = await index.rankedList(phrase, RANKED_FIRSTS);
    return { ...list, firstChunk: null, preread: firstPage };
  }
  if (found.some((r) => r === null)) return EMPTY;
  const recs = found.map((r) => r!);
  const byText = check ? await matchByText(index, term, recs, offsets, check) : null;
  let occ: Occurrences;
  if (!byText) occ = await matchByPositions(index, recs, offsets);
  else if (byText.undecided.length === 0) occ = byText.found;
  else occ = mergeOccurrences(byText.found, await matchByPositions(index, recs, offsets, Int32Array.from(byText.undecided)));
  let title = recs[0]!.title;
  for (const r of recs.slice(1)) title = intersect(title, r.title);
  return { docs: occ.docs, title: intersect(title, occ.docs), counts: occ.counts, first: occ.first, firstChunk: null };
}

// Triples read beyond the cover, at most, when the cover's are all common.
const MAX_EXTRA_TRIPLES = 2;

/**
 * Finds a term by checking the text where a rare triple of it occurs: first
 * from the cover's triples and the document lists their shards hold; then,
 * when those triples are all common, from other triples of the term (across
 * word boundaries they are often rare), which cost a shard each; last with
 * every document list read. Null when no triple is rare enough.
 */
async function matchByText(index: KeyIndex, term: readonly number[], recs: ShardRecord[], offsets: number[], check: TextCheck) {
  const byText = await matchByRareKey(index, recs, offsets, term, check, false);
  if (byText) return byText;
  const rest = Array.from({ length: term.length - 2 }, (_, o) => o).filter((o) => !offsets.includes(o));
  const extra = rest.length > MAX_EXTRA_TRIPLES ? [rest[0]!, rest[rest.length - 1]!] : rest;
  const more = await Promise.all(extra.map((o) => index.record(term.slice(o, o + 3))));
  // A triple of the term that no document holds: nothing matches.
  if (more.some((r) => r === null)) return { found: { docs: new Int32Array(0), counts: new Int32Array(0), first: new Int32Array(0) }, undecided: [] };
  return matchByRareKey(index, [...recs, ...more.map((r) => r!)], [...offsets, ...extra], term, check, true);
}

/** Two sets of occurrences in different documents as one, in document order. */
function mergeOccurrences(a: Occurrences, b: Occurrences): Occurrences {
  const docs = union(a.docs, b.docs);
  const counts = new Int32Array(docs.length);
  const first = new Int32Array(docs.length);
  let i = 0;
  let j = 0;
  docs.forEach((d, k) => {
    const from = i < a.docs.length && a.docs[i] === d ? a : b;
    const at = from === a ? i++ : j++;
    counts[k] = from.counts[at]!;
    first[k] = from.first[at]!;
  });
  return { docs, counts, first };
}

import type { PositionLists } from '../core/doc-list.ts';
import type { KeyIndex } from './key-index.ts';
import { intersect } from './posting-ops.ts';

/** The documents holding a term, exactly, with those whose title holds it and how often it occurs. */
export interface TermMatch {
  docs: Int32Array;
  /** Documents whose title holds the term (exact up to three characters, then a close superset). */
  title: Int32Array;
  /** Occurrences per document, aligned with `docs`, when the positions were read (terms of four or more characters). */
  counts: Int32Array | null;
  /** Position of the first occurrence in each document, aligned with `docs`, when the positions were read. */
  first: Int32Array | null;
}

const EMPTY: TermMatch = { docs: new Int32Array(0), title: new Int32Array(0), counts: null, first: null };

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
 * start, which the stored positions show.
 */
export async function matchTerm(index: KeyIndex, term: readonly number[]): Promise<TermMatch> {
  if (term.length === 0) return EMPTY;
  if (term.length <= 3) {
    const rec = await index.record(term);
    if (!rec) return EMPTY;
    return { docs: await index.docs(rec), title: rec.title, counts: null, first: null };
  }
  const offsets = coverOffsets(term.length);
  const keys = offsets.map((o) => term.slice(o, o + 3));
  const recs = await Promise.all(keys.map((k) => index.record(k)));
  if (recs.some((r) => r === null)) return EMPTY;
  // Documents and positions are fetched together: one round trip fewer, at the cost of
  // positions fetched in vain when the triples never meet in one document.
  const [lists, positions] = await Promise.all([Promise.all(recs.map((r) => index.docs(r!))), Promise.all(recs.map((r) => index.positions(r!)))]);
  let candidates = lists[0]!;
  for (const l of lists.slice(1)) candidates = intersect(candidates, l);
  if (candidates.length === 0) return EMPTY;
  const { docs, counts, first } = verify(candidates, lists, positions, offsets);
  let title = recs[0]!.title;
  for (const r of recs.slice(1)) title = intersect(title, r!.title);
  return { docs, title: intersect(title, docs), counts, first };
}

/** Keeps the candidates where every covering triple occurs at its offset from a common start. */
function verify(candidates: Int32Array, lists: Int32Array[], positions: PositionLists[], offsets: number[]): { docs: Int32Array; counts: Int32Array; first: Int32Array } {
  const docs = new Int32Array(candidates.length);
  const counts = new Int32Array(candidates.length);
  const first = new Int32Array(candidates.length);
  const at = lists.map(() => 0);
  let n = 0;
  for (const doc of candidates) {
    // Where this document sits in each triple's list (lists and candidates are ascending).
    const spans = lists.map((list, k) => {
      while (list[at[k]!]! < doc) at[k]!++;
      const i = at[k]!;
      return positions[k]!.positions.subarray(positions[k]!.start[i]!, positions[k]!.start[i + 1]!);
    });
    const ptr = spans.map(() => 0);
    let hits = 0;
    let firstAt = -1;
    for (const p of spans[0]!) {
      let ok = true;
      for (let k = 1; k < spans.length && ok; k++) {
        const want = p + offsets[k]!;
        const s = spans[k]!;
        while (ptr[k]! < s.length && s[ptr[k]!]! < want) ptr[k]!++;
        ok = ptr[k]! < s.length && s[ptr[k]!] === want;
      }
      if (ok && hits++ === 0) firstAt = p;
    }
    if (hits > 0) {
      docs[n] = doc;
      first[n] = firstAt;
      counts[n++] = hits;
    }
  }
  return { docs: docs.subarray(0, n), counts: counts.subarray(0, n), first: first.subarray(0, n) };
}

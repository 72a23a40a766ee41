import type { KeyEntry } from '../core/dictionary-codec.ts';
import { keyOf, type FamilyId } from '../core/layout.ts';
import { bestZone, chooseCover, zoneOfOccurrence } from '../core/planner.ts';
import type { KeyIndex, KeyPostings } from './key-index.ts';

/** The documents holding a term, exactly, with how often and in which zone at best (see core/planner.ts). */
export interface TermMatch {
  docs: Int32Array;
  counts: Int32Array;
  zones: Uint8Array;
}

const EMPTY: TermMatch = { docs: new Int32Array(0), counts: new Int32Array(0), zones: new Uint8Array(0) };

/** Finds a folded term (as code points) in a family's keys, the way core/planner.ts says. */
export async function matchTerm(index: KeyIndex, family: FamilyId, term: readonly number[]): Promise<TermMatch> {
  if (term.length === 0) return EMPTY;
  if (term.length <= 2) {
    const e = await index.entry(keyOf(family, term));
    if (!e) return EMPTY;
    const p = await index.postings(e, false);
    return { docs: p.docs, counts: p.counts, zones: Uint8Array.from(p.docs, (_, i) => bestZone(p.inTitle[i]!, p.inLead[i]!)) };
  }
  const entries = await Promise.all(Array.from({ length: term.length - 1 }, (_, o) => index.entry(keyOf(family, term.slice(o, o + 2)))));
  // A pair of the term that no document holds: nothing does.
  if (entries.some((e) => e === null)) return EMPTY;
  const cover = chooseCover(entries.map((e) => (e!.inline ? 0 : e!.docsLength + e!.positionsLength)));
  const lists = await Promise.all(cover.map((o) => index.postings(entries[o] as KeyEntry, true)));
  return alignPairs(lists, cover);
}

/**
 * The documents where every pair of `lists` occurs at its offset (`offsets`,
 * the first 0) from one start: the term's occurrences, counted, and the zone
 * of the first, from the first pair's counts.
 */
function alignPairs(lists: KeyPostings[], offsets: number[]): TermMatch {
  const [first, ...rest] = lists;
  const at = rest.map(() => 0);
  const docs: number[] = [];
  const counts: number[] = [];
  const zones: number[] = [];
  first!.docs.forEach((doc, i) => {
    // Where the document sits in each other list, if it does.
    for (let k = 0; k < rest.length; k++) {
      const list = rest[k]!.docs;
      while (at[k]! < list.length && list[at[k]!]! < doc) at[k]!++;
      if (list[at[k]!] !== doc) return;
    }
    const p0 = first!.positions!;
    const ptr = rest.map((l, k) => l.positions!.start[at[k]!]!);
    let count = 0;
    let firstHit = -1;
    for (let j = p0.start[i]!; j < p0.start[i + 1]!; j++) {
      const start = p0.positions[j]!;
      let ok = true;
      for (let k = 0; k < rest.length && ok; k++) {
        const pos = rest[k]!.positions!;
        const end = pos.start[at[k]! + 1]!;
        const want = start + offsets[k + 1]!;
        while (ptr[k]! < end && pos.positions[ptr[k]!]! < want) ptr[k]!++;
        ok = ptr[k]! < end && pos.positions[ptr[k]!] === want;
      }
      if (!ok) continue;
      if (count++ === 0) firstHit = j - p0.start[i]!;
    }
    if (count === 0) return;
    docs.push(doc);
    counts.push(count);
    zones.push(zoneOfOccurrence(firstHit, first!.inTitle[i]!, first!.inLead[i]!));
  });
  return { docs: Int32Array.from(docs), counts: Int32Array.from(counts), zones: Uint8Array.from(zones) };
}

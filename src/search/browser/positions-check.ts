import type { PositionHeads, PositionLists } from '../core/doc-list.ts';
import type { ShardRecord } from '../core/shard-record.ts';
import type { KeyIndex } from './key-index.ts';
import { intersect } from './posting-ops.ts';

/** Where a term occurs: its documents (ascending), how often and where first in each. */
export interface Occurrences {
  docs: Int32Array;
  counts: Int32Array;
  first: Int32Array;
}

/**
 * Finds a term covered by the triples of `recs` (at `offsets` in it) from
 * their stored positions: a document matches when all of them occur at the
 * right distances from one start. With `only`, just those documents are decided.
 */
export async function matchByPositions(index: KeyIndex, recs: ShardRecord[], offsets: number[], only?: Int32Array): Promise<Occurrences> {
  // Documents and the heads of the positions are fetched together (one read each): one round
  // trip fewer, at the cost of heads fetched in vain when the triples never meet in one document.
  const heads = await Promise.all(recs.map((r) => index.positionHeads(r, true)));
  const lists = await Promise.all(recs.map((r) => index.docs(r)));
  let candidates = only ?? lists[0]!;
  for (const l of only ? lists : lists.slice(1)) candidates = intersect(candidates, l);
  const found = decideByHeads(candidates, lists, heads, offsets);
  if (found.undecided.length) {
    const positions = await Promise.all(recs.map((r) => index.positions(r)));
    verify(found, positions, offsets);
  }
  const keep = found.status.reduce((n, s) => n + (s === Status.match ? 1 : 0), 0);
  const out: Occurrences = { docs: new Int32Array(keep), counts: new Int32Array(keep), first: new Int32Array(keep) };
  let n = 0;
  found.status.forEach((s, i) => {
    if (s !== Status.match) return;
    out.docs[n] = candidates[i]!;
    out.counts[n] = found.count[i]!;
    out.first[n++] = found.first[i]!;
  });
  return out;
}

const Status = { match: 1, none: 0, undecided: 2 } as const;

/** What is known of each candidate: matched or not (or not yet known), with the first match and a count. */
interface Decisions {
  /** Where each candidate sits in each triple's list. */
  at: Int32Array[];
  status: Uint8Array;
  first: Int32Array;
  count: Int32Array;
  /** Candidates the heads could not decide, ascending. */
  undecided: number[];
}

/** Where each candidate sits in each triple's list (lists and candidates are ascending). */
function indicesIn(candidates: Int32Array, lists: Int32Array[]): Int32Array[] {
  return lists.map((list) => {
    const at = new Int32Array(candidates.length);
    let j = 0;
    candidates.forEach((doc, i) => {
      while (list[j]! < doc) j++;
      at[i] = j;
    });
    return at;
  });
}

/**
 * Decides candidates from each triple's first position and count alone: a
 * match when the first occurrences line up; no match when the first triple
 * occurs once and another triple, occurring once or first after the place it
 * would need, cannot line up with it. Anything else waits for all positions.
 */
function decideByHeads(candidates: Int32Array, lists: Int32Array[], heads: PositionHeads[], offsets: number[]): Decisions {
  const at = indicesIn(candidates, lists);
  const d: Decisions = { at, status: new Uint8Array(candidates.length), first: new Int32Array(candidates.length), count: new Int32Array(candidates.length), undecided: [] };
  candidates.forEach((_, i) => {
    const f0 = heads[0]!.first[at[0]![i]!]!;
    const c0 = heads[0]!.count[at[0]![i]!]!;
    let aligned = true;
    let impossible = false;
    for (let k = 1; k < heads.length; k++) {
      const fk = heads[k]!.first[at[k]![i]!]!;
      const ck = heads[k]!.count[at[k]![i]!]!;
      const want = f0 + offsets[k]!;
      if (fk !== want) aligned = false;
      if (c0 === 1 && (fk > want || (ck === 1 && fk !== want))) impossible = true;
    }
    if (aligned) {
      d.status[i] = Status.match;
      d.first[i] = f0;
      d.count[i] = c0;
    } else if (!impossible) {
      d.status[i] = Status.undecided;
      d.undecided.push(i);
    }
  });
  return d;
}

/** Decides the undecided candidates from every position: a match when all triples occur at their offsets from one start. */
function verify(d: Decisions, positions: PositionLists[], offsets: number[]): void {
  for (const i of d.undecided) {
    const spans = positions.map((p, k) => p.positions.subarray(p.start[d.at[k]![i]!]!, p.start[d.at[k]![i]! + 1]!));
    const ptr = spans.map(() => 0);
    let hits = 0;
    for (const p of spans[0]!) {
      let ok = true;
      for (let k = 1; k < spans.length && ok; k++) {
        const want = p + offsets[k]!;
        const s = spans[k]!;
        while (ptr[k]! < s.length && s[ptr[k]!]! < want) ptr[k]!++;
        ok = ptr[k]! < s.length && s[ptr[k]!] === want;
      }
      if (ok && hits++ === 0) d.first[i] = p;
    }
    d.status[i] = hits > 0 ? Status.match : Status.none;
    d.count[i] = hits;
  }
}

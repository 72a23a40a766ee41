import { FIELD_END, FILLER } from '../core/doc-chunks.ts';
import { foldCodePoint, type FoldMap } from '../core/fold.ts';
import type { ShardRecord } from '../core/shard-record.ts';
import type { DocStore } from './doc-store.ts';
import { PASSAGE_BEFORE, PASSAGE_WIDTH } from '../core/passage.ts';
import type { KeyIndex } from './key-index.ts';
import type { Occurrences } from './positions-check.ts';
import { intersect, lowerBound } from './posting-ops.ts';

// Documents checked in their text at most: about a page of results, whose reads
// then serve the results shown.
const MAX_CHECKED = 12;
// Positions of a document read for a check at most (a few chunks).
const MAX_SPAN = 640;
// A rare triple's positions stored apart are read for a check up to this size.
const MAX_RARE_BYTES = 4096;

/**
 * Decides where a folded term occurs in a document by reading its text:
 * each position holds the character it came from, so a position whose
 * character folds to exactly one code point shows what the index holds there.
 * The read is the one a result shows its passage from, so a match checked
 * this way costs no read more than showing it.
 */
export class TextCheck {
  constructor(
    private docs: DocStore,
    private folds: () => Promise<FoldMap>,
  ) {}

  /**
   * Of `starts` (ascending), the positions where document `doc`'s text reads
   * `term`; null when its text cannot tell (a character there folds to several
   * code points) or the starts lie too far apart for one read.
   */
  async matchesAt(doc: number, starts: number[], term: readonly number[]): Promise<number[] | null> {
    if (starts.length === 0) return [];
    const first = starts[0]!;
    const last = starts[starts.length - 1]!;
    // Enough for the passage around whichever start matches first.
    const from = first - PASSAGE_BEFORE;
    const to = Math.max(last + term.length, last - PASSAGE_BEFORE + PASSAGE_WIDTH);
    if (to - from > MAX_SPAN) return null;
    const span = await this.docs.clip(doc, from, to);
    if (!span) return [];
    const [view, folds] = await Promise.all([this.docs.units(doc, span.from, span.to), this.folds()]);
    const out: number[] = [];
    for (const q of starts) {
      let verdict: boolean | null = true;
      for (let i = 0; i < term.length && verdict; i++) {
        // Past the document's end (its last chunk's room) nothing matches.
        if (!view.holds(q + i) || q + i >= span.room) verdict = false;
        else {
          const u = view.unit(q + i);
          if (u === FIELD_END) verdict = false;
          else if (u === FILLER) verdict = null;
          else {
            const f = foldCodePoint(u, folds);
            const cp = f.codePointAt(0)!;
            if (f.length !== String.fromCodePoint(cp).length) verdict = null;
            else if (cp !== term[i]) verdict = false;
          }
        }
      }
      if (verdict === null) return null;
      if (verdict) out.push(q);
    }
    return out;
  }
}

/**
 * Finds a term from the rarest of its triples (`recs`, at `offsets` in it)
 * when that triple's positions are at hand (held by its shard, or a small
 * read) and it leaves few candidate documents: every place the term can start
 * is checked in the text. Candidates are narrowed by the document lists the
 * shards hold, and by the others too with `readLists`. Returns null when the
 * term is better found otherwise, and the documents whose text could not
 * tell as `undecided`.
 */
export async function matchByRareKey(
  index: KeyIndex,
  recs: ShardRecord[],
  offsets: number[],
  term: readonly number[],
  check: TextCheck,
  readLists: boolean,
): Promise<{ found: Occurrences; undecided: number[] } | null> {
  const cheap = (r: ShardRecord) => r.positions !== null || (r.positionsAt !== null && r.positionsAt.length + (r.docsAt?.length ?? 0) <= MAX_RARE_BYTES);
  let k = -1;
  recs.forEach((r, i) => {
    if (cheap(r) && (k < 0 || r.df < recs[k]!.df)) k = i;
  });
  if (k < 0) return null;
  const rare = recs[k]!;
  // The rare triple's documents and positions come in one read when stored apart (a small one).
  const { start, positions } = await index.positions(rare, true);
  const docs = await index.docs(rare);
  // Lists the shards hold narrow the candidates at no cost; the others only when asked.
  let candidates = docs;
  for (const r of recs) if (r.docs) candidates = intersect(candidates, r.docs);
  if (candidates.length > MAX_CHECKED && readLists) {
    for (const list of await Promise.all(recs.filter((r) => !r.docs).map((r) => index.docs(r)))) candidates = intersect(candidates, list);
  }
  if (candidates.length > MAX_CHECKED) return null;
  const results = await Promise.all(
    Array.from(candidates, (doc) => {
      const i = lowerBound(docs, doc);
      const starts = Array.from(positions.subarray(start[i]!, start[i + 1]!), (p) => p - offsets[k]!).filter((q) => q >= 0);
      return check.matchesAt(doc, starts, term);
    }),
  );
  const found: Occurrences = { docs: new Int32Array(candidates.length), counts: new Int32Array(candidates.length), first: new Int32Array(candidates.length) };
  const undecided: number[] = [];
  let n = 0;
  results.forEach((starts, i) => {
    if (starts === null) undecided.push(candidates[i]!);
    else if (starts.length > 0) {
      found.docs[n] = candidates[i]!;
      found.counts[n] = starts.length;
      found.first[n++] = starts[0]!;
    }
  });
  return { found: { docs: found.docs.subarray(0, n), counts: found.counts.subarray(0, n), first: found.first.subarray(0, n) }, undecided };
}

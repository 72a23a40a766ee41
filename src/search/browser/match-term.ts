import type { KeyEntry } from '../core/dictionary-codec.ts';
import { keyOf, type FamilyId } from '../core/layout.ts';
import type { FoldMap } from '../core/fold.ts';
import { bestZone, cheapPairs, chooseCover, PHRASE_MAX_LENGTH, verifyInText, zoneOfOccurrence, type CoverKey } from '../core/planner.ts';
import type { DocStore } from './doc-store.ts';
import type { KeyIndex, KeyPostings } from './key-index.ts';
import { intersect } from './posting-ops.ts';
import { verifyInText as verify } from './text-verify.ts';

/** The documents holding a term, exactly, with how often and in which zone at best (see core/planner.ts). */
export interface TermMatch {
  docs: Int32Array;
  counts: Int32Array;
  zones: Uint8Array;
}

const EMPTY: TermMatch = { docs: new Int32Array(0), counts: new Int32Array(0), zones: new Uint8Array(0) };

/** The cost of reading a key's postings with positions: nothing more when its block holds them. */
const costOf = (e: KeyEntry) => (e.inline ? 0 : e.docsLength + e.positionsLength);

/** The documents' text, for terms better decided there (full text only). */
export interface TextSource {
  docs: DocStore;
  folds: FoldMap;
}

/**
 * Finds a folded term (as code points) in a family's keys, the way
 * core/planner.ts says. `phraseDocs` is how many documents a phrase with a key
 * of its own is in (null when none has one): only a key that frequent can
 * have a longer one extending it.
 */
export async function matchTerm(
  index: KeyIndex, family: FamilyId, term: readonly number[], phraseDocs: number | null = null, text?: TextSource,
): Promise<TermMatch> {
  if (term.length === 0) return EMPTY;
  const n = term.length;
  const pairs = n <= 2
    ? [await index.entry(keyOf(family, term))]
    : await Promise.all(Array.from({ length: n - 1 }, (_, o) => index.entry(keyOf(family, term.slice(o, o + 2)))));
  // A pair of the term that no document holds: nothing does.
  if (pairs.some((e) => e === null)) return EMPTY;
  if (n <= 2) return fromDocs(await index.postings(pairs[0]!, false));
  // Keys that may cover the term: its pairs, and the frequent phrases extending the frequent ones.
  const keys: (CoverKey & { entry: KeyEntry })[] = pairs.map((e, o) => ({ offset: o, length: 2, cost: costOf(e!), entry: e! }));
  await Promise.all(
    pairs.map(async (e, o) => {
      for (let length = 3; phraseDocs !== null && e && e.df >= phraseDocs && o + length <= n && length <= PHRASE_MAX_LENGTH; length++) {
        e = await index.entry(keyOf(family, term.slice(o, o + length)));
        if (e) keys.push({ offset: o, length, cost: costOf(e), entry: e });
      }
    }),
  );
  const whole = keys.find((k) => k.length === n);
  if (whole) return fromDocs(await index.postings(whole.entry, false));
  const cover = chooseCover(n, keys)!;
  const coverBytes = cover.reduce((s, k) => s + k.cost, 0);
  const cheap = cheapPairs(pairs.map((e) => (e!.inline ? 0 : e!.docsLength)), coverBytes);
  if (text && cheap.length > 0) {
    const lists = await Promise.all(cheap.map((o) => index.postings(pairs[o]!, false)));
    const candidates = lists.map((l) => l.docs).reduce((a, b) => intersect(a, b));
    if (verifyInText(candidates.length, coverBytes)) return verify(text.docs, candidates, String.fromCodePoint(...term), text.folds);
  }
  const lists = await Promise.all(cover.map((k) => index.postings(k.entry, true)));
  return alignKeys(lists, cover.map((k) => k.offset));
}

/** A key's documents as a term's match. */
function fromDocs(p: KeyPostings): TermMatch {
  return { docs: p.docs, counts: p.counts, zones: Uint8Array.from(p.docs, (_, i) => bestZone(p.inTitle[i]!, p.inLead[i]!)) };
}

/**
 * The documents where every key of `lists` occurs at its offset (`offsets`,
 * the first 0) from one start: the term's occurrences, counted, and the zone
 * of the first, from the first key's counts.
 */
function alignKeys(lists: KeyPostings[], offsets: number[]): TermMatch {
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

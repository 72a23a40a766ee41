import type { KeyEntry } from '../core/dictionary-codec.ts';
import { keyOf, type FamilyId, type SearchManifest } from '../core/layout.ts';
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

const NO_PHRASES = { phraseDocs: null, skipBytes: Infinity };

const EMPTY: TermMatch = { docs: new Int32Array(0), counts: new Int32Array(0), zones: new Uint8Array(0) };

/** The cost of reading a key's postings with positions: nothing more when its block holds them. */
const costOf = (e: KeyEntry) => (e.inline ? 0 : e.docsLength + e.positionsLength);

/** The documents' text, for terms better decided there (full text only). */
export interface TextSource {
  docs: DocStore;
  folds: FoldMap;
}

/**
 * The parts of a term of `n` characters that may have keys, all looked up at
 * once (one round trip): its pairs first (or the term itself, of one or two
 * characters), then with `phrases` every run of three to `PHRASE_MAX_LENGTH`.
 */
function termSpans(n: number, phrases: boolean): { offset: number; length: number }[] {
  if (n <= 2) return [{ offset: 0, length: n }];
  const spans = Array.from({ length: n - 1 }, (_, offset) => ({ offset, length: 2 }));
  for (let offset = 0; phrases && offset < n - 2; offset++) {
    for (let length = 3; length <= PHRASE_MAX_LENGTH && offset + length <= n; length++) spans.push({ offset, length });
  }
  return spans;
}

/** A term's `termSpans` and their dictionary entries (null for those no document holds); `whole` is the term's own. */
export async function termEntries(index: KeyIndex, family: FamilyId, term: readonly number[], phrases: boolean) {
  const spans = termSpans(term.length, phrases);
  const entries = await Promise.all(spans.map((k) => index.entry(keyOf(family, term.slice(k.offset, k.offset + k.length)))));
  return { spans, entries, whole: entries[spans.findIndex((k) => k.length === term.length)] ?? null };
}

/**
 * Finds a folded term (as code points) in a family's keys, the way
 * core/planner.ts says, with what the manifest says of the keys (the
 * documents a phrase with a key of its own is in, and the positions that
 * have skips; by default no phrase has a key and no positions have skips).
 */
export async function matchTerm(
  index: KeyIndex, family: FamilyId, term: readonly number[], keys: Pick<SearchManifest, 'phraseDocs' | 'skipBytes'> = NO_PHRASES, text?: TextSource,
): Promise<TermMatch> {
  if (term.length === 0) return EMPTY;
  const n = term.length;
  const { spans, entries, whole } = await termEntries(index, family, term, keys.phraseDocs !== null);
  const pairs = entries.slice(0, Math.max(1, n - 1));
  // A pair of the term that no document holds: nothing does.
  if (pairs.some((e) => e === null)) return EMPTY;
  if (n <= 2 || whole) return fromDocs(await index.postings(whole ?? pairs[0]!, false));
  // Keys that may cover the term: its pairs, and the frequent phrases in it that have keys.
  const covering: (CoverKey & { entry: KeyEntry })[] = [];
  spans.forEach((k, i) => {
    if (entries[i]) covering.push({ ...k, cost: costOf(entries[i]), entry: entries[i] });
  });
  const cover = chooseCover(n, covering)!;
  const coverBytes = cover.reduce((s, k) => s + k.cost, 0);
  const cheap = cheapPairs(pairs.map((e) => (e!.inline ? 0 : e!.docsLength)), coverBytes);
  if (text && cheap.length > 0) {
    const lists = await Promise.all(cheap.map((o) => index.postings(pairs[o]!, false)));
    const candidates = lists.map((l) => l.docs).reduce((a, b) => intersect(a, b));
    if (verifyInText(candidates.length, coverBytes)) return verify(text.docs, candidates, String.fromCodePoint(...term), text.folds);
  }
  // Large positions are read for the documents every key of the cover holds, the documents parts first.
  const large = (k: CoverKey & { entry: KeyEntry }) => k.entry.positionsLength >= keys.skipBytes;
  const first = await Promise.all(cover.map((k) => index.postings(k.entry, !large(k))));
  const candidates = first.map((l) => l.docs).reduce((a, b) => intersect(a, b));
  const lists = await Promise.all(
    cover.map((k, i) => (large(k) ? index.positionsAt(k.entry, indexesOf(first[i]!.docs, candidates)) : Promise.resolve(first[i]!))),
  );
  return alignKeys(lists, cover.map((k) => k.offset));
}

/** Where each of `docs` (ascending, all in `list`) is in `list`. */
function indexesOf(list: Int32Array, docs: Int32Array): Int32Array {
  const out = new Int32Array(docs.length);
  for (let i = 0, j = 0; i < docs.length; i++) {
    while (list[j]! < docs[i]!) j++;
    out[i] = j;
  }
  return out;
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

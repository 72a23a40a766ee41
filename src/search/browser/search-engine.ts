import { parseFoldPairs, type FoldMap } from '../core/fold.ts';
import type { DocHeader } from '../core/layout.ts';
import { FlatUnits } from '../core/units-view.ts';
import { parseQuery } from '../core/parse-query.ts';
import { DocStore } from './doc-store.ts';
import { filterDocs } from './filters.ts';
import type { IndexClient } from './index-client.ts';
import { KeyIndex } from './key-index.ts';
import { matchTerm, type TermMatch } from './match-term.ts';
import { pinyinReadings } from './pinyin-query.ts';
import { intersect, lowerBound, union } from './posting-ops.ts';
import { rankDocs } from './rank.ts';
import { TextCheck } from './text-check.ts';
import type { SearchParams } from './search-params.ts';

/** The answer to a search: matching documents in display order, and what was matched. */
export interface SearchOutcome {
  /** The folded terms every text match holds (for highlighting). */
  terms: string[];
  /** Matching document numbers, ranked. */
  docs: Int32Array;
  /** Documents matched by their text (the others were found by the pinyin of a title or a name), ascending. */
  textMatches: Int32Array;
  /** Where a term first occurs in a document's indexed text: at `at`, or somewhere in the `within` positions from it; null when the search does not know. */
  firstMatch(doc: number): FirstMatch | null;
}

/** Where a document's first match is: at `at` (`within` 0), or somewhere in the `within` positions from `at`. */
export interface FirstMatch {
  at: number;
  within: number;
}

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

/** Runs searches against the static index, fetching only the files each query needs. */
export class SearchEngine {
  private fullText: KeyIndex;
  private pinyin: KeyIndex;
  private names: KeyIndex;
  private foldMap: Promise<FoldMap> | null = null;
  /** The documents' headers and text, for showing results. */
  readonly docs: DocStore;
  private check: TextCheck;

  constructor(readonly client: IndexClient) {
    this.docs = new DocStore(client);
    this.check = new TextCheck(this.docs, () => this.folds());
    this.fullText = new KeyIndex(client, 'text');
    this.pinyin = new KeyIndex(client, 'pinyin');
    this.names = new KeyIndex(client, 'names');
  }

  /** The Traditional → Simplified map the index was folded with. */
  folds(): Promise<FoldMap> {
    this.foldMap ??= this.client.manifest().then((m) => parseFoldPairs(m.folds));
    return this.foldMap;
  }

  /** Finds the documents for a search: all terms in the text (exactly), or the pinyin of a title or name, within the filters. */
  async search(p: SearchParams): Promise<SearchOutcome> {
    const m = await this.client.manifest();
    const folds = await this.folds();
    const terms = parseQuery(p.q, folds);
    const [matches, pinyinDocs, allowed] = await Promise.all([
      Promise.all(terms.map((t) => matchTerm(this.fullText, codePoints(t), this.check))),
      this.matchPinyin(p.q, m.syllables),
      filterDocs(p, m, this.client, this.names, folds),
    ]);
    for (const t of matches) for (const r of t.preread ?? []) this.docs.keep(r.doc, new FlatUnits(r.header, r.units, r.from));
    let docs: Int32Array | null = matches.length ? matches.map((x) => x.docs).reduce((a, b) => intersect(a, b)) : null;
    const textDocs = docs ?? new Int32Array(0);
    if (pinyinDocs.length) docs = union(docs ?? new Int32Array(0), pinyinDocs);
    if (docs === null) docs = allowed ?? new Int32Array(0);
    else if (allowed) docs = intersect(docs, allowed);
    return { terms, docs: rankDocs({ docs, ...scores(docs, matches, pinyinDocs) }, p.sort), textMatches: intersect(docs, textDocs), firstMatch: (doc) => firstMatch(matches, doc, m.chunks.chunkPositions) };
  }

  /** What a result shows of a document besides its text. */
  header(doc: number): Promise<DocHeader | null> {
    return this.docs.header(doc);
  }

  /** Documents whose title or names spell the query in pinyin, under any reading of it. */
  private async matchPinyin(q: string, syllables: readonly string[]): Promise<Int32Array> {
    const readings = pinyinReadings(q, syllables);
    const found = await Promise.all(readings.map((r) => matchTerm(this.pinyin, r)));
    return found.map((f) => f.docs).reduce((a, b) => union(a, b), new Int32Array(0));
  }
}

/** The earliest place any term is known to first occur in a document: a position, or the chunk it is in. */
function firstMatch(matches: TermMatch[], doc: number, chunkPositions: number): FirstMatch | null {
  let best: FirstMatch | null = null;
  for (const t of matches) {
    const i = lowerBound(t.docs, doc);
    if (t.docs[i] !== doc) continue;
    let here: FirstMatch | null = null;
    if (t.first && t.first[i]! >= 0) here = { at: t.first[i]!, within: 0 };
    else if (t.firstChunk) here = { at: t.firstChunk[i]! * chunkPositions, within: chunkPositions };
    if (here && (best === null || here.at < best.at)) best = here;
  }
  return best;
}

/** Per-document ranking signals: terms in the title (a pinyin match counts as one) and occurrences. */
function scores(docs: Int32Array, matches: TermMatch[], pinyinDocs: Int32Array) {
  const titleHits = new Uint8Array(docs.length);
  const occurrences = new Int32Array(docs.length);
  const walk = (list: Int32Array, each: (i: number, j: number) => void) => {
    let j = 0;
    for (let i = 0; i < docs.length && j < list.length; i++) {
      while (j < list.length && list[j]! < docs[i]!) j++;
      if (list[j] === docs[i]) each(i, j);
    }
  };
  for (const t of matches) {
    walk(t.title, (i) => titleHits[i]!++);
    if (t.counts) walk(t.docs, (i, j) => (occurrences[i]! += t.counts![j]!));
  }
  walk(pinyinDocs, (i) => (titleHits[i] = Math.max(titleHits[i]!, 1)));
  return { titleHits, occurrences };
}

import { parseFoldPairs, type FoldMap } from '../core/fold.ts';
import { Family, type DocHeader } from '../core/layout.ts';
import { parseQuery } from '../core/parse-query.ts';
import { rankDocs, Zone, type ZoneId } from '../core/planner.ts';
import { DocStore } from './doc-store.ts';
import { filterDocs } from './filters.ts';
import type { IndexClient } from './index-client.ts';
import { KeyIndex } from './key-index.ts';
import { matchTerm, termEntries, type TermMatch } from './match-term.ts';
import { pinyinReadings } from './pinyin-query.ts';
import { intersect, lowerBound, union } from './posting-ops.ts';
import type { SearchParams } from './search-params.ts';

/** The answer to a search: matching documents in display order, and what was matched. */
export interface SearchOutcome {
  /** The folded terms every text match holds (for highlighting). */
  terms: string[];
  /** Matching document numbers, ranked: all `total` of them, or the first until `complete` has read the rest. */
  docs: Int32Array;
  total: number;
  /** Of them, how many were matched by their text (the others by the pinyin of a title or a name); all of them for a search with filters only. */
  textTotal: number;
  /** The zone every term occurs in at least (see core/planner.ts): a headline or lead match shows from a document's opening. */
  zoneOf: (doc: number) => ZoneId;
  /** Reads every matching document into `docs` when it holds only the first (a top list's); null when it holds them all. */
  complete: (() => Promise<void>) | null;
}

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

/** Runs searches against the static index, fetching only what each query needs. */
export class SearchEngine {
  readonly keys: KeyIndex;
  /** The documents' headers and text, for showing results. */
  readonly docs: DocStore;
  private foldMap: Promise<FoldMap> | null = null;

  constructor(readonly client: IndexClient) {
    this.keys = new KeyIndex(client);
    this.docs = new DocStore(client);
  }

  /** The Traditional → Simplified map the index was folded with. */
  folds(): Promise<FoldMap> {
    this.foldMap ??= this.client.manifest().then((m) => parseFoldPairs(m.folds));
    return this.foldMap;
  }

  /** Finds the documents for a search: all terms in the text (exactly), or the pinyin of a title or name, within the filters. */
  async search(p: SearchParams): Promise<SearchOutcome> {
    const m = await this.client.manifest();
    const terms = parseQuery(p.q, await this.folds());
    const filtered = p.paper || p.kind || p.reporter || p.from || p.to;
    // One term that is one key, in order of relevance: its top list, when it has one, is the first page (core/planner.ts).
    // The keys it would otherwise be matched from are looked up with it, in the same round trip.
    if (terms.length === 1 && p.sort === 'relevance' && !filtered && pinyinReadings(p.q, m.syllables).length === 0) {
      const e = (await termEntries(this.keys, Family.text, codePoints(terms[0]!), m.phraseDocs !== null)).whole;
      const top = e && (await this.keys.top(e));
      if (top) {
        const zones = new Map(Array.from(top.docs, (d, i) => [d, top.zones[i]! as ZoneId]));
        const outcome: SearchOutcome = {
          terms,
          docs: top.docs,
          total: e.df,
          textTotal: e.df,
          zoneOf: (doc) => zones.get(doc) ?? Zone.body,
          complete: async () => {
            const all = await this.searchAll(p, terms);
            Object.assign(outcome, { docs: all.docs, zoneOf: all.zoneOf, complete: null });
          },
        };
        return outcome;
      }
    }
    return this.searchAll(p, terms);
  }

  /** Every document a search finds, ranked. */
  private async searchAll(p: SearchParams, terms: string[]): Promise<SearchOutcome> {
    const m = await this.client.manifest();
    const folds = await this.folds();
    const [matches, pinyinDocs, allowed] = await Promise.all([
      Promise.all(terms.map((t) => matchTerm(this.keys, Family.text, codePoints(t), m, { docs: this.docs, folds }))),
      this.matchPinyin(p.q, m.syllables),
      filterDocs(p, m, this.client, this.keys, folds),
    ]);
    let docs: Int32Array | null = matches.length ? matches.map((x) => x.docs).reduce((a, b) => intersect(a, b)) : null;
    const textDocs = docs ?? new Int32Array(0);
    if (pinyinDocs.length) docs = union(docs ?? new Int32Array(0), pinyinDocs);
    if (docs === null) docs = allowed ?? new Int32Array(0);
    else if (allowed) docs = intersect(docs, allowed);
    const { zones, counts, least } = signals(docs, matches, pinyinDocs);
    const found = docs;
    const textTotal = matches.length || pinyinDocs.length ? intersect(docs, textDocs).length : docs.length;
    return {
      terms, docs: rankDocs({ docs, zones, counts }, p.sort), total: docs.length, textTotal,
      zoneOf: (doc) => least[lowerBound(found, doc)] as ZoneId, complete: null,
    };
  }

  /** What a result shows of a document besides its text. */
  async header(doc: number): Promise<DocHeader | null> {
    return (await this.docs.read(doc))?.header ?? null;
  }

  /** Documents whose title or names spell the query in pinyin, under any reading of it. */
  private async matchPinyin(q: string, syllables: readonly string[]): Promise<Int32Array> {
    const found = await Promise.all(pinyinReadings(q, syllables).map((r) => matchTerm(this.keys, Family.pinyin, r)));
    return found.map((f) => f.docs).reduce((a, b) => union(a, b), new Int32Array(0));
  }
}

/** Per-document signals: the terms' zones summed and the least of them (a pinyin match counts as a title match), and their occurrences. */
function signals(docs: Int32Array, matches: TermMatch[], pinyinDocs: Int32Array) {
  const zones = new Int32Array(docs.length);
  const counts = new Int32Array(docs.length);
  const least = new Uint8Array(docs.length).fill(matches.length ? Zone.body : Zone.title);
  const seen = new Uint8Array(docs.length);
  const walk = (list: Int32Array, each: (i: number, j: number) => void) => {
    let j = 0;
    for (let i = 0; i < docs.length && j < list.length; i++) {
      while (j < list.length && list[j]! < docs[i]!) j++;
      if (list[j] === docs[i]) each(i, j);
    }
  };
  for (const t of matches)
    walk(t.docs, (i, j) => {
      zones[i]! += t.zones[j]!;
      counts[i]! += t.counts[j]!;
      least[i] = seen[i] ? Math.min(least[i]!, t.zones[j]!) : t.zones[j]!;
      seen[i] = 1;
    });
  walk(pinyinDocs, (i) => {
    zones[i] = Math.max(zones[i]!, Zone.title);
    if (!seen[i]) least[i] = Zone.title;
  });
  return { zones, counts, least };
}

import { decodeDocFacets, type DocFacets } from '../core/doc-codec.ts';
import { indexPaths, type DatesTable, type NameEntry, type SearchManifest } from '../core/layout.ts';
import type { IndexClient } from './index-client.ts';
import { lowerBound } from './posting-ops.ts';
import type { SearchOutcome } from './search-engine.ts';

/** One value of a facet and how many of the results have it. */
export interface FacetValue {
  /** What the filter is set to (a paper's name, a kind, a year, a reporter's name). */
  value: string;
  count: number;
}

/** The facets of a result list, each most common first. */
export interface Facets {
  paper: FacetValue[];
  kind: FacetValue[];
  year: FacetValue[];
  reporter: FacetValue[];
}

/** Reporters a list offers at most: the others are found by typing a name. */
const MAX_REPORTERS = 10;

/** Year of each document number: the years' first documents, from the dates table (documents are in date order). */
function yearStarts(t: DatesTable | null): { years: string[]; starts: number[]; undated: number } {
  const out = { years: [] as string[], starts: [] as number[], undated: t?.undated ?? 0 };
  t?.dates.forEach((d, i) => {
    const y = d.slice(0, 4);
    if (out.years[out.years.length - 1] !== y) {
      out.years.push(y);
      out.starts.push(t.starts[i]!);
    }
  });
  return out;
}

/**
 * Counts, over `docs`, each value of each facet, most common first (ties in the lists' order); years newest first.
 * @internal Exported for tests/search-facets.test.ts.
 */
export function countFacets(docs: Int32Array, f: DocFacets, m: SearchManifest, dates: DatesTable | null, names: readonly NameEntry[]): Facets {
  const papers = new Int32Array(m.papers.length);
  const kinds = new Int32Array(m.kinds.length);
  const reporters = new Int32Array(names.length);
  const y = yearStarts(dates);
  const years = new Int32Array(y.years.length);
  for (const d of docs) {
    if (f.paper[d]! >= 0) papers[f.paper[d]!]!++;
    kinds[f.kind[d]!]!++;
    for (let i = f.reporterStart[d]!; i < f.reporterStart[d + 1]!; i++) reporters[f.reporters[i]!]!++;
    if (d < y.undated) years[lowerBound(y.starts, d, true) - 1]!++;
  }
  const list = (counts: Int32Array, label: (i: number) => string) =>
    Array.from(counts, (count, i) => ({ value: label(i), count }))
      .filter((v) => v.count > 0)
      .sort((a, b) => b.count - a.count);
  return {
    paper: list(papers, (i) => m.papers[i]!.name),
    kind: list(kinds, (i) => m.kinds[i]!.kind),
    year: list(years, (i) => y.years[i]!).sort((a, b) => (a.value < b.value ? 1 : -1)),
    reporter: list(reporters, (i) => names[i]!.name).slice(0, MAX_REPORTERS),
  };
}

/** Counts the facets of result lists, loading the facets table, the dates table and the names lexicon once. */
export class FacetCounter {
  private tables: Promise<[DocFacets, DatesTable | null, NameEntry[]]> | null = null;

  constructor(private client: IndexClient) {}

  /** The facets of all of an outcome's results (reading the rest of a top list's first). */
  async count(outcome: SearchOutcome): Promise<Facets> {
    const m = await this.client.manifest();
    if (outcome.complete) await outcome.complete();
    const [f, dates, names] = await this.load(m);
    // Counting walks documents in number order; the outcome holds them ranked.
    return countFacets(Int32Array.from(outcome.docs).sort(), f, m, dates, names);
  }

  private load(m: SearchManifest): Promise<[DocFacets, DatesTable | null, NameEntry[]]> {
    this.tables ??= Promise.all([
      this.client.bytes(indexPaths.docFacets()).then((b) => {
        if (!b) throw new Error('search index has no facets table');
        return decodeDocFacets(b, m.docCount);
      }),
      this.client.json<DatesTable>(indexPaths.dates()),
      this.client.json<NameEntry[]>(indexPaths.names()).then((n) => n ?? []),
    ]);
    this.tables.catch(() => (this.tables = null));
    return this.tables;
  }
}

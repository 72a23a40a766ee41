import type { DocRecord, NameEntry } from '../core/layout.ts';
import { wantsReporters, type ReporterSuggest } from './reporter-suggest.ts';
import { showsMatch } from './highlight.ts';
import { has } from './posting-ops.ts';
import type { SearchEngine, SearchOutcome } from './search-engine.ts';
import type { SearchParams } from './search-params.ts';

/** Everything the search page shows for a query: the outcome, the first results' records, and reporters to offer. */
export interface Answer {
  outcome: SearchOutcome;
  records: DocRecord[];
  reporters: NameEntry[];
}

/** Answers a search the way the page shows it (the benchmark measures this same work). */
export async function answerQuery(engine: SearchEngine, reporters: ReporterSuggest, p: SearchParams, pageSize: number): Promise<Answer> {
  const outcome = await engine.search(p);
  const [records, names] = await Promise.all([
    recordsOf(engine, outcome, 0, pageSize),
    wantsReporters(p, outcome.docs.length) ? reporters.suggest(p.q).catch(() => []) : Promise.resolve([]),
  ]);
  return { outcome, records, reporters: names };
}

/**
 * The records of the results `from…from+count` of an outcome, in order, each
 * with enough text to show the passage around its first match: a record holds
 * the opening of the text, and the whole is fetched only when the opening
 * shows no match of a document found by its text.
 */
export async function recordsOf(engine: SearchEngine, outcome: SearchOutcome, from: number, count: number): Promise<DocRecord[]> {
  const folds = await engine.folds();
  const records = await Promise.all(
    Array.from(outcome.docs.subarray(from, from + count), async (d) => {
      const r = await engine.record(d);
      if (!r?.cut || !has(outcome.textMatches, d) || showsMatch(r, outcome.terms, folds)) return r;
      return { ...r, fields: await engine.text(d, r, outcome.firstMatch(d)), cut: false };
    }),
  );
  return records.filter((r): r is DocRecord => r !== null);
}

import type { NameEntry } from '../core/layout.ts';
import { wantsReporters } from '../core/planner.ts';
import type { ResultRecord } from './highlight.ts';
import type { ReporterSuggest } from './reporter-suggest.ts';
import type { SearchEngine, SearchOutcome } from './search-engine.ts';
import type { SearchParams } from './search-params.ts';

/** Everything the search page shows for a query: the outcome, the first results, and reporters to offer. */
export interface Answer {
  outcome: SearchOutcome;
  results: ResultRecord[];
  reporters: NameEntry[];
}

/** Answers a search the way the page shows it (the benchmark measures this same work). */
export async function answerQuery(engine: SearchEngine, reporters: ReporterSuggest, p: SearchParams, pageSize: number): Promise<Answer> {
  const outcome = await engine.search(p);
  const [results, names] = await Promise.all([
    resultsOf(engine, outcome, 0, pageSize),
    wantsReporters(p, outcome.docs.length) ? reporters.suggest(p.q).catch(() => []) : Promise.resolve([]),
  ]);
  return { outcome, results, reporters: names };
}

/** The results `from…from+count` of an outcome, in order, each with its text (one read of its record). */
export async function resultsOf(engine: SearchEngine, outcome: SearchOutcome, from: number, count: number): Promise<ResultRecord[]> {
  const records = await Promise.all(Array.from(outcome.docs.subarray(from, from + count), (d) => engine.docs.read(d)));
  return records.flatMap((r) => (r ? [{ ...r.header, fields: r.fields, head: r.head }] : []));
}

import type { NameEntry } from '../core/layout.ts';
import { wantsReporters } from '../core/planner.ts';
import { Zone } from '../core/planner.ts';
import { bodyShowsMatch, type ResultRecord } from './highlight.ts';
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
    wantsReporters(p, outcome.total) ? reporters.suggest(p.q).catch(() => []) : Promise.resolve([]),
  ]);
  return { outcome, results, reporters: names };
}

/** The results `from…from+count` of an outcome, in order, each with the text its passage is taken from. */
export async function resultsOf(engine: SearchEngine, outcome: SearchOutcome, from: number, count: number): Promise<ResultRecord[]> {
  const folds = await engine.folds();
  if (outcome.complete && from + count > outcome.docs.length) await outcome.complete();
  const records = await Promise.all(
    Array.from(outcome.docs.subarray(from, from + count), async (d) => {
      // A match in the headline or the lead shows from the opening; one deeper needs the whole text.
      const zone = outcome.zoneOf(d);
      const r = await engine.docs.read(d, zone === Zone.body ? 'whole' : 'opening');
      if (!r || !r.more || zone === Zone.title) return r;
      // Folding may move a lead match a little past the opening.
      return bodyShowsMatch({ ...r.header, ...r }, outcome.terms, folds) ? r : engine.docs.read(d);
    }),
  );
  return records.flatMap((r) => (r ? [{ ...r.header, fields: r.fields, head: r.head, lead: r.lead }] : []));
}

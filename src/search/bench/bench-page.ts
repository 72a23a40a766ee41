// Browser entry of the search benchmark: answers a query the way the search
// page does (search, first results' records, reporters to offer, results
// rendered with snippets) and reports how long it took.
import { answerQuery } from '../browser/answer-query.ts';
import { IndexClient } from '../browser/index-client.ts';
import { ReporterSuggest } from '../browser/reporter-suggest.ts';
import { renderResult } from '../browser/result-view.ts';
import { SearchEngine } from '../browser/search-engine.ts';

const engine = new SearchEngine(new IndexClient('/'));
const reporters = new ReporterSuggest(engine.client, () => engine.folds());

async function benchSearch(q: string): Promise<{ ms: number; total: number }> {
  const started = performance.now();
  const a = await answerQuery(engine, reporters, { q, paper: null, kind: null, from: null, to: null, reporter: null, sort: 'relevance' }, 10);
  const folds = await engine.folds();
  const list = document.createElement('ol');
  list.append(...a.records.map((r) => renderResult(r, a.outcome.terms, folds, `/article/${r.id}/`)));
  document.body.replaceChildren(list);
  return { ms: performance.now() - started, total: a.outcome.docs.length };
}

Object.assign(window, { benchSearch });

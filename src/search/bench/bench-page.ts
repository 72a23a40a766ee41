// Browser entry of the search benchmark: answers a query the way the search
// page does (search, first results' records, reporters to offer, results
// with their passages chosen and matches marked) and reports how long it took and
// what it fetched when. The cards themselves are the site's templates (a few
// elements cloned per result), which this page, built without Astro, does not have.
import { answerQuery } from '../browser/answer-query.ts';
import { RESULTS_PER_PAGE } from '../core/planner.ts';
import { IndexClient, type Fetcher } from '../browser/index-client.ts';
import { ReporterSuggest } from '../browser/reporter-suggest.ts';
import { resultContent } from '../browser/result-view.ts';
import { SearchEngine } from '../browser/search-engine.ts';
import type { FetchCall } from './bench-timeline.ts';

let calls: FetchCall[] = [];
// Notes each fetch's URL, range and when its body arrived; sizes come from the browser's resource timing.
const logging: Fetcher = async (url, init) => {
  const start = performance.now();
  const res = await fetch(url, init);
  const body = await res.arrayBuffer();
  calls.push({ url: new URL(url, location.href).href, range: new Headers(init?.headers).get('Range'), start, end: performance.now() });
  return new Response(body, { status: res.status, headers: res.headers });
};

const engine = new SearchEngine(new IndexClient('/', logging));
const reporters = new ReporterSuggest(engine.client, () => engine.folds());

async function benchSearch(q: string): Promise<{ ms: number; total: number; started: number; calls: FetchCall[] }> {
  calls = [];
  const started = performance.now();
  const a = await answerQuery(engine, reporters, { q, paper: null, kind: null, from: null, to: null, reporter: null, sort: 'relevance' }, RESULTS_PER_PAGE);
  const folds = await engine.folds();
  const shown = a.results.map((r) => resultContent(r, a.outcome.terms, folds, `/article/${r.id}/`));
  document.body.textContent = shown.map((c) => c.title.map((s) => s.text).join('')).join('\n');
  return { ms: performance.now() - started, total: a.outcome.total, started, calls };
}

Object.assign(window, { benchSearch });

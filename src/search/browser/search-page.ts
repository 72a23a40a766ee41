import type { NameEntry } from '../core/layout.ts';
import { answerQuery, resultsOf } from './answer-query.ts';
import { RESULTS_PER_PAGE } from '../core/planner.ts';
import type { ResultRecord } from './highlight.ts';
import { renderActiveFilters, renderFacets } from './facet-view.ts';
import { IndexClient } from './index-client.ts';
import { ReporterSuggest } from './reporter-suggest.ts';
import { linkReferences } from './result-export.ts';
import { FacetCounter } from './result-facets.ts';
import { renderResult, resultCards, resultContent } from './result-view.ts';
import { SearchEngine, type SearchOutcome } from './search-engine.ts';
import { isEmptySearch, readParams, writeParams, type SearchParams } from './search-params.ts';
import { statusText } from './search-status.ts';

// Results shown at once; "more" appends the next ones. Each costs a range request or two.
const PAGE_SIZE = RESULTS_PER_PAGE;

const root = document.getElementById('search-page')!;
const form = document.getElementById('search-form') as HTMLFormElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const suggestions = document.getElementById('search-suggestions')!;
const active = document.getElementById('search-active')!;
const facets = document.getElementById('search-facets')!;
const exported = document.getElementById('search-export')!;
const [risLink, bibtexLink] = exported.querySelectorAll('a');
const reporterOptions = document.getElementById('reporter-options') as HTMLDataListElement;
const cards = resultCards(document);
const articleHref = (id: string) => root.dataset.articleHref!.replace('__ID__', encodeURIComponent(id));
const permalink = (id: string) => root.dataset.permalink!.replace('__ID__', encodeURIComponent(id));
const searchHref = (p: SearchParams) => `${location.pathname}?${writeParams(p)}`;
// As built: `搜索 · <site name>`.
const pageTitle = document.title;

const client = new IndexClient(root.dataset.base ?? '/');
const engine = new SearchEngine(client);
const reporters = new ReporterSuggest(client, () => engine.folds());
const facetCounter = new FacetCounter(client);

let current: { outcome: SearchOutcome; records: ResultRecord[] } | null = null;
let generation = 0;

/** Puts a search into the form's fields. */
function fillForm(p: SearchParams): void {
  for (const [k, v] of Object.entries(p) as [string, string | null][]) {
    const field = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = v ?? (k === 'sort' ? 'relevance' : '');
  }
}

/** Reads the form as a search. */
function formParams(): SearchParams {
  const data = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string') data.set(k, v);
  return readParams(data);
}

/** Runs a search and shows its first results; a newer search makes an older one's answer be dropped. */
async function run(p: SearchParams): Promise<void> {
  const mine = ++generation;
  list.replaceChildren();
  suggestions.replaceChildren();
  facets.replaceChildren();
  active.replaceChildren(...renderActiveFilters(p, searchHref));
  more.hidden = true;
  exported.hidden = true;
  current = null;
  document.title = p.q ? `${p.q} · ${pageTitle}` : pageTitle;
  if (isEmptySearch(p)) {
    status.textContent = '输入字词搜索标题、正文和署名；可用空格分隔多个词，用引号搜索完整短语。';
    root.dataset.state = 'done';
    return;
  }
  status.textContent = '正在搜索…';
  root.dataset.state = 'searching';
  try {
    const a = await answerQuery(engine, reporters, p, PAGE_SIZE);
    if (mine !== generation) return;
    const { total, textTotal } = a.outcome;
    // A date range that leaves nothing says how many the rest of the search finds outside it.
    const outsideDates = total === 0 && (p.from || p.to) ? (await engine.search({ ...p, from: null, to: null })).total : 0;
    if (mine !== generation) return;
    status.textContent = statusText(p, { total, textTotal, outsideDates });
    current = { outcome: a.outcome, records: [] };
    await showRecords(a.results);
    showReporters(p, a.reporters);
    // Facets are extra: a failure to count them leaves the results as they are.
    if (total > 0) await showFacets(p, a.outcome, mine).catch((e: unknown) => console.error(e));
  } catch (e) {
    console.error(e);
    if (mine === generation) status.textContent = '搜索索引无法加载，请稍后重试，或先按报纸和日期浏览。';
  }
  // Tells tests (and anything else watching) that this search has been shown.
  if (mine === generation) root.dataset.state = 'done';
}

/** Shows the facets of all of a search's results, unless a newer search has started meanwhile. */
async function showFacets(p: SearchParams, outcome: SearchOutcome, mine: number): Promise<void> {
  const counted = await facetCounter.count(outcome);
  if (mine === generation) facets.replaceChildren(...renderFacets(counted, p, searchHref));
}

/** Appends results; focus moves to the first new one when asked (keyboard users pressing "more"). */
async function showRecords(records: ResultRecord[], focus = false): Promise<void> {
  if (!current) return;
  const { outcome } = current;
  const folds = await engine.folds();
  const items = records.map((r) => renderResult(cards, resultContent(r, outcome.terms, folds, articleHref(r.id))));
  list.append(...items);
  current.records.push(...records);
  more.hidden = current.records.length >= outcome.total;
  exported.hidden = current.records.length === 0;
  linkReferences(risLink!, bibtexLink!, current.records, permalink);
  if (focus) items[0]?.querySelector('a')?.focus();
}

/** Loads and appends the next page of results. */
async function showMore(): Promise<void> {
  if (!current) return;
  const mine = generation;
  const records = await resultsOf(engine, current.outcome, current.records.length, PAGE_SIZE);
  if (mine === generation) await showRecords(records, true);
}

/** Offers reporters whose name or pinyin is close to the query (a misspelt name still finds them). */
function showReporters(p: SearchParams, names: NameEntry[]): void {
  if (names.length === 0) return;
  const label = document.createElement('span');
  label.textContent = '记者：';
  suggestions.append(label);
  for (const n of names) {
    const a = document.createElement('a');
    a.href = searchHref({ ...p, q: '', reporter: n.name });
    a.dataset.search = '';
    a.textContent = `${n.name}（${n.count} 篇）`;
    suggestions.append(a, ' ');
  }
}

/** Runs a search as a new history step (the back button returns to the one before). */
function navigate(p: SearchParams): void {
  if (location.search !== `?${writeParams(p)}`) history.pushState(null, '', searchHref(p));
  void run(p);
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  navigate(formParams());
});
// Facet values and filter chips are links to other searches: followed here, without a reload.
root.addEventListener('click', (ev) => {
  const a = (ev.target as Element).closest?.<HTMLAnchorElement>('a[data-search]') ?? null;
  if (!a || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  const p = readParams(new URL(a.href).searchParams);
  fillForm(p);
  navigate(p);
});
for (const name of ['paper', 'kind', 'sort', 'from', 'to']) (form.elements.namedItem(name) as HTMLElement | null)?.addEventListener('change', () => form.requestSubmit());
more.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  const p = readParams(new URLSearchParams(location.search));
  fillForm(p);
  void run(p);
});

// The reporter box suggests names as one types, through the same fuzzy name search.
const reporterInput = form.elements.namedItem('reporter') as HTMLInputElement;
async function suggestReporters(): Promise<void> {
  const typed = reporterInput.value;
  const names = await reporters.suggest(typed, 8).catch(() => [] as NameEntry[]);
  if (typed !== reporterInput.value) return;
  reporterOptions.replaceChildren(...names.map((n) => Object.assign(document.createElement('option'), { value: n.name, label: `${n.pinyin} · ${n.count} 篇` })));
}
reporterInput.addEventListener('input', () => void suggestReporters());

const initial = readParams(new URLSearchParams(location.search));
fillForm(initial);
void run(initial);

import type { EntryKind } from '../../schema/entry.ts';
import { groupDigits, KIND_LABELS } from '../../text/labels.ts';
import type { Facets, FacetValue } from './result-facets.ts';
import type { SearchParams } from './search-params.ts';

/** The address of a search, for links that change its filters. */
export type SearchHref = (p: SearchParams) => string;

const kindLabel = (k: string) => KIND_LABELS[k as EntryKind] ?? k;
const yearRange = (y: string) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

/** A link to another search; the page follows it without reloading (`data-search`). */
function searchLink(href: string, text: string, className: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.className = className;
  a.dataset.search = '';
  a.textContent = text;
  return a;
}

/** The filters a search has set, each with its name, what it shows and the search without it. */
function activeFilters(p: SearchParams): { label: string; without: SearchParams }[] {
  const out: { label: string; without: SearchParams }[] = [];
  if (p.paper) out.push({ label: `报纸：${p.paper}`, without: { ...p, paper: null } });
  if (p.kind) out.push({ label: `类型：${kindLabel(p.kind)}`, without: { ...p, kind: null } });
  if (p.from || p.to) out.push({ label: `日期：${p.from ?? '最早'} 至 ${p.to ?? '最新'}`, without: { ...p, from: null, to: null } });
  if (p.reporter) out.push({ label: `记者：${p.reporter}`, without: { ...p, reporter: null } });
  return out;
}

/** The filters in force, each a link that removes it, and one that removes them all; nothing when none is set. */
export function renderActiveFilters(p: SearchParams, href: SearchHref): Node[] {
  const active = activeFilters(p);
  if (active.length === 0) return [];
  const label = document.createElement('span');
  label.textContent = '当前筛选：';
  const chips = active.map((f) => {
    const a = searchLink(href(f.without), `${f.label} ✕`, 'search-chip');
    a.setAttribute('aria-label', `去掉筛选 ${f.label}`);
    return a;
  });
  const all = searchLink(href({ ...p, paper: null, kind: null, from: null, to: null, reporter: null }), '清除全部筛选', 'search-chip search-chip--all');
  return [label, ...chips, all];
}

/** One facet: a heading and its values with their counts, each narrowing the search to it (the value in force marked). */
function facetGroup(
  title: string,
  values: FacetValue[],
  label: (v: string) => string,
  narrow: (v: string) => Partial<SearchParams>,
  isOn: (v: string) => boolean,
  p: SearchParams,
  href: SearchHref,
): HTMLElement {
  const group = document.createElement('section');
  group.className = 'search-facet';
  const h = document.createElement('h2');
  h.textContent = title;
  const list = document.createElement('ul');
  for (const v of values) {
    const li = document.createElement('li');
    const a = searchLink(href({ ...p, ...narrow(v.value) }), label(v.value), 'search-facet__value');
    if (isOn(v.value)) a.setAttribute('aria-current', 'true');
    const count = document.createElement('span');
    count.className = 'search-facet__count';
    count.textContent = groupDigits(v.count);
    a.append(' ', count);
    li.append(a);
    list.append(li);
  }
  group.append(h, list);
  return group;
}

/** The facets of a result list (paper, kind, year, reporter), groups with no value left out. */
export function renderFacets(f: Facets, p: SearchParams, href: SearchHref): HTMLElement[] {
  const same = (x: string | null) => (v: string) => x === v;
  const groups = [
    facetGroup('报纸', f.paper, String, (v) => ({ paper: v }), same(p.paper), p, href),
    facetGroup('类型', f.kind, kindLabel, (v) => ({ kind: v }), same(p.kind), p, href),
    facetGroup('年份', f.year, (y) => `${y} 年`, yearRange, (y) => p.from === yearRange(y).from && p.to === yearRange(y).to, p, href),
    facetGroup('记者', f.reporter, String, (v) => ({ reporter: v }), same(p.reporter), p, href),
  ];
  return groups.filter((g) => g.querySelector('li'));
}

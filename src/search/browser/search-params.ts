import type { SortOrder } from '../core/planner.ts';

/** A search as the URL holds it: the query, the filters and the order. */
export interface SearchParams {
  q: string;
  paper: string | null;
  kind: string | null;
  /** Inclusive date range, `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  reporter: string | null;
  sort: SortOrder;
}

const SORTS: SortOrder[] = ['relevance', 'newest', 'oldest'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a search from URL parameters, ignoring values that are not valid. */
export function readParams(search: URLSearchParams): SearchParams {
  const text = (k: string) => search.get(k)?.trim() || null;
  const date = (k: string) => {
    const v = text(k);
    return v && DATE.test(v) ? v : null;
  };
  const sort = search.get('sort') as SortOrder;
  return {
    q: search.get('q')?.trim() ?? '',
    paper: text('paper'),
    kind: text('kind'),
    from: date('from'),
    to: date('to'),
    reporter: text('reporter'),
    sort: SORTS.includes(sort) ? sort : 'relevance',
  };
}

/** Writes a search as URL parameters, leaving out empty filters and the default order. */
export function writeParams(p: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.q) out.set('q', p.q);
  for (const k of ['paper', 'kind', 'from', 'to', 'reporter'] as const) {
    const v = p[k];
    if (v) out.set(k, v);
  }
  if (p.sort !== 'relevance') out.set('sort', p.sort);
  return out;
}

/** Whether a search asks for anything (a query or at least one filter). */
export function isEmptySearch(p: SearchParams): boolean {
  return !p.q && !p.paper && !p.kind && !p.from && !p.to && !p.reporter;
}

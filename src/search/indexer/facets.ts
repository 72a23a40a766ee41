import type { Entry } from '../../schema/entry.ts';
import type { DocFacetRow } from '../core/doc-codec.ts';
import type { DatesTable } from '../core/layout.ts';

/** A value entries can be filtered by, and the document numbers that have it. */
export interface Facet {
  name: string;
  docs: number[];
}

/** Groups document numbers by a value of their entry (papers, kinds), most common first. */
export function facetBy(ordered: readonly Entry[], value: (e: Entry) => string | null): Facet[] {
  const groups = new Map<string, number[]>();
  ordered.forEach((e, n) => {
    const v = value(e);
    if (v === null) return;
    const list = groups.get(v);
    if (list) list.push(n);
    else groups.set(v, [n]);
  });
  return [...groups].map(([name, docs]) => ({ name, docs })).sort((a, b) => b.docs.length - a.docs.length || (a.name < b.name ? -1 : 1));
}

/** The first document number of each date, for date-range filters (entries are in date order). */
export function datesTable(ordered: readonly Entry[]): DatesTable {
  const table: DatesTable = { dates: [], starts: [], undated: ordered.length };
  ordered.forEach((e, n) => {
    if (e.date === null) table.undated = Math.min(table.undated, n);
    else if (table.dates[table.dates.length - 1] !== e.date) {
      table.dates.push(e.date);
      table.starts.push(n);
    }
  });
  return table;
}

/** Each document's paper, kind and reporters as indexes into the lists the manifest and the names lexicon hold, for the facets table. */
export function docFacetRows(
  ordered: readonly Entry[],
  papers: readonly Facet[],
  kinds: readonly Facet[],
  reporters: readonly { docs: number[] }[],
): DocFacetRow[] {
  const paperOf = new Map(papers.map((f, i) => [f.name, i]));
  const kindOf = new Map(kinds.map((f, i) => [f.name, i]));
  const rows = ordered.map((e): DocFacetRow => ({ paper: e.paper === null ? -1 : paperOf.get(e.paper)!, kind: kindOf.get(e.kind)!, reporters: [] }));
  reporters.forEach((r, i) => {
    for (const d of r.docs) rows[d]!.reporters.push(i);
  });
  return rows;
}

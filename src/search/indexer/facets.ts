import type { Entry } from '../../schema/entry.ts';
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

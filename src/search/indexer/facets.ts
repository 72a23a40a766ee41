import type { DocFacetRow } from '../core/doc-codec.ts';
import type { DatesTable } from '../core/layout.ts';

/** A value entries can be filtered by, and the document numbers that have it. */
export interface Facet {
  name: string;
  docs: number[];
}

/** Groups document numbers, given in order, by a value of their entry (papers, kinds). */
export class FacetGroups {
  private groups = new Map<string, { first: number; docs: number[] }>();
  /** Each document's value, as its group's number in the order first met (-1 for none). */
  private valueOf: number[] = [];

  /** Adds document `n` (the next one), with its value or none. */
  add(n: number, value: string | null): void {
    if (value === null) {
      this.valueOf.push(-1);
      return;
    }
    let g = this.groups.get(value);
    if (!g) this.groups.set(value, (g = { first: this.groups.size, docs: [] }));
    g.docs.push(n);
    this.valueOf.push(g.first);
  }

  /** The groups, most common first. */
  facets(): Facet[] {
    return [...this.groups].map(([name, g]) => ({ name, docs: g.docs })).sort((a, b) => b.docs.length - a.docs.length || (a.name < b.name ? -1 : 1));
  }

  /** Each document's value as an index into `facets()` (-1 for none). */
  indexes(facets: readonly Facet[]): Int32Array {
    const byFirst = new Int32Array(this.groups.size);
    facets.forEach((f, i) => (byFirst[this.groups.get(f.name)!.first] = i));
    return Int32Array.from(this.valueOf, (v) => (v < 0 ? -1 : byFirst[v]!));
  }
}

/** The first document number of each date, for date-range filters (documents come in date order, undated last). */
export class DatesBuilder {
  private table: DatesTable = { dates: [], starts: [], undated: Infinity };
  private docs = 0;

  /** Adds document `n` (the next one) with its date. */
  add(n: number, date: string | null): void {
    const t = this.table;
    this.docs = n + 1;
    if (date === null) t.undated = Math.min(t.undated, n);
    else if (t.dates[t.dates.length - 1] !== date) {
      t.dates.push(date);
      t.starts.push(n);
    }
  }

  /** The table, once every document is added (`undated` is the document count when none is). */
  finish(): DatesTable {
    return { ...this.table, undated: Math.min(this.table.undated, this.docs) };
  }
}

/** Each document's paper, kind and reporters as indexes into the lists the manifest and the names lexicon hold, for the facets table. */
export function docFacetRows(paper: Int32Array, kind: Int32Array, reporters: readonly { docs: number[] }[]): DocFacetRow[] {
  const rows = Array.from(paper, (p, d): DocFacetRow => ({ paper: p, kind: kind[d]!, reporters: [] }));
  reporters.forEach((r, i) => {
    for (const d of r.docs) rows[d]!.reporters.push(i);
  });
  return rows;
}

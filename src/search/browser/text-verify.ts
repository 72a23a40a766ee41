import { foldText, type FoldMap } from '../core/fold.ts';
import { zoneAt } from '../core/planner.ts';
import type { DocStore } from './doc-store.ts';
import type { TermMatch } from './match-term.ts';

/**
 * Finds a folded term in the text of a few candidate documents, read whole:
 * each field folded as the index folds it, its positions counted as the index
 * counts them (code points, a separator after each field), so the counts and
 * zones are the ones the index's positions would give.
 */
export async function verifyInText(docs: DocStore, candidates: Int32Array, term: string, folds: FoldMap): Promise<TermMatch> {
  const records = await Promise.all(Array.from(candidates, (d) => docs.read(d)));
  const out = { docs: [] as number[], counts: [] as number[], zones: [] as number[] };
  records.forEach((r, i) => {
    if (!r) return;
    const folded = r.fields.map((f) => foldText(f, folds));
    const titleEnd = folded.slice(0, r.head).reduce((s, f) => s + Array.from(f).length + 1, 0) - 1;
    let count = 0;
    let first = -1;
    let base = 0;
    for (const f of folded) {
      for (let at = f.indexOf(term); at >= 0; at = f.indexOf(term, at + 1)) {
        if (count++ === 0) first = base + Array.from(f.slice(0, at)).length;
      }
      base += Array.from(f).length + 1;
    }
    if (count === 0) return;
    out.docs.push(candidates[i]!);
    out.counts.push(count);
    out.zones.push(zoneAt(first, titleEnd));
  });
  return { docs: Int32Array.from(out.docs), counts: Int32Array.from(out.counts), zones: Uint8Array.from(out.zones) };
}

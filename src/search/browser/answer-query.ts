import type { NameEntry } from '../core/layout.ts';
import { joinPieces } from '../core/units-view.ts';
import { wantsReporters, type ReporterSuggest } from './reporter-suggest.ts';
import { PASSAGE_BEFORE, PASSAGE_WIDTH } from '../core/passage.ts';
import { showsMatch, type ResultRecord } from './highlight.ts';
import { has } from './posting-ops.ts';
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
    wantsReporters(p, outcome.docs.length) ? reporters.suggest(p.q).catch(() => []) : Promise.resolve([]),
  ]);
  return { outcome, results, reporters: names };
}

/** The results `from…from+count` of an outcome, in order, each with the text to show the passage around its first match. */
export async function resultsOf(engine: SearchEngine, outcome: SearchOutcome, from: number, count: number): Promise<ResultRecord[]> {
  const results = await Promise.all(Array.from(outcome.docs.subarray(from, from + count), (d) => resultOf(engine, outcome, d)));
  return results.filter((r): r is ResultRecord => r !== null);
}

/**
 * One result in one read when the search knows where the document's first
 * match is: the passage around it (around the chunk holding it, when that is
 * what is known). Otherwise the first chunk, and the rest of the text only
 * when the opening shows no match of a document found by its text.
 */
async function resultOf(engine: SearchEngine, outcome: SearchOutcome, doc: number): Promise<ResultRecord | null> {
  const first = outcome.firstMatch(doc);
  // The longest term ends inside the read, wherever in `within` it starts.
  const longest = Math.max(0, ...outcome.terms.map((t) => t.length));
  if (first !== null) {
    // Within a chunk the passage may start anywhere, and reading from before the chunk would cost the chunk before.
    const from = first.within > 0 ? first.at : first.at - PASSAGE_BEFORE;
    const t = await engine.docs.read(doc, from, Math.max(from + PASSAGE_WIDTH, first.at + first.within + longest));
    if (!t) return null;
    const r: ResultRecord = { ...t.header, pieces: t.pieces };
    // A chunk is named up to the 255th: past it, the match may lie further on.
    if (first.within === 0 || showsMatch(r, outcome.terms, await engine.folds())) return r;
  }
  const { chunks } = await engine.client.manifest();
  const opening = await engine.docs.read(doc, 0, chunks.chunkPositions);
  if (!opening) return null;
  const r: ResultRecord = { ...opening.header, pieces: opening.pieces };
  if (opening.room <= chunks.chunkPositions || !has(outcome.textMatches, doc) || showsMatch(r, outcome.terms, await engine.folds())) return r;
  const rest = await engine.docs.read(doc, chunks.chunkPositions, opening.room);
  return rest ? { ...r, pieces: joinPieces(r.pieces, rest.pieces) } : r;
}

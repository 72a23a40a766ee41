import { ByteReader } from './byte-reader.ts';
import { readDocList } from './doc-list.ts';

/** Ranking counts a term's occurrences in a document up to this many. */
export const COUNT_CAP = 10;

/**
 * A frequent phrase's documents as the index stores them, ready for ranking:
 * first the first page of results ready-made (see `FirstPage`); then groups
 * of documents by rank (title holds the phrase, then occurrences up to
 * `COUNT_CAP`), best first, each group its rank, its size and its documents
 * ascending; then the position of the phrase's first occurrence in each
 * document, in the order results are shown (best group first, newest first
 * within it). A browser reads the page, the groups and the first positions of
 * the first pages of results, in one read.
 */
export interface RankedList {
  /** The documents, ascending. */
  docs: Int32Array;
  /** Those whose title holds the phrase, ascending. */
  title: Int32Array;
  /** Occurrences (up to `COUNT_CAP`) and first position (-1 when not read) of each document, aligned with `docs`. */
  counts: Int32Array;
  first: Int32Array;
}

/** A rank as a group stores it. */
export const rankOf = (inTitle: boolean, count: number) => (inTitle ? COUNT_CAP + 1 : 0) + Math.min(count, COUNT_CAP);

/** Reads a ranked list of `df` documents from its groups and as many first positions as `bytes` holds whole. */
export function readRankedList(bytes: Uint8Array, df: number): RankedList {
  const r = new ByteReader(bytes);
  const groups: { rank: number; docs: Int32Array }[] = [];
  for (let seen = 0; seen < df; ) {
    const rank = r.uint();
    const size = r.uint();
    groups.push({ rank, docs: readDocList(r, size, false) });
    seen += size;
  }
  // Results order: best group first, newest first within a group.
  const shown: number[] = [];
  for (const g of groups) for (let i = g.docs.length - 1; i >= 0; i--) shown.push(g.docs[i]!);
  const firstOf = new Map<number, number>();
  for (let i = 0; i < shown.length && whole(bytes, r.pos); i++) firstOf.set(shown[i]!, r.uint());
  const all = groups.flatMap((g) => Array.from(g.docs, (doc) => ({ doc, rank: g.rank }))).sort((a, b) => a.doc - b.doc);
  const out: RankedList = { docs: new Int32Array(all.length), title: new Int32Array(0), counts: new Int32Array(all.length), first: new Int32Array(all.length) };
  const title: number[] = [];
  all.forEach(({ doc, rank }, i) => {
    out.docs[i] = doc;
    out.counts[i] = rank % (COUNT_CAP + 1);
    out.first[i] = firstOf.get(doc) ?? -1;
    if (rank > COUNT_CAP) title.push(doc);
  });
  out.title = Int32Array.from(title);
  return out;
}

/** Whether a whole varint starts at `pos`. */
function whole(bytes: Uint8Array, pos: number): boolean {
  for (let i = pos; i < bytes.length; i++) if (bytes[i]! < 0x80) return true;
  return false;
}

/**
 * The first results of a ranked list as a search shows them, read ahead of
 * time: for each, the document, its header (JSON) and the units of the passage
 * around its first match (see core/passage.ts), from position `from`. Stored as
 * a count, then per result its document, `from`, unit count and header length,
 * the header and the units.
 */
export interface FirstPageResult {
  doc: number;
  header: string;
  from: number;
  units: Uint8Array;
}

/** Reads a ranked list's first page. */
export function readFirstPage(bytes: Uint8Array): FirstPageResult[] {
  const r = new ByteReader(bytes);
  const decoder = new TextDecoder();
  return Array.from({ length: r.uint() }, () => {
    const doc = r.uint();
    const from = r.uint();
    const count = r.uint();
    const header = decoder.decode(r.take(r.uint()));
    return { doc, from, header, units: r.take(count * 3).slice() };
  });
}

import { bagOf } from './bigram-bag.ts';
import { BigramTable } from './bigram-table.ts';
import { cosineOf, merge, mergeAll, weigh, type WeightedBag } from './weighted-bag.ts';

// Bags of groups of texts, found by walking the texts one by one: no joined
// string is built and hashed for every lookup.
interface GroupNode {
  bag: WeightedBag | null;
  next: Map<string, GroupNode> | null;
}

/**
 * Bigram overlap between texts of one page, weighted so that words every item
 * uses (党建, 文明) count little and names and places (叙州区, 虎台街道) count much.
 * Each text is read once: the same paragraphs and heads are compared many times
 * while reading order is repaired. A group of texts is compared as one text
 * joined by line breaks (no bigram spans two of them). Sums run over bigrams in
 * ascending key order, so scores do not depend on how the bigrams were found.
 */
export class PageVocabulary {
  private readonly table: BigramTable;
  // Weight by document frequency: the same few values serve every bigram.
  private readonly weightOfDocs: Float64Array;
  // Sorted bags with counts and weights, for cosines only.
  private readonly texts = new Map<string, WeightedBag>();
  private readonly groups: GroupNode = { bag: null, next: null };
  private readonly weightOf = (key: number): number => {
    const id = this.table.find(key);
    return this.weightOfDocs[id < 0 ? 0 : this.table.docsOf(id)]!;
  };

  /** `docs` are the page's items, each as its texts (head, paragraphs). */
  constructor(docs: string[][]) {
    let chars = 0;
    for (const texts of docs) for (const t of texts) chars += t.length;
    this.table = new BigramTable(chars >> 2);
    docs.forEach((texts, d) => this.table.addDocument(texts, d + 1));
    // Weight of a bigram: high for words few items of the page share. One that
    // no item holds weighs as one that a single item holds.
    const n = Math.max(1, docs.length);
    this.weightOfDocs = new Float64Array(docs.length + 1);
    for (let f = 0; f <= docs.length; f++) this.weightOfDocs[f] = Math.log(1 + n / Math.max(1, f));
  }

  private textBag(text: string): WeightedBag {
    let b = this.texts.get(text);
    if (!b) this.texts.set(text, (b = weigh(bagOf(text), this.weightOf)));
    return b;
  }

  private bag(texts: string | string[]): WeightedBag {
    if (typeof texts === 'string') return this.textBag(texts);
    let node = this.groups;
    for (const t of texts) {
      node.next ??= new Map();
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { bag: null, next: null }));
      node = child;
    }
    node.bag ??= mergeAll(texts.map((t) => this.textBag(t)));
    return node.bag;
  }

  /** Weighted cosine similarity of the bigram counts of two texts (or groups of texts), 0..1. */
  cosine(a: string | string[], b: string | string[]): number {
    return cosineOf(this.bag(a), this.bag(b));
  }

  /**
   * The cosines with `b` of both parts of `texts` split before each of its
   * texts from the second on: `before[c]` of `texts.slice(0, c)`, `after[c]` of
   * `texts.slice(c)`. Each part is merged from the one before it.
   */
  splitCosines(texts: string[], b: string | string[]): { before: number[]; after: number[] } {
    const y = this.bag(b);
    const before: number[] = [];
    const after: number[] = [];
    let front = this.textBag(texts[0] ?? '');
    for (let c = 1; c < texts.length; c++) {
      before[c] = cosineOf(front, y);
      front = merge(front, this.textBag(texts[c]!));
    }
    let back = this.textBag(texts.at(-1) ?? '');
    for (let c = texts.length - 1; c >= 1; c--) {
      after[c] = cosineOf(back, y);
      back = merge(this.textBag(texts[c - 1]!), back);
    }
    return { before, after };
  }

  /** Weighted count of the distinct bigrams of `a` that also occur in `b`. */
  overlap(a: string, b: string | string[]): number {
    const shared = this.table.sharedKeys(a, typeof b === 'string' ? [b] : b).sort();
    let score = 0;
    for (const k of shared) score += this.weightOf(k);
    return score;
  }
}

// Characters taken from the end of the cut and from the start of what may continue it.
const PROBES = [
  [1, 1],
  [2, 1],
  [1, 2],
  [2, 2],
] as const;

/**
 * How well `start` continues `end` across a cut: occurrences elsewhere on the page
 * of the two, three and four characters around the joint (推|动 -> 推动).
 */
export function junctionScore(end: string, start: string, pageText: string): number {
  let score = 0;
  for (const [l, r] of PROBES) {
    if (end.length < l || start.length < r) continue;
    score += probeCount(pageText, end.slice(-l) + start.slice(0, r)) * (l + r - 1);
  }
  return score;
}

// Probe counts for the page being parsed: the same joints are scored again in
// later passes (joins with the next paragraph, column starts, the search for a
// continuation anywhere), and each count reads the whole page.
let countedPage: string | null = null;
let counted = new Map<string, number>();

function probeCount(pageText: string, probe: string): number {
  if (pageText !== countedPage) {
    counted = new Map();
    countedPage = pageText;
  }
  let n = counted.get(probe);
  if (n === undefined) {
    n = /[\s\p{P}]/u.test(probe) ? 0 : countOf(pageText, probe);
    counted.set(probe, n);
  }
  return n;
}

function countOf(text: string, probe: string): number {
  let n = 0;
  for (let i = text.indexOf(probe); i !== -1 && n < 20; i = text.indexOf(probe, i + probe.length)) n++;
  return n;
}

/**
 * Splits a run of paragraphs where the rest of it reads most like `head` and the
 * part before least, while the part before reads like the run's `own` head more
 * than the rest does: the body of an article whose title was printed elsewhere,
 * run on under another item (两篇稿子 share few names and places). Only cuts
 * where `isSeam` holds are tried. Returns the first paragraph of the part that
 * matches `head`, or null when no part matches it clearly better. `preferred`
 * cuts (paragraphs that begin a column) win over others.
 */
export function splitTowards(
  vocab: PageVocabulary,
  paras: string[],
  head: string[],
  own: string[],
  preferred: Set<number>,
  isSeam: (cut: number) => boolean,
): number | null {
  let best: { cut: number; margin: number } | null = null;
  const toHead = vocab.splitCosines(paras, head);
  const toOwn = own.length > 0 ? vocab.splitCosines(paras, own) : null;
  for (let c = 1; c < paras.length; c++) {
    if (!isSeam(c)) continue;
    const after = toHead.after[c]!;
    const before = toHead.before[c]!;
    if (after < before * 2) continue;
    const leaves = toOwn ? toOwn.before[c]! - toOwn.after[c]! : 0;
    // A paragraph that starts in mid-sentence begins a column: the likeliest seam.
    const margin = after - before + leaves + (preferred.has(c) ? 1 : 0);
    if (!best || margin > best.margin) best = { cut: c, margin };
  }
  return best?.cut ?? null;
}

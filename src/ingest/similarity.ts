import { bagOf, mergeBags, type Bag } from './bigram-bag.ts';
import { BigramTable } from './bigram-table.ts';

// A bag with the weight of each of its bigrams, and its weighted norm once a cosine needs it.
interface Weighted {
  bag: Bag;
  weights: Float64Array;
  norm2: number | null;
}

// Bags of groups of texts, found by walking the texts one by one: no joined
// string is built and hashed for every lookup.
interface GroupNode {
  bag: Weighted | null;
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
  // Sorted bags with counts, for cosines only.
  private readonly texts = new Map<string, Bag>();
  private readonly groups: GroupNode = { bag: null, next: null };

  /** `docs` are the page's items, each as its texts (head, paragraphs). */
  constructor(docs: string[][]) {
    let chars = 0;
    for (const texts of docs) for (const t of texts) chars += t.length;
    this.table = new BigramTable(chars >> 1);
    docs.forEach((texts, d) => this.table.addDocument(texts, d + 1));
    // Weight of a bigram: high for words few items of the page share. One that
    // no item holds weighs as one that a single item holds.
    const n = Math.max(1, docs.length);
    this.weightOfDocs = new Float64Array(docs.length + 1);
    for (let f = 0; f <= docs.length; f++) this.weightOfDocs[f] = Math.log(1 + n / Math.max(1, f));
  }

  private weight(key: number): number {
    const id = this.table.find(key);
    return this.weightOfDocs[id < 0 ? 0 : this.table.docsOf(id)]!;
  }

  private textBag(text: string): Bag {
    let b = this.texts.get(text);
    if (!b) this.texts.set(text, (b = bagOf(text)));
    return b;
  }

  private bag(texts: string | string[]): Weighted {
    let node = this.groups;
    for (const t of typeof texts === 'string' ? [texts] : texts) {
      node.next ??= new Map();
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { bag: null, next: null }));
      node = child;
    }
    if (!node.bag) {
      const bag = typeof texts === 'string' ? this.textBag(texts) : mergeBags(texts.map((t) => this.textBag(t)));
      const weights = new Float64Array(bag.keys.length);
      for (let i = 0; i < weights.length; i++) weights[i] = this.weight(bag.keys[i]!);
      node.bag = { bag, weights, norm2: null };
    }
    return node.bag;
  }

  /** Weighted cosine similarity of the bigram counts of two texts (or groups of texts), 0..1. */
  cosine(a: string | string[], b: string | string[]): number {
    const x = this.bag(a);
    const y = this.bag(b);
    const { keys: xk, counts: xc } = x.bag;
    const { keys: yk, counts: yc } = y.bag;
    let dot = 0;
    let i = 0;
    let j = 0;
    while (i < xk.length && j < yk.length) {
      const p = xk[i]!;
      const q = yk[j]!;
      if (p === q) {
        dot += xc[i]! * yc[j]! * x.weights[i]! ** 2;
        i++;
        j++;
      } else if (p < q) i++;
      else j++;
    }
    if (dot === 0) return 0;
    return dot / Math.sqrt(norm2(x) * norm2(y));
  }

  /** Weighted count of the distinct bigrams of `a` that also occur in `b`. */
  overlap(a: string, b: string | string[]): number {
    const shared = this.table.sharedKeys(a, typeof b === 'string' ? [b] : b).sort();
    let score = 0;
    for (const k of shared) score += this.weight(k);
    return score;
  }
}

function norm2(w: Weighted): number {
  if (w.norm2 === null) {
    let s = 0;
    for (let i = 0; i < w.weights.length; i++) s += (w.bag.counts[i]! * w.weights[i]!) ** 2;
    w.norm2 = s;
  }
  return w.norm2;
}

// Characters taken on each side of the joint, and the weight of each probe.
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
const counted = new Map<string, number>();

function probeCount(pageText: string, probe: string): number {
  if (pageText !== countedPage) {
    counted.clear();
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
 * part before least: the body of an article whose title was printed elsewhere
 * (两篇稿子 share few names and places). Returns the first paragraph of the part
 * that matches `head`, or null when no part matches it clearly better.
 * `preferred` cuts (paragraphs that begin a column) win over others.
 */
export function splitTowards(vocab: PageVocabulary, paras: string[], head: string[], preferred: Set<number>): number | null {
  let best: { cut: number; margin: number } | null = null;
  for (let c = 1; c < paras.length; c++) {
    const after = vocab.cosine(paras.slice(c), head);
    const before = vocab.cosine(paras.slice(0, c), head);
    if (after < before * 2) continue;
    // A paragraph that starts in mid-sentence begins a column: the likeliest seam.
    const margin = after - before + (preferred.has(c) ? 1 : 0);
    if (!best || margin > best.margin) best = { cut: c, margin };
  }
  return best?.cut ?? null;
}

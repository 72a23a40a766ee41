import { bagOf, eachShared, type Bag } from './bigram-bag.ts';

/**
 * Bigram overlap between texts of one page, weighted so that words every item
 * uses (党建, 文明) count little and names and places (叙州区, 虎台街道) count much.
 * Bags are kept per text: the same paragraphs and heads are compared many times
 * while reading order is repaired. A group of texts is compared as one text.
 */
export class PageVocabulary {
  private readonly df = new Map<number, number>();
  private readonly docs: number;
  private readonly memo = new Map<string, Bag>();

  /** `docs` are the page's items, each as its texts (head, paragraphs). */
  constructor(docs: string[][]) {
    this.docs = Math.max(1, docs.length);
    for (const texts of docs) for (const k of this.bag(texts).keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  // Weight of a bigram: high for words few items of the page share.
  private weight(k: number): number {
    return Math.log(1 + this.docs / (this.df.get(k) ?? 1));
  }

  private bag(texts: string | string[]): Bag {
    // Line breaks keep the texts of a group from making bigrams across each other.
    const text = typeof texts === 'string' ? texts : texts.join('\n');
    let b = this.memo.get(text);
    if (!b) this.memo.set(text, (b = bagOf(text)));
    return b;
  }

  /** Weighted cosine similarity of the bigram counts of two texts (or groups of texts), 0..1. */
  cosine(a: string | string[], b: string | string[]): number {
    const [x, y] = [this.bag(a), this.bag(b)];
    let dot = 0;
    eachShared(x, y, (k, ca, cb) => (dot += ca * cb * this.weight(k) ** 2));
    if (dot === 0) return 0;
    return dot / Math.sqrt(this.norm2(x) * this.norm2(y));
  }

  private norm2(b: Bag): number {
    let s = 0;
    for (let i = 0; i < b.keys.length; i++) s += (b.counts[i]! * this.weight(b.keys[i]!)) ** 2;
    return s;
  }

  /** Weighted count of the distinct bigrams of `a` that also occur in `b`. */
  overlap(a: string, b: string | string[]): number {
    let score = 0;
    eachShared(this.bag(a), this.bag(b), (k) => (score += this.weight(k)));
    return score;
  }
}

/**
 * How well `start` continues `end` across a cut: occurrences elsewhere on the page
 * of the two, three and four characters around the joint (推|动 -> 推动).
 */
export function junctionScore(end: string, start: string, pageText: string): number {
  let score = 0;
  for (const [l, r] of [[1, 1], [2, 1], [1, 2], [2, 2]] as const) {
    if (end.length < l || start.length < r) continue;
    const probe = end.slice(-l) + start.slice(0, r);
    if (/[\s\p{P}]/u.test(probe)) continue;
    score += countOf(pageText, probe) * (l + r - 1);
  }
  return score;
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

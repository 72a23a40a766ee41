import { bigrams } from './sentence.ts';

/**
 * Bigram overlap between texts of one page, weighted so that words every item
 * uses (党建, 文明) count little and names and places (叙州区, 虎台街道) count much.
 */
export class PageVocabulary {
  private readonly df = new Map<string, number>();
  private readonly docs: number;

  constructor(texts: string[]) {
    this.docs = Math.max(1, texts.length);
    for (const t of texts) for (const b of bigrams(t)) this.df.set(b, (this.df.get(b) ?? 0) + 1);
  }

  /** Weight of a bigram: high for words few texts of the page share. */
  weight(g: string): number {
    return Math.log(1 + this.docs / (this.df.get(g) ?? 1));
  }

  /** Weighted cosine similarity of the bigram counts of two texts, 0..1. */
  cosine(a: string, b: string): number {
    return cosineOf(this.vector(a), this.vector(b));
  }

  /** Weighted bigram counts of a text. */
  vector(text: string): Map<string, number> {
    const v = new Map<string, number>();
    const chars = Array.from(text);
    for (let i = 0; i + 1 < chars.length; i++) {
      const g = chars[i]! + chars[i + 1]!;
      if (/[^\p{Script=Han}\p{L}\p{N}]/u.test(g)) continue;
      v.set(g, (v.get(g) ?? 0) + this.weight(g));
    }
    return v;
  }

  /** Weighted count of the bigrams of `a` that also occur in `b`. */
  overlap(a: string, b: string): number {
    const bb = bigrams(b);
    let score = 0;
    for (const g of bigrams(a)) if (bb.has(g)) score += Math.log(1 + this.docs / (this.df.get(g) ?? 1));
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

/** Cosine of two sparse vectors. */
export function cosineOf(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, x] of a) {
    na += x * x;
    const y = b.get(g);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * Splits a run of paragraphs where the rest of it reads most like `head` and the
 * part before least: the body of an article whose title was printed elsewhere
 * (两篇稿子 share few names and places). Returns the first paragraph of the part
 * that matches `head`, or null when no part matches it clearly better.
 * `preferred` cuts (paragraphs that begin a column) win over others.
 */
export function splitTowards(vocab: PageVocabulary, paras: string[], head: string, preferred: Set<number>): number | null {
  const target = vocab.vector(head);
  const vectors = paras.map((p) => vocab.vector(p));
  let best: { cut: number; margin: number } | null = null;
  for (let c = 1; c < paras.length; c++) {
    const after = cosineOf(sum(vectors.slice(c)), target);
    const before = cosineOf(sum(vectors.slice(0, c)), target);
    if (after < before * 2) continue;
    // A paragraph that starts in mid-sentence begins a column: the likeliest seam.
    const margin = after - before + (preferred.has(c) ? 1 : 0);
    if (!best || margin > best.margin) best = { cut: c, margin };
  }
  return best?.cut ?? null;
}

function sum(vs: Map<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of vs) for (const [g, x] of v) out.set(g, (out.get(g) ?? 0) + x);
  return out;
}

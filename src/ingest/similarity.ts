import { BigramTable } from './bigram-table.ts';

// A text's distinct bigrams by their number in the page's table, how often
// each occurs, and the weight class of each (in how many items it occurs).
interface TextBag {
  ids: Int32Array;
  counts: Int32Array;
  classes: Int32Array;
  norm2: number;
}

// Groups of texts, found by walking the texts one by one, with the group's norm.
interface GroupNode {
  norm2: number | null;
  next: Map<string, GroupNode> | null;
}

/**
 * Bigram overlap between texts of one page, weighted so that words every item
 * uses (党建, 文明) count little and names and places (叙州区, 虎台街道) count much.
 * Each text is read once: the same paragraphs and heads are compared many times
 * while reading order is repaired. A group of texts is compared as one text
 * joined by line breaks (no bigram spans two of them).
 *
 * A bigram's weight depends only on how many items hold it, so every sum is
 * kept per weight class as an exact integer (counts times counts) and the
 * classes are summed in ascending order at the end: a score does not depend on
 * the order the bigrams were met in, and no group needs its bag merged or
 * sorted. Counts are added up in arrays indexed by bigram number.
 */
export class PageVocabulary {
  // Built when first asked (`table`): on many pages no item needs comparing (a
  // gap or a dateline opens each), and counting every bigram of the page was a
  // seventh of parse time.
  private tableOrNull: BigramTable | null = null;
  // Weight by document frequency: the same few values serve every bigram.
  private readonly weightOfDocs: Float64Array;
  // Squared weight by class; class f holds the bigrams f items share (0 counts as 1).
  private readonly weight2: Float64Array;
  private readonly texts = new Map<string, TextBag>();
  private readonly groups: GroupNode = { norm2: null, next: null };
  // Counts by bigram number of the texts loaded for a comparison (all zero between them),
  // and the numbers loaded; per-class sums of the comparison under way.
  private counts = new Float64Array(0);
  private front = new Float64Array(0);
  private touched = new Int32Array(0);
  private readonly dotSums: Float64Array;
  private readonly normSums: Float64Array;

  /** `docs` are the page's items, each as its texts (head, paragraphs). */
  constructor(private readonly docs: string[][]) {
    // Weight of a bigram: high for words few items of the page share. One that
    // no item holds weighs as one that a single item holds.
    const n = Math.max(1, docs.length);
    this.weightOfDocs = new Float64Array(docs.length + 1);
    for (let f = 0; f <= docs.length; f++) this.weightOfDocs[f] = Math.log(1 + n / Math.max(1, f));
    this.weight2 = this.weightOfDocs.map((w) => w * w);
    this.dotSums = new Float64Array(docs.length + 1);
    this.normSums = new Float64Array(docs.length + 1);
  }

  // The page's bigrams counted by item, on first use.
  private get table(): BigramTable {
    if (!this.tableOrNull) {
      let chars = 0;
      for (const texts of this.docs) for (const t of texts) chars += t.length;
      const table = new BigramTable(chars);
      this.docs.forEach((texts, d) => table.addDocument(texts, d + 1));
      this.tableOrNull = table;
    }
    return this.tableOrNull;
  }

  private textBag(text: string): TextBag {
    let b = this.texts.get(text);
    if (b) return b;
    const { ids, counts, docs: classes } = this.table.tally(text);
    for (let i = 0; i < ids.length; i++) {
      if (classes[i] === 0) classes[i] = 1;
      this.normSums[classes[i]!]! += counts[i]! * counts[i]!;
    }
    b = { ids, counts, classes, norm2: this.total(this.normSums) };
    this.texts.set(text, b);
    return b;
  }

  private bags(texts: string | string[]): TextBag[] {
    return typeof texts === 'string' ? [this.textBag(texts)] : texts.map((t) => this.textBag(t));
  }

  // The squared norm of a text or group: a group's counts are added up once, when first asked.
  private norm2(texts: string | string[], bags: TextBag[]): number {
    if (typeof texts === 'string') return bags[0]!.norm2;
    let node = this.groups;
    for (const t of texts) {
      node.next ??= new Map();
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { norm2: null, next: null }));
      node = child;
    }
    if (node.norm2 === null) {
      const n = this.load(bags);
      for (let k = 0; k < n; k++) {
        const id = this.touched[k]!;
        const c = this.counts[id]!;
        this.normSums[this.classOf(id)]! += c * c;
      }
      this.unload(n);
      node.norm2 = this.total(this.normSums);
    }
    return node.norm2;
  }

  /** Weighted cosine similarity of the bigram counts of two texts (or groups of texts), 0..1. */
  cosine(a: string | string[], b: string | string[]): number {
    const [x, y] = [this.bags(a), this.bags(b)];
    const [nx, ny] = [this.norm2(a, x), this.norm2(b, y)];
    const n = this.load(y);
    for (const t of x) this.addDot(t);
    this.unload(n);
    const dot = this.total(this.dotSums);
    return dot === 0 ? 0 : dot / Math.sqrt(nx * ny);
  }

  /**
   * The cosines with `b` of both parts of `texts` split before each of its
   * texts from the second on: `before[c]` of `texts.slice(0, c)`, `after[c]` of
   * `texts.slice(c)`. Each part's sums grow from the one before it.
   */
  splitCosines(texts: string[], b: string | string[]): { before: number[]; after: number[] } {
    const y = this.bags(b);
    const ny = this.norm2(b, y);
    const parts = texts.map((t) => this.textBag(t));
    const n = this.load(y);
    const before = this.growing(parts, ny, true);
    const after = this.growing(parts, ny, false);
    this.unload(n);
    return { before, after };
  }

  // Cosines of the loaded counts with a part that grows by one text at a time:
  // forward, out[c] of parts 0..c-1; backward, out[c] of parts c..end.
  private growing(parts: TextBag[], ny: number, forward: boolean): number[] {
    const out: number[] = [];
    const seen: number[] = [];
    const add = (t: TextBag) => {
      for (let i = 0; i < t.ids.length; i++) {
        const id = t.ids[i]!;
        const c = t.counts[i]!;
        const f = t.classes[i]!;
        const old = this.front[id]!;
        if (old === 0) seen.push(id);
        this.front[id] = old + c;
        // (old + c)² − old²: the part's squared count grows by this much.
        this.normSums[f]! += c * (2 * old + c);
        const v = this.counts[id]!;
        if (v !== 0) this.dotSums[f]! += c * v;
      }
    };
    if (forward) {
      for (let k = 0; k < parts.length; k++) {
        if (k >= 1) out[k] = this.score(ny);
        if (k < parts.length - 1) add(parts[k]!);
      }
    } else {
      for (let k = parts.length - 1; k >= 1; k--) {
        add(parts[k]!);
        out[k] = this.score(ny);
      }
    }
    for (const id of seen) this.front[id] = 0;
    this.normSums.fill(0);
    this.dotSums.fill(0);
    return out;
  }

  // The cosine of the part grown so far with the loaded counts (sums kept).
  private score(ny: number): number {
    let dot = 0;
    let n2 = 0;
    for (let f = 1; f < this.dotSums.length; f++) {
      dot += this.weight2[f]! * this.dotSums[f]!;
      n2 += this.weight2[f]! * this.normSums[f]!;
    }
    return dot === 0 ? 0 : dot / Math.sqrt(n2 * ny);
  }

  private classOf(id: number): number {
    return Math.max(1, this.table.docsOf(id));
  }

  // Grows the arrays by bigram number to hold every number the table gave.
  private ensure(): void {
    const n = this.table.numbered;
    if (this.counts.length < n) {
      // All three are zero between comparisons, so new arrays lose nothing.
      const size = Math.max(64, n * 2);
      this.counts = new Float64Array(size);
      this.front = new Float64Array(size);
      this.touched = new Int32Array(size);
    }
  }

  // Adds the bags' counts up by bigram number; returns how many numbers it touched (listed in `touched`).
  private load(bags: TextBag[]): number {
    this.ensure();
    let n = 0;
    for (const t of bags) {
      for (let i = 0; i < t.ids.length; i++) {
        const id = t.ids[i]!;
        if (this.counts[id] === 0) this.touched[n++] = id;
        this.counts[id]! += t.counts[i]!;
      }
    }
    return n;
  }

  private unload(n: number): void {
    for (let k = 0; k < n; k++) this.counts[this.touched[k]!] = 0;
  }

  // Adds to the per-class dot sums the products of a text's counts with the loaded ones.
  private addDot(t: TextBag): void {
    for (let i = 0; i < t.ids.length; i++) {
      const v = this.counts[t.ids[i]!]!;
      if (v !== 0) this.dotSums[t.classes[i]!]! += t.counts[i]! * v;
    }
  }

  // The weighted sum of per-class sums, in ascending class order; the sums are cleared.
  private total(sums: Float64Array): number {
    let s = 0;
    for (let f = 1; f < sums.length; f++) {
      s += this.weight2[f]! * sums[f]!;
      sums[f] = 0;
    }
    return s;
  }
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

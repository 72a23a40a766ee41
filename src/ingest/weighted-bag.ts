import type { Bag } from './bigram-bag.ts';

/** A bag with the weight of each of its bigrams on the page, and its weighted norm once a cosine asks for it. */
export interface WeightedBag extends Bag {
  weights: Float64Array;
  norm2: number | null;
}

/** A bag with weights looked up by key. */
export function weigh(bag: Bag, weightOf: (key: number) => number): WeightedBag {
  const weights = new Float64Array(bag.keys.length);
  for (let i = 0; i < weights.length; i++) weights[i] = weightOf(bag.keys[i]!);
  return { keys: bag.keys, counts: bag.counts, weights, norm2: null };
}

/**
 * The bag of several texts taken as one text with line breaks between them (no
 * bigram spans two texts), merged from the texts' own bags: cheaper than
 * bagging the joined text again, and the weights come along.
 */
export function mergeAll(bags: readonly WeightedBag[]): WeightedBag {
  if (bags.length === 0) return { keys: new Int32Array(0), counts: new Int32Array(0), weights: new Float64Array(0), norm2: null };
  if (bags.length === 1) return bags[0]!;
  const half = bags.length >> 1;
  return merge(mergeAll(bags.slice(0, half)), mergeAll(bags.slice(half)));
}

/** The bag of two texts taken as one. */
export function merge(x: WeightedBag, y: WeightedBag): WeightedBag {
  if (y.keys.length === 0) return x;
  if (x.keys.length === 0) return y;
  const keys = new Int32Array(x.keys.length + y.keys.length);
  const counts = new Int32Array(keys.length);
  const weights = new Float64Array(keys.length);
  let i = 0;
  let j = 0;
  let n = 0;
  const put = (bag: WeightedBag, k: number, count: number) => {
    keys[n] = bag.keys[k]!;
    weights[n] = bag.weights[k]!;
    counts[n++] = count;
  };
  while (i < x.keys.length && j < y.keys.length) {
    const a = x.keys[i]!;
    const b = y.keys[j]!;
    if (a === b) put(x, i, x.counts[i++]! + y.counts[j++]!);
    else if (a < b) put(x, i, x.counts[i++]!);
    else put(y, j, y.counts[j++]!);
  }
  for (; i < x.keys.length; i++) put(x, i, x.counts[i]!);
  for (; j < y.keys.length; j++) put(y, j, y.counts[j]!);
  return n === keys.length ? { keys, counts, weights, norm2: null } : { keys: keys.slice(0, n), counts: counts.slice(0, n), weights: weights.slice(0, n), norm2: null };
}

/** Weighted cosine similarity of the bigram counts of two bags, 0..1; sums run in ascending key order. */
export function cosineOf(x: WeightedBag, y: WeightedBag): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < x.keys.length && j < y.keys.length) {
    const p = x.keys[i]!;
    const q = y.keys[j]!;
    if (p === q) {
      dot += x.counts[i]! * y.counts[j]! * x.weights[i]! ** 2;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  if (dot === 0) return 0;
  return dot / Math.sqrt(norm2(x) * norm2(y));
}

function norm2(w: WeightedBag): number {
  if (w.norm2 === null) {
    let s = 0;
    for (let i = 0; i < w.keys.length; i++) s += (w.counts[i]! * w.weights[i]!) ** 2;
    w.norm2 = s;
  }
  return w.norm2;
}

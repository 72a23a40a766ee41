// The page vocabulary reads each text once into a hash table and adds up the
// counts of groups by bigram number; these properties hold it to the plain
// definition (bags of the joined texts, document frequencies in a Map, sums kept
// per weight class as integers and added in ascending class order) to the last
// bit, since reading order compares the scores.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageVocabulary } from '../src/ingest/similarity.ts';

// A bag of bigrams, the plain way: each pair of adjacent word characters (Han,
// digits, Latin, full-width forms) as a string, with its count, sorted. The
// table keys a bigram by 15 bits of its first character; no two characters the
// texts below are made of share those bits, so the keys tell the same bigrams apart.
interface Bag {
  keys: string[];
  counts: number[];
}
const WORD = /[\u3400-\u9fff0-9A-Za-z\uf900-\ufaff\uff10-\uff5a]/u;
function bagOf(text: string): Bag {
  const counts = new Map<string, number>();
  for (let i = 1; i < text.length; i++) {
    if (WORD.test(text[i - 1]!) && WORD.test(text[i]!)) counts.set(text.slice(i - 1, i + 1), (counts.get(text.slice(i - 1, i + 1)) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  return { keys, counts: keys.map((k) => counts.get(k)!) };
}

function plainVocabulary(docs: string[][]) {
  const bag = (t: string | string[]): Bag => bagOf(typeof t === 'string' ? t : t.join('\n'));
  const df = new Map<string, number>();
  for (const texts of docs) for (const k of bag(texts).keys) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(1, docs.length);
  // A bigram no item holds weighs as one a single item holds: its class is 1.
  const classOf = (k: string) => Math.max(1, df.get(k) ?? 1);
  const weight = (f: number) => Math.log(1 + n / f);
  const shared = (x: Bag, y: Bag, f: (i: number, j: number) => void) => {
    for (let i = 0, j = 0; i < x.keys.length && j < y.keys.length; ) {
      if (x.keys[i] === y.keys[j]) f(i++, j++);
      else if (x.keys[i]! < y.keys[j]!) i++;
      else j++;
    }
  };
  // Σ over classes f = 1, 2, … of weight(f)² × (the integer sum of the class).
  const byClass = (sums: Map<number, number>) =>
    [...sums.keys()].sort((a, b) => a - b).reduce((s, f) => s + weight(f) ** 2 * sums.get(f)!, 0);
  const add = (sums: Map<number, number>, f: number, v: number) => sums.set(f, (sums.get(f) ?? 0) + v);
  const norm2 = (x: Bag) => {
    const sums = new Map<number, number>();
    x.keys.forEach((k, i) => add(sums, classOf(k), x.counts[i]! ** 2));
    return byClass(sums);
  };
  return {
    cosine(a: string | string[], b: string | string[]) {
      const [x, y] = [bag(a), bag(b)];
      const sums = new Map<number, number>();
      shared(x, y, (i, j) => add(sums, classOf(x.keys[i]!), x.counts[i]! * y.counts[j]!));
      const dot = byClass(sums);
      return dot === 0 ? 0 : dot / Math.sqrt(norm2(x) * norm2(y));
    },
  };
}

// Few characters, so that texts share bigrams; punctuation, spaces, Latin and
// digits break or make bigrams; Traditional forms are characters of their own.
const text = fc.array(fc.constantFrom(...'党建文明城市发展虎台街道叙州區國A1b２，。 \u3000'), { maxLength: 40 }).map((cs) => cs.join(''));
const page = fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
const pick = <T,>(xs: T[], i: number) => xs[i % xs.length]!;

describe('PageVocabulary', () => {
  it('scores exactly as the plain definition', () => {
    fc.assert(
      fc.property(page, text, fc.nat(), fc.nat(), (docs, fresh, i, j) => {
        const vocab = new PageVocabulary(docs);
        const plain = plainVocabulary(docs);
        const all = docs.flat();
        // Texts of the page, a text it does not hold, single texts and groups.
        for (const a of [pick(all, i), fresh]) {
          for (const b of [pick(all, j), pick(docs, j), [fresh, pick(all, i + j)], []]) {
            expect(vocab.cosine(a, b)).toBe(plain.cosine(a, b));
            expect(vocab.cosine(b, a)).toBe(plain.cosine(b, a));
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the cosines of every split of a run as those of its parts', () => {
    fc.assert(
      fc.property(page, fc.array(text, { maxLength: 8 }), fc.nat(), (docs, run, i) => {
        const vocab = new PageVocabulary(docs);
        const head = pick(docs, i);
        const { before, after } = vocab.splitCosines(run, head);
        for (let c = 1; c < run.length; c++) {
          expect(before[c]).toBe(vocab.cosine(run.slice(0, c), head));
          expect(after[c]).toBe(vocab.cosine(run.slice(c), head));
          expect(after[c]).toBe(plainVocabulary(docs).cosine(run.slice(c), head));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scores the same when the vocabularies of two pages are used in turn', () => {
    fc.assert(
      fc.property(page, page, text, fc.nat(), (docsA, docsB, fresh, i) => {
        const [a, b] = [new PageVocabulary(docsA), new PageVocabulary(docsB)];
        const [plainA, plainB] = [plainVocabulary(docsA), plainVocabulary(docsB)];
        const x = pick(docsA.flat(), i);
        const y = pick(docsB.flat(), i);
        for (let round = 0; round < 2; round++) {
          expect(a.cosine(x, pick(docsA, i))).toBe(plainA.cosine(x, pick(docsA, i)));
          expect(b.cosine(y, [fresh, ...pick(docsB, i)])).toBe(plainB.cosine(y, [fresh, ...pick(docsB, i)]));
          expect(a.cosine(fresh, pick(docsA, i + 1))).toBe(plainA.cosine(fresh, pick(docsA, i + 1)));
          expect(b.cosine(fresh, pick(docsB, i + 1))).toBe(plainB.cosine(fresh, pick(docsB, i + 1)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

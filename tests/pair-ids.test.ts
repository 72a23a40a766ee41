// PairIds (src/text/pair-ids.ts), the one open-addressing table of the parser's
// bigrams and the search indexer's character pairs, numbers pairs as a Map
// keyed on the pair would: first added first, the same pair the same number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairIds } from '../src/text/pair-ids.ts';

// A pair of code units, of small numbers that collide often, or of any 32-bit numbers
// (the hash folds pairs into one number, so pairs above 0x10000 share hashes).
const pair = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff })),
  fc.tuple(fc.nat(7), fc.nat(7)),
  fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
);

describe('PairIds', () => {
  it('numbers pairs in the order first added, as a Map of the pairs does, through growing', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 600 }), fc.nat(64), (pairs, expected) => {
        const table = new PairIds(expected);
        const reference = new Map<string, number>();
        for (const [a, b] of pairs) {
          const key = `${a},${b}`;
          if (!reference.has(key)) reference.set(key, reference.size);
          expect(table.add(a, b)).toBe(reference.get(key));
        }
        expect(table.size).toBe(reference.size);
      }),
    );
  });

  it('tells apart pairs whose folded hash is the same', () => {
    const table = new PairIds(4);
    // (a << 16) ^ b is the same for these: only the slot's own pair tells them apart.
    const same = [
      [1, 0],
      [0, 1 << 16],
      [1 + (1 << 16), 0],
    ] as const;
    expect(same.map(([a, b]) => table.add(a, b))).toEqual([0, 1, 2]);
    expect(same.map(([a, b]) => table.add(a, b))).toEqual([0, 1, 2]);
  });
});

// The index builder sorts corpus offsets into partitions through temporary files
// (src/search/indexer/offset-spill.ts), one scan of the corpus for every partition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetSpill } from '../src/search/indexer/offset-spill.ts';

describe('offsets spilled by partition', () => {
  it('gives back every partition its offsets in the order added, across buffers filled and flushed many times', () => {
    const adds = fc.array(fc.tuple(fc.nat(4), fc.nat(0xffffffff)), { maxLength: 300 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 12 }), adds, (partitions, buffered, added) => {
        const spill = new OffsetSpill(partitions, buffered);
        const expected = Array.from({ length: partitions }, () => [] as number[]);
        try {
          for (const [p, offset] of added) {
            if (p >= partitions) continue;
            spill.add(p, offset);
            expected[p]!.push(offset);
          }
          expected.forEach((offsets, p) => expect(Array.from(spill.read(p))).toEqual(offsets));
        } finally {
          spill.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});

// groupDigits prints a count as toLocaleString('zh-CN') does, without Intl (src/text/labels.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../src/text/labels.ts';

describe('groupDigits', () => {
  it('prints every count as zh-CN does', () => {
    fc.assert(fc.property(fc.oneof(fc.nat(9999), fc.nat(), fc.maxSafeNat()), (n) => groupDigits(n) === n.toLocaleString('zh-CN')));
    expect([0, 999, 1000, 12345, 1234567].map(groupDigits)).toEqual(['0', '999', '1,000', '12,345', '1,234,567']);
  });
});

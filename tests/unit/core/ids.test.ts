// Ids are written in base 36 by hand (Number#toString(36) was slow); they must stay what
// toString(36) wrote, or every saved decision would lose its fact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base36, hash53, stableId } from '../../../src/core/ids';

describe('ids', () => {
  it('writes whole numbers below 2^53 as toString(36) does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(base36(n)).toBe(n.toString(36));
      }),
      { numRuns: 20000 },
    );
    for (const n of [0, 1, 35, 36, 2 ** 52, Number.MAX_SAFE_INTEGER]) expect(base36(n)).toBe(n.toString(36));
  });

  it('keeps the ids it gave before', () => {
    expect(stableId('fact', 'src_1', 'Trade rose 5%.', 'percent', '5%', 1)).toBe(
      `fact_${hash53('src_1\u241fTrade rose 5%.\u241fpercent\u241f5%\u241f1').toString(36).padStart(11, '0')}`,
    );
  });
});

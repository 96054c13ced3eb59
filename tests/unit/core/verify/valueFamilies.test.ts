// The value families (src/core/verify/values/): every value type belongs to exactly one, and each
// family files values that can be one report under a shared block. Invented values.
import { describe, expect, it } from 'vitest';
import { ValueType, type FactValue } from '../../../../src/core/model';
import { FAMILIES, familyOf, neighbourBlocks, relate, valueBlocks } from '../../../../src/core/verify/values';

const v = (type: FactValue['type'], canonical: string, surface: string, extra: Partial<FactValue> = {}): FactValue => ({ type, canonical, surface, start: 0, end: surface.length, ...extra });
const meet = (a: FactValue, b: FactValue) => valueBlocks(a).some((k) => neighbourBlocks(b).includes(k));

describe('value families', () => {
  it('holds every value type in exactly one family', () => {
    for (const type of ValueType.options) expect(FAMILIES.filter((f) => f.types.includes(type)).length, type).toBe(1);
    expect(familyOf({ type: 'quantity' }).id).toBe('amount');
  });
  it('files values that are one report, or close enough to conflict, under a shared block', () => {
    const a = v('money', '46000000000 USD', '$46 billion');
    const b = v('money', '46400000000 USD', '$46.4 billion');
    expect(relate(a, b)).toBe('same');
    expect(meet(a, b)).toBe(true);
    // 980 and 1,050 sit an order of magnitude apart and still meet as neighbours.
    expect(meet(v('count', '980', '980'), v('count', '1050', '1,050'))).toBe(true);
    expect(meet(v('date', '2031-05-02', 'May 2, 2031'), v('date', '2031-05', 'May 2031'))).toBe(true);
    // Different ranks never share a block; different currencies never relate.
    expect(meet(v('rank', '#2', 'second-largest'), v('rank', '#3', 'third-largest'))).toBe(false);
    expect(relate(a, v('money', '46000000000 EUR', '€46 billion'))).toBe('incomparable');
  });
});

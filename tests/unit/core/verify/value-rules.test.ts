// The value rules of verification (src/core/verify/values.ts RULES) on invented figures: hedges
// read as intervals, the precision a figure is stated to in any language, round figures, figures
// of a scale stated to fixed decimals.
import { describe, expect, it } from 'vitest';
import { relate } from '../../../../src/core/verify';
import type { FactValue } from '../../../../src/core/model';

function v(type: FactValue['type'], canonical: string, surface: string, extra: Partial<FactValue> = {}): FactValue {
  return { type, canonical, surface, start: 0, end: surface.length, ...extra };
}
const count = (n: number, surface: string, qualifier?: string) => v('count', String(n), surface, qualifier ? { qualifier } : {});
const both = (a: FactValue, b: FactValue) => [relate(a, b), relate(b, a)];

describe('conflict.hedge-interval', () => {
  it('lets a bound agree with a figure inside it, and no further', () => {
    expect(both(count(10, '10', 'more than'), count(11, '11'))).toEqual(['compatible', 'compatible']);
    expect(both(count(40, '40', 'fewer than'), count(37, '37'))).toEqual(['compatible', 'compatible']);
    expect(both(count(1000, '1,000', 'more than'), count(950, '950'))).toEqual(['different', 'different']);
  });
  it('reads "around" and "nearly" as narrow ranges', () => {
    expect(both(count(20, '20', 'around'), count(11, '11'))).toEqual(['different', 'different']);
    expect(both(count(20, '20', 'around'), count(21, '21'))).toEqual(['compatible', 'compatible']);
    expect(both(count(5320, '5,320', 'some'), count(5390, '5,390'))).toEqual(['different', 'different']);
    expect(both(v('count', '512000000', '512 million', { qualifier: 'nearly' }), v('count', '590000000', '590 million', { qualifier: 'over' }))).toEqual(['different', 'different']);
    expect(both(v('count', '512000000', '512 million', { qualifier: 'nearly' }), v('count', '500000000', '500 million', { qualifier: 'more than' }))).toEqual(['compatible', 'compatible']);
  });
  it('keeps equal figures with different hedges one report', () => {
    expect(relate(count(40000, '40,000', 'more than'), count(40000, '40,000', 'some'))).toBe('same');
  });
});

describe('conflict.running-tally', () => {
  it('compares "at least N" as the count it states, unlike "more than N"', () => {
    expect(both(count(830, '830', 'at least'), count(910, '910'))).toEqual(['different', 'different']);
    expect(both(count(3000, '3,000', 'more than'), count(3041, '3,041', 'at least'))).toEqual(['compatible', 'compatible']);
  });
});

describe('same.stated-precision', () => {
  it('reads the digits stated the same way in every language and with every scale word', () => {
    expect(relate(v('money', '31000000000 USD', '31 tỷ USD'), v('money', '31400000000 USD', '31,4 tỷ USD'))).toBe('same');
    expect(relate(v('money', '31000000000 USD', '$31 billion'), v('money', '31400000000 USD', '$31.4 billion'))).toBe('same');
    expect(relate(v('money', '7000000000 EUR', '7 Milliarden Euro'), v('money', '7300000000 EUR', '7,3 Milliarden Euro'))).toBe('same');
    expect(relate(v('money', '31000000000 USD', '$31 billion'), v('money', '32000000000 USD', '$32 billion'))).toBe('different');
    expect(relate(v('money', '31400000000 USD', '31,4 tỷ USD'), v('money', '31700000000 USD', '31,7 tỷ USD'))).toBe('different');
  });
});

describe('agree.round-figure', () => {
  it('lets a round figure stand for one close by, but not for one a twelfth off', () => {
    expect(both(v('count', '400000000', '400 million'), v('count', '412000000', '412 million'))).toEqual(['compatible', 'compatible']);
    expect(both(v('money', '800000000 EUR', '€800 million'), v('money', '870000000 EUR', '€870 million'))).toEqual(['different', 'different']);
    expect(both(count(300, '300'), count(377, '377'))).toEqual(['different', 'different']);
  });
});

describe('precision.fixed-decimals', () => {
  it('reads a magnitude stated without decimals as stated to one', () => {
    const m = (n: string) => v('quantity', n, n, { unit: 'magnitude' });
    expect(relate(m('6'), m('5.8'))).toBe('different');
    expect(relate(m('6'), m('6.0'))).toBe('same');
  });
});

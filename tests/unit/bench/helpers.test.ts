// The arithmetic the bench rows are read from: the growth exponent of verification and the
// percentiles of the Facts list and search.
import { describe, expect, it } from 'vitest';
import { percentile } from '../../../bench/facts';
import { fittedExponent } from '../../../bench/verify';

describe('fittedExponent', () => {
  it('is the log-log slope: 1 for linear growth, 2 for quadratic, between for n log n', () => {
    const sizes = [10_000, 30_000, 100_000];
    expect(fittedExponent(sizes.map((size) => ({ size, ms: size / 50 })))).toBeCloseTo(1, 6);
    expect(fittedExponent(sizes.map((size) => ({ size, ms: (size * size) / 1e6 })))).toBeCloseTo(2, 6);
    const nLogN = fittedExponent(sizes.map((size) => ({ size, ms: size * Math.log(size) })));
    expect(nLogN).toBeGreaterThan(1.05);
    expect(nLogN).toBeLessThan(1.2);
  });
});

describe('percentile', () => {
  it('takes the nearest rank, whatever the order of the times', () => {
    const times = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(times, 0.95)).toBe(190);
    expect(percentile(times, 0.5)).toBe(100);
    expect(percentile([7], 0.95)).toBe(7);
  });
});

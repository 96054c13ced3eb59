// Values as people write them, from their canonical forms: invented values of every family.
import { describe, expect, it } from 'vitest';
import { dateWords, scaledNumber, valueWords } from '../../../src/core/valueWords';

const w = (type: Parameters<typeof valueWords>[0]['type'], canonical: string, unit?: string) => valueWords({ type, canonical, unit });

describe('values as people write them', () => {
  it('money with its symbol and scale word, other currencies by code', () => {
    expect(w('money', '46200000000 USD')).toBe('US$46.2 billion');
    expect(w('money', '22000000000000 USD')).toBe('US$22 trillion');
    expect(w('money', '5820000000 USD')).toBe('US$5.82 billion');
    expect(w('money', '750000 EUR')).toBe('€750,000');
    expect(w('money', '46000000000000 VND')).toBe('46 trillion VND');
  });

  it('counts, percentages, quantities, ranks and ordinals', () => {
    expect(w('count', '2012')).toBe('2,012');
    expect(w('count', '27000000')).toBe('27 million');
    expect(w('percent', '2.7 %')).toBe('2.7%');
    expect(w('quantity', '6.8', 'magnitude')).toBe('magnitude 6.8');
    expect(w('quantity', '7000 t')).toBe('7,000 t');
    expect(w('rank', '#3')).toBe('3rd place');
    expect(w('ordinal', '21')).toBe('21st');
    expect(w('ordinal', '12')).toBe('12th');
  });

  it('durations in words, plurals right', () => {
    expect(w('duration', 'P2D')).toBe('2 days');
    expect(w('duration', 'P1D')).toBe('1 day');
    expect(w('duration', 'PT36H')).toBe('36 hours');
    expect(w('duration', 'P1Y6M')).toBe('1 year 6 months');
  });

  it('dates and ranges, the shared month and year written once', () => {
    expect(w('date', '2023-09-08')).toBe('8 September 2023');
    expect(w('date', '2025-01')).toBe('January 2025');
    expect(w('date', '09-08')).toBe('8 September');
    expect(w('daterange', '2025-04-27/2025-04-29')).toBe('27–29 April 2025');
    expect(w('daterange', '2024-11-28/2024-12-02')).toBe('28 November – 2 December 2024');
    expect(w('daterange', '2025-01/2025-03')).toBe('January–March 2025');
    expect(w('daterange', '2018/2019')).toBe('2018–2019');
  });

  it('leaves what it cannot read as it is, and follows the locale for numbers and months', () => {
    expect(w('money', 'about a lot')).toBe('about a lot');
    expect(w('duration', 'P')).toBe('P');
    expect(dateWords('2023-13-01')).toBe('2023-13-01');
    expect(scaledNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(dateWords('2023-09-08', 'fr-FR')).toBe('8 septembre 2023');
  });
});

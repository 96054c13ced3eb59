// Count forms the grammar reads (src/core/extract/amounts.ts), on invented sentences: a part of
// its whole, counts in brackets, scale letters glued to the number, number words after "the".
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';

function counts(text: string): string[] {
  return extractFacts({ sourceId: 's', text, publishedAt: '2031-05-01' })
    .filter((f) => f.kind === 'count')
    .map((f) => f.values[0]!.canonical);
}

describe('counts', () => {
  it('reads "N of the M" as two counts, and not "one of"', () => {
    expect(counts('The Greens won 24 of the 61 seats on the council.')).toEqual(['24', '61']);
    expect(counts('At least 12 of its 30 districts reported damage.')).toEqual(['12', '30']);
    expect(counts('About 830 were hurt, 212 of them badly.')).toEqual(['830', '212']);
    expect(counts('It is one of the largest ports in the region.')).toEqual([]);
  });
  it('reads a year before an occasion as its date, and a year-like number before other plurals as a count', () => {
    const text = 'Unlike the 1998 elections and the 2011 talks, the league sent 2000 observers.';
    expect(counts(text)).toEqual(['2000']);
    const years = extractFacts({ sourceId: 's', text, publishedAt: '2031-05-01' }).flatMap((f) => f.values).filter((v) => v.type === 'date').map((v) => v.canonical);
    expect(new Set(years)).toEqual(new Set(['1998', '2011']));
  });
  it('reads a count in brackets when its thousands are grouped, not a list mark', () => {
    expect(counts('Some 2.1% (14,502) of the ballots were rejected.')).toContain('14502');
    expect(counts('The plan has three parts: (2) transport and housing.')).toEqual(['3']);
  });
  it('reads a scale letter glued to a count on a decimal or before a plural, never metres', () => {
    expect(counts('Officials said 4.7m voters took part.')).toEqual(['4700000']);
    expect(counts('About 12m households lost power.')).toEqual(['12000000']);
    expect(counts('Crews built a 10m wall along the river.')).toEqual([]);
  });
  it('counts after "the" from three on, and not "the two" that only restates', () => {
    expect(counts('Ghana welcomed the five nations’ offers of help.')).toEqual(['5']);
    expect(counts('The two countries agreed to talk again.')).toEqual([]);
  });
});

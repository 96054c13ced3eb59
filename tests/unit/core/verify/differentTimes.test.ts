// [time.attribution] and [conflict.different-times], on invented reports: the day a sentence's
// closing attribution gives dates its figures; a conflict between figures of different times
// stands and says when each is from.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import { differentTimesNote } from '../../../../src/core/verify/timesNote';
import type { Fact } from '../../../../src/core/model';

const asOf = (text: string) =>
  extractFacts({ sourceId: 's', text, publishedAt: '2031-05-07' })
    .filter((f) => f.kind === 'count')
    .map((f) => f.values.find((v, i) => i > 0 && v.type === 'date')?.canonical ?? null);

describe('time.attribution', () => {
  it('dates every figure of a sentence with the day its closing attribution reports', () => {
    expect(asOf('At least 310 homes were flooded and 52 bridges damaged, the river authority reported Monday night.')).toEqual(['2031-05-05', '2031-05-05']);
    expect(asOf('The storm has left 310 homes flooded, according to figures the authority released on Monday.')).toEqual(['2031-05-05']);
  });
  it('leaves a figure undated where the closing clause reports nothing, or comes before the figure', () => {
    expect(asOf('Some 310 homes were flooded in the valley, and the authority met on Monday.')).toEqual([null]);
    expect(asOf('Some 310 homes were flooded, the worst since the storm of Monday.')).toEqual([null]);
  });
});

describe('conflict.different-times', () => {
  const report = (sourceId: string, line: string) =>
    extractFacts({ sourceId, text: `Floods in the Kandar valley\nThe Kandar river burst its banks on Saturday.\n${line}`, publishedAt: '2031-05-07' });
  const conflictOf = (facts: Fact[]) => groupFacts(facts).find((g) => g.relation === 'conflict' && g.reason.includes('310'));

  it('keeps the conflict and says when each figure is from', () => {
    const facts = [
      ...report('a', 'At least 310 homes were flooded in the valley, the river authority reported Monday night.'),
      ...report('b', 'At least 480 homes were flooded in the valley, the river authority reported Tuesday night.'),
    ];
    const conflict = conflictOf(facts);
    expect(conflict?.reason).toContain('[conflict.different-times] The figures are of different times ("310" as of 5 May 2031; "480" as of 6 May 2031)');
  });
  it('says "may be" where one figure states a day and another none, and nothing where they share a day', () => {
    const facts = [
      ...report('a', 'At least 310 homes were flooded in the valley, the river authority reported Monday night.'),
      ...report('b', 'At least 480 homes were flooded in the valley, the river authority said.'),
    ];
    expect(conflictOf(facts)?.reason).toContain('may be of different times ("310" as of 5 May 2031; "480" with no time stated)');
    const value = (surface: string, day?: string) => ({
      value: { type: 'count' as const, canonical: surface, surface, start: 0, end: 1 },
      fact: { values: [{ type: 'count' as const, canonical: surface, surface, start: 0, end: 1 }, ...(day ? [{ type: 'date' as const, canonical: day, surface: day, start: 2, end: 3 }] : [])] },
    });
    expect(differentTimesNote([value('7', '2031-05-03'), value('6.8', '2031-05-03'), value('6.8')])).toBe('');
    expect(differentTimesNote([value('7'), value('6.8')])).toBe('');
  });
});

// Relative dates resolved against the source's day, on invented sentences. 12 June 2024 is a
// Wednesday; 14 June 2024 a Friday.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import type { FactValue } from '../../../../src/core/model';

const WEDNESDAY = '2024-06-12';

function dates(text: string, publishedAt: string | null = WEDNESDAY): FactValue[] {
  const seen = new Map<string, FactValue>();
  for (const f of extractFacts({ sourceId: 's', text, publishedAt })) {
    for (const v of f.values) if (v.type === 'date' || v.type === 'daterange') seen.set(`${v.start}:${v.canonical}`, v);
  }
  return [...seen.values()];
}

const canonicals = (text: string, publishedAt: string | null = WEDNESDAY) => dates(text, publishedAt).map((v) => v.canonical);

describe('relative.weekday', () => {
  it('in a past-tense clause: the latest such day on or before the source day', () => {
    expect(canonicals('The Chilean finance minister resigned on Monday.')).toEqual(['2024-06-10']);
    expect(canonicals('The Chilean finance minister resigned on Wednesday.')).toEqual(['2024-06-12']);
    expect(canonicals('The Chilean finance minister resigned on Thursday.')).toEqual(['2024-06-06']);
    expect(canonicals('On Tuesday, the Chilean finance minister resigned.')).toEqual(['2024-06-11']);
    expect(canonicals('Storms that hit Valparaíso late Sunday left 3,000 homes without power.')).toContain('2024-06-09');
    expect(canonicals('Officials counted the damage from Saturday night’s storm.')).toEqual(['2024-06-08']);
    expect(canonicals('Crews had worked through early on Tuesday morning.')).toEqual(['2024-06-11']);
  });
  it('in a future clause: the first such day on or after it', () => {
    expect(canonicals('The senate will vote on Friday.')).toEqual(['2024-06-14']);
    expect(canonicals('The senate will vote on Wednesday.')).toEqual(['2024-06-12']);
    expect(canonicals('The envoy is to attend the summit on Monday.')).toEqual(['2024-06-17']);
    expect(canonicals('On Saturday the treaty will be signed in Lima, officials said.')).toEqual(['2024-06-15']);
  });
  it('"last <weekday>" is before the source day, even on that weekday', () => {
    expect(canonicals('Last Friday’s quake destroyed the old bridge.', '2024-06-14')).toEqual(['2024-06-07']);
  });
  it('marks the value inferred and keeps the words as its surface', () => {
    const [v] = dates('Rescuers reached the village late on Sunday evening.');
    expect(v).toMatchObject({ canonical: '2024-06-09', inferred: true, surface: 'late on Sunday evening' });
    expect(dates('Rescuers reached the village on Sunday.')[0]!.surface).toBe('Sunday');
  });
  it('reads no weekday that is a name, another day or of unsure tense', () => {
    expect(canonicals('Candidates campaigned hard before Super Tuesday.')).toEqual([]);
    expect(canonicals('Shops reported strong Black Friday sales.')).toEqual([]);
    expect(canonicals('The Sunday Herald reported the resignation.')).toEqual([]);
    expect(canonicals('The court ruled, and the following Monday the minister resigned.')).toEqual([]);
    expect(canonicals('The market opened every Friday.')).toEqual([]);
    expect(canonicals('Aides said she would travel to Quito on Friday.')).toEqual([]);
    expect(canonicals('Aides expect a decision next Friday.')).toEqual([]);
    // The explicit date after the weekday is the one read.
    expect(canonicals('The minister resigned on Tuesday, June 11.')).toEqual(['2024-06-11']);
  });
});

describe('relative.day, relative.week, relative.month, relative.year', () => {
  it('reads the day words against the source day', () => {
    expect(canonicals('The mayor of Cusco resigned yesterday.')).toEqual(['2024-06-11']);
    expect(canonicals('Today the mayor of Cusco resigned.')).toEqual(['2024-06-12']);
    expect(canonicals('The mayor of Cusco resigns tomorrow.')).toEqual(['2024-06-13']);
    // The wire rule: "last night" in a story written the morning after is the day before.
    expect(canonicals('Protesters gathered in Cusco last night.')).toEqual(['2024-06-11']);
    expect(canonicals('The results were read out in Cusco this evening.')).toEqual(['2024-06-12']);
  });
  it('reads weeks as ranges of days and months and years at their precision', () => {
    expect(canonicals('Exports fell 4% last week.')).toContain('2024-06-03/2024-06-09');
    expect(canonicals('The talks began earlier this week.')).toEqual(['2024-06-10/2024-06-11']);
    expect(canonicals('The port reopened earlier this month.')).toEqual(['2024-06']);
    expect(canonicals('The port closed last month.')).toEqual(['2024-05']);
    expect(canonicals('The port closed in March last year.')).toEqual(['2023-03']);
    expect(canonicals('The port will reopen next year.')).toEqual(['2025']);
    expect(canonicals('Last year the port handled 9 million tonnes.')).toContain('2023');
  });
  it('reads none of them without a full source day, nor words that are names or manners', () => {
    expect(canonicals('The Chilean finance minister resigned on Monday.', null)).toEqual([]);
    expect(canonicals('The Chilean finance minister resigned yesterday.', '2024-06')).toEqual([]);
    expect(canonicals('The port closed last month.', '2024')).toEqual([]);
    expect(canonicals('Prices doubled overnight.')).toEqual([]);
    expect(canonicals('The claim was first reported by Lima Today.')).toEqual([]);
  });
});

describe('the source day and the facts relative dates make', () => {
  it('counts from a dateline the page was published on or up to a week after, its year inferred', () => {
    const text = 'LIMA, June 10 (EFE) - Peru’s congress removed the president on Sunday.';
    expect(canonicals(text, WEDNESDAY)).toEqual(['2024-06-09']);
    // Published long after the dateline: the page's own date is the one the writer could not have meant.
    expect(canonicals(text, '2024-08-01')).toEqual(['2024-07-28']);
  });
  it('makes a date fact of its own and dates the figures of its sentence', () => {
    const facts = extractFacts({ sourceId: 's', text: 'Floods killed 40 people in Piura on Monday.', publishedAt: WEDNESDAY });
    expect(facts.find((f) => f.kind === 'date')?.values[0]).toMatchObject({ canonical: '2024-06-10', inferred: true });
    expect(facts.find((f) => f.kind === 'count')?.values.map((v) => v.canonical)).toEqual(['40', '2024-06-10']);
  });
  it('[time.relative-clause] [time.subordinate-clause] a date of another clause’s event is not the time of the figure', () => {
    const timeOfCount = (text: string) => extractFacts({ sourceId: 's', text, publishedAt: WEDNESDAY }).find((f) => f.kind === 'count')?.values.slice(1);
    expect(timeOfCount('The storm that hit Piura on Monday has killed 40 people.')).toEqual([]);
    expect(timeOfCount('At least 40 people died when the storm hit Piura on Monday.')).toEqual([]);
    expect(timeOfCount('Floods in Piura on Monday killed 40 people.')?.map((v) => v.canonical)).toEqual(['2024-06-10']);
  });
});

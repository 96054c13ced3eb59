// [project.day] An undated source dated from the project's other sources, on invented texts.
import { describe, expect, it } from 'vitest';
import { dayFromProject, extractFacts, storyDay } from '../../../../src/core/extract';
import { statedDays } from '../../../../src/core/extract/projectDay';

const undated = 'Peru and Chile signed the lithium accord in Lima on 11 June 2024. Talks had opened on June 9, 2024, and the ministers met again on Tuesday.';

describe('dayFromProject', () => {
  it('reads only the full dates the text states', () => {
    expect(statedDays('The port opened on 3 May 2021 and closed in June 2021, or on June 9.')).toEqual(['2021-05-03']);
  });
  it('gives the latest of its own full dates when all of them lie within a few days of the others’ dates', () => {
    expect(dayFromProject(undated, ['2024-06-12', '2024-06-13'])).toBe('2024-06-11');
  });
  it('gives nothing when one of its dates is far from every other source’s, when it states none, or when the others are undated', () => {
    expect(dayFromProject(`${undated} The first accord dates from 2 March 2019.`, ['2024-06-12'])).toBeUndefined();
    expect(dayFromProject(undated, ['2024-07-01'])).toBeUndefined();
    expect(dayFromProject('The ministers met again on Tuesday in Lima.', ['2024-06-12'])).toBeUndefined();
    expect(dayFromProject(undated, ['2024-06', '2024'])).toBeUndefined();
  });
  it('lets extraction count relative dates from that day, marked inferred, and from none without it', () => {
    const tuesday = (inferredDay: string | null) =>
      extractFacts({ sourceId: 's', text: undated, publishedAt: null, inferredDay })
        .flatMap((f) => f.values)
        .find((v) => v.surface === 'Tuesday');
    expect(tuesday('2024-06-11')).toMatchObject({ canonical: '2024-06-11', inferred: true });
    expect(tuesday(null)).toBeUndefined();
  });
});

describe('storyDay [project.story-day]', () => {
  const names = (...keys: string[]) => new Set(keys);
  const story = names('place:valdoria', 'place:port anselm', 'person:ines marlow', 'organisation:harbour board');
  const dated = [
    { day: '2031-05-02', names: names('place:valdoria', 'place:port anselm', 'person:ines marlow') },
    { day: '2031-05-03', names: names('organisation:harbour board', 'place:valdoria') },
  ];
  const text = 'The harbour board of Valdoria met late Friday in Port Anselm, Governor Ines Marlow said on Sunday. © 2031 Valdoria Post';

  it('dates a source that tells the dated sources’ story from the latest of their days', () => {
    expect(storyDay(text, story, dated)).toBe('2031-05-03');
  });
  it('gives nothing when it shares too few of its names, or too small a share of them', () => {
    expect(storyDay(text, names('place:valdoria', 'person:ines marlow'), dated)).toBeUndefined();
    const many = names(...story, 'person:a', 'person:b', 'person:c', 'person:d', 'person:e');
    expect(storyDay(text, many, dated)).toBeUndefined();
  });
  it('gives nothing when the dated sources are spread over more than a few days, or it states a later year', () => {
    expect(storyDay(text, story, [dated[0]!, { ...dated[1]!, day: '2031-05-20' }])).toBeUndefined();
    expect(storyDay(`${text} The next review is due in 2033.`, story, dated)).toBeUndefined();
    expect(storyDay(text, story, [])).toBeUndefined();
  });
});

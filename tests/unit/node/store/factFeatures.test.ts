// Facts carry what they are about (`Fact.about`), written by extraction and read by grouping;
// facts of older projects, saved without it, are given it on open. Invented reports.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { groupFacts } from '../../../../src/core/verify';
import { emptyProject } from '../../../../src/core/model';
import { withFactFeatures } from '../../../../src/node/store/factFeatures';

const a = extractFacts({ sourceId: 'a', text: 'The Valdorian harbour board counted 412 petitions against the reforms.', publishedAt: '2031-05-02' });
const b = extractFacts({ sourceId: 'b', text: 'Some 412 petitions against the reforms reached the Valdorian harbour board.', publishedAt: '2031-05-02' });

describe('what a fact is about', () => {
  it('is written by extraction on every fact compared by its subject, and grouping reads it', () => {
    const figures = [...a, ...b].filter((f) => f.values.length);
    expect(figures.every((f) => f.about && f.about.tokens.length > 0)).toBe(true);
    const together = (facts: typeof figures) => groupFacts(facts).some((g) => g.relation === 'corroborated' && g.factIds.length === 2);
    expect(together(figures)).toBe(true);
    // Without it a figure is about nothing grouping can compare: the sentence is not parsed again.
    expect(together(figures.map(({ about: _about, ...rest }) => rest))).toBe(false);
  });
  it('is given, on open, to the facts of a project saved without it, as extraction writes it', () => {
    const saved = [...a, ...b].map(({ about: _about, ...rest }) => rest);
    const project = { ...emptyProject({ id: 'p', name: 'p', now: '2031-05-02T00:00:00.000Z' }), facts: saved };
    const opened = withFactFeatures(project);
    expect(opened.facts.map((f) => f.about)).toEqual([...a, ...b].map((f) => f.about));
    // A project whose facts all carry it is returned as it is.
    expect(withFactFeatures(opened)).toBe(opened);
  });
});

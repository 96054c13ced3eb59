// A fact verified without a grade stands at the credibility Attaché suggests, marked as such; the
// brief's endnotes say so and on what it rests, and never print "6" for a fact sources agree on.
import { describe, expect, it } from 'vitest';
import { briefTemplate, numberCitations } from '../../../src/core/brief';
import { gradeText, suggestionBasis } from '../../../src/core/gradeWords';
import type { Brief, Decision } from '../../../src/core/model';
import { standingCredibility } from '../../../src/core/standingCredibility';
import { briefInput, DEFAULTS, F } from './brief/briefFixture';

const at = '2026-01-01T00:00:00Z';
const decided = (status: Decision['status'], credibility: number | null, credibilitySuggested?: boolean): Decision => ({
  factId: 'f',
  status,
  credibility,
  note: '',
  at,
  ...(credibilitySuggested === undefined ? {} : { credibilitySuggested }),
});

describe('standingCredibility', () => {
  const support = { suggestedCredibility: 2 as const };
  it("keeps the analyst's own grade, whatever was suggested", () => {
    expect(standingCredibility(decided('verified', 4), support)).toEqual({ value: 4, suggested: false });
    expect(standingCredibility(decided('unverified', 5), support)).toEqual({ value: 5, suggested: false });
  });
  it('gives a fact verified without a grade the suggested credibility, marked as suggested', () => {
    expect(standingCredibility(decided('verified', null), support)).toEqual({ value: 2, suggested: true });
  });
  it('keeps a recorded suggestion marked as one', () => {
    expect(standingCredibility(decided('verified', 2, true), support)).toEqual({ value: 2, suggested: true });
  });
  it('suggests nothing for a fact nobody verified, or one rejected', () => {
    expect(standingCredibility(undefined, support)).toEqual({ value: null, suggested: false });
    expect(standingCredibility(decided('unverified', null), support)).toEqual({ value: null, suggested: false });
    expect(standingCredibility(decided('rejected', null), support)).toEqual({ value: null, suggested: false });
  });
});

describe('grade words of a suggestion', () => {
  it('say what the suggestion rests on', () => {
    expect(suggestionBasis({ supportCount: 3, inConflict: false })).toBe('corroborated by 3 sources');
    expect(suggestionBasis({ supportCount: 1, inConflict: false })).toBe('one source only');
    expect(suggestionBasis({ supportCount: 2, inConflict: true })).toBe('other sources disagree');
    expect(gradeText('B', 1, 'corroborated by 2 sources')).toBe('graded B1 (credibility suggested: corroborated by 2 sources)');
    expect(gradeText('B', 1)).toBe('graded B1');
    expect(gradeText('B', null, 'anything')).toBe('graded B6');
  });
});

describe('endnotes of a fact verified without a grade', () => {
  const brief: Brief = {
    ...briefTemplate('blank', DEFAULTS),
    sections: [{ id: 'a', title: 'A', blocks: [{ type: 'paragraph', content: [{ type: 'cite', factId: F.trade2.id }] }] }],
  };

  it('grade a corroborated fact at the suggestion (2 with two sources), never 6, and say so', () => {
    const input = briefInput();
    input.decisions[F.trade1.id] = { ...input.decisions[F.trade1.id]!, credibility: null };
    input.decisions[F.trade2.id] = { ...input.decisions[F.trade2.id]!, credibility: null };
    const [note] = numberCitations(brief, input).endnotes;
    expect(note!.credibility).toBe(2);
    expect(note!.text).not.toMatch(/graded [A-F]6/);
    expect(note!.text).toContain('graded C2 (credibility suggested: corroborated by 2 sources)');
    expect(note!.text).toContain('graded B2 (credibility suggested: corroborated by 2 sources)');
  });

  it("print a corroborating source's own chosen grade as the analyst's", () => {
    const input = briefInput();
    input.decisions[F.trade2.id] = { ...input.decisions[F.trade2.id]!, credibility: null };
    input.decisions[F.trade1.id] = { ...input.decisions[F.trade1.id]!, credibility: 1 };
    const [note] = numberCitations(brief, input).endnotes;
    expect(note!.text).toContain('graded B1:');
    expect(note!.text).toContain('graded C2 (credibility suggested');
  });
});

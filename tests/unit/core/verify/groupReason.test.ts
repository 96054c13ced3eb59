// A group's reason in words: the rule (with the figure rules for groups that name none), the
// rule's sentence, and the evidence as labelled plain text in reading order.
import { describe, expect, it } from 'vitest';
import { evidenceItems, ruleOf, ruleSentence } from '../../../../src/core/verify/groupReason';
import { RULES } from '../../../../src/core/verify/rules';

describe('group reasons', () => {
  it('a group without a rule is read as the figure rule its relation implies', () => {
    expect(ruleOf({ relation: 'corroborated' })).toBe('figure.same-value');
    expect(ruleOf({ relation: 'conflict' })).toBe('figure.different-value');
    expect(ruleOf({ relation: 'conflict', rule: 'event.different-day' })).toBe('event.different-day');
  });

  it('every rule has its sentence; an unknown id says it is unknown rather than failing', () => {
    for (const [id, info] of Object.entries(RULES)) expect(ruleSentence(id)).toBe(info.says);
    expect(ruleSentence('event.from-a-newer-version')).toMatch(/does not describe/);
  });

  it('evidence reads action, words, places, days, speakers, then likeness; feature prefixes, repeats and the listed action go', () => {
    const items = evidenceItems({
      likeness: 0.5,
      shared: ['act:ratify', 'treaty', 'l:lakeside', 'lakeside', 'p:okafor', 'o:river commission'],
      days: ['2024-03-02', '2024-03-09'],
      action: 'ratify',
      weight: 3,
    });
    expect(items).toEqual([
      { label: 'Action', text: 'ratify' },
      { label: 'Shared words', text: 'treaty, lakeside, okafor, river commission' },
      { label: 'Days', text: '2024-03-02, 2024-03-09' },
      { label: 'Likeness', text: '0.50 of 1' },
      { label: 'weight', text: '3' },
    ]);
  });

  it('quotes and speakers keep their words as given; empty values and absent evidence give nothing', () => {
    expect(evidenceItems({ quoted: ['q:harvest', 'q:failed'], speakers: ['Amara Quist', ''], quoteLikeness: 0.8, places: [] })).toEqual([
      { label: 'Quoted words', text: 'harvest, failed' },
      { label: 'Speakers', text: 'Amara Quist' },
      { label: 'Likeness of the quotes', text: '0.80 of 1' },
    ]);
    expect(evidenceItems(undefined)).toEqual([]);
    // Without an action of its own, a shared action word is evidence like any other.
    expect(evidenceItems({ shared: ['act:ratify', 'treaty'] })).toEqual([{ label: 'Shared words', text: 'ratify, treaty' }]);
    // A place key is a word, not a feature: only the engine's own prefixes are stripped.
    expect(evidenceItems({ places: ['o:hare airport'] })).toEqual([{ label: 'Places', text: 'o:hare airport' }]);
  });
});

// subjectSimilarity runs on subjects packed as numbers (grouping compares millions of pairs);
// here it is checked against its definition written plainly on the sets themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subjectSimilarity } from '../../../../src/core/verify';
import type { SubjectFeatures } from '../../../../src/core/extract/subject';

/** The definition: shared words over the smaller side, heads and places weighed in. */
function byDefinition(a: SubjectFeatures, b: SubjectFeatures): number {
  const headsA = a.heads ?? (a.head ? [a.head] : []);
  const headsB = b.heads ?? (b.head ? [b.head] : []);
  const sameHead = headsA.some((h) => headsB.includes(h));
  if (headsA.length && headsB.length && !sameHead) return 0;
  for (const [prep, place] of a.slots) {
    const other = b.slots.get(prep);
    if (other && other !== place) return 0;
  }
  const small = a.tokens.size <= b.tokens.size ? a.tokens : b.tokens;
  const large = small === a.tokens ? b.tokens : a.tokens;
  if (small.size === 0) return sameHead ? 0.6 : 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  let score = shared / small.size;
  if (small.size === 1 && large.size > 2) score *= 0.75;
  if (sameHead) score = Math.min(1, score + 0.25);
  return score;
}

// Small vocabularies, so that random subjects share words, heads and places often.
const word = fc.constantFrom('trade', 'export', 'visit', 'partner', 'troop', 'loan', 'vote', 'port', 'aid', 'summit');
const place = fc.constantFrom('japan', 'korea', 'chile', '');
const features: fc.Arbitrary<SubjectFeatures> = fc
  .record({
    tokens: fc.uniqueArray(word, { maxLength: 7 }),
    heads: fc.option(fc.uniqueArray(word, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    loneHead: fc.option(word, { nil: undefined }),
    slots: fc.uniqueArray(fc.tuple(fc.constantFrom('in', 'to', 'from'), place), { maxLength: 2, selector: ([prep]) => prep }),
  })
  .map(({ tokens, heads, loneHead, slots }) => {
    const f: SubjectFeatures = { tokens: new Set(tokens), slots: new Map(slots), names: new Set(), words: tokens };
    if (heads) {
      f.heads = heads;
      f.head = heads[heads.length - 1];
    } else if (loneHead) f.head = loneHead;
    return f;
  });

describe('subjectSimilarity', () => {
  it('equals its definition on random subjects, in both orders', () => {
    fc.assert(
      fc.property(features, features, (a, b) => {
        expect(subjectSimilarity(a, b)).toBe(byDefinition(a, b));
        expect(subjectSimilarity(b, a)).toBe(byDefinition(b, a));
      }),
      { numRuns: 2000 },
    );
  });

  it('is 0 for subjects about different places after one preposition', () => {
    const a: SubjectFeatures = { tokens: new Set(['trade']), slots: new Map([['in', 'japan']]), names: new Set(), words: ['trade'] };
    const b: SubjectFeatures = { tokens: new Set(['trade']), slots: new Map([['in', 'korea']]), names: new Set(), words: ['trade'] };
    expect(subjectSimilarity(a, b)).toBe(0);
    expect(subjectSimilarity(a, { ...b, slots: new Map([['in', 'japan']]) })).toBe(1);
  });
});

// Whether two sources tell one story (Stories, src/core/verify/index.ts), asked of a kept index's
// numbering, which goes on growing past the table of every pair (a source read again is told
// anew): answers must stay each pair's own. Invented story words.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../src/core/model';
import { Stories } from '../../../../src/core/verify';

/** A source whose clauses say `words` (its story words: the clauses' lemmas). */
function told(stories: Stories, sourceId: string, words: string[]): number {
  const fact = { sourceId, event: { lemmas: words }, entities: [] } as unknown as Fact;
  stories.tell(sourceId, [fact]);
  return stories.numberOf(sourceId);
}

describe('Stories', () => {
  it('keeps each pair’s answer apart once source numbers pass the table of every pair', () => {
    const stories = new Stories();
    const story = ['harbour', 'reform', 'assembly', 'governor'];
    const other = ['barley', 'harvest', 'irrigation', 'cooperative'];
    const a = told(stories, 'a', story);
    const b = told(stories, 'b', story);
    expect(stories.same(a, b)).toBe(true);
    // Sources of the same story enough to pass the table; then one of another story, numbered past it.
    // (Asked once near the table's largest side, so that it has that side.)
    for (let k = 0; k < 4200; k++) {
      told(stories, `more${k}`, story);
      if (k === 4000) expect(stories.same(a, b)).toBe(true);
    }
    const late = told(stories, 'late', other);
    expect(late).toBeGreaterThan(4096);
    // Laid out on the table's side (4,096), a's pair with it would be b's with the source 4,096 before it.
    expect(stories.same(b, late - 4096)).toBe(true);
    expect(stories.same(a, late)).toBe(false);
    expect(stories.same(late, a)).toBe(false);
    expect(stories.same(b, late - 4096)).toBe(true);
    expect(stories.same(a, b)).toBe(true);
  });

  it('forgets a source taken out: a pair with it is no story', () => {
    const stories = new Stories();
    const a = told(stories, 'a', ['harbour', 'reform']);
    const b = told(stories, 'b', ['harbour', 'reform']);
    stories.forget('b');
    expect(() => stories.numberOf('b')).toThrow(/no source b/);
    const again = told(stories, 'b', ['barley', 'harvest']);
    expect(again).not.toBe(b);
    expect(stories.same(a, again)).toBe(false);
  });
});

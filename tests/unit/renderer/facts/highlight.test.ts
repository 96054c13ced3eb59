import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { highlightPieces } from '../../../../src/renderer/src/facts/highlight';
import { HighlightedSentence } from '../../../../src/renderer/src/facts/HighlightedSentence';
import type { FactValue } from '../../../../src/core/model';

function value(surface: string, start: number, extra: Partial<FactValue> = {}): FactValue {
  return { type: 'count', canonical: surface, surface, start, end: start + surface.length, ...extra };
}

describe('highlightPieces', () => {
  // The sentence sits at offset 100 of its source: value offsets are source offsets.
  const text = 'Donors pledged $2.3 billion, about 60 percent of the appeal.';
  const at = (s: string) => 100 + text.indexOf(s);

  it('marks each value where its offsets point, primary first', () => {
    const pieces = highlightPieces({ text, start: 100, values: [value('$2.3 billion', at('$2.3 billion')), value('60 percent', at('60 percent'))] });
    expect(pieces).toEqual([
      { text: 'Donors pledged ', value: null },
      { text: '$2.3 billion', value: 0 },
      { text: ', about ', value: null },
      { text: '60 percent', value: 1 },
      { text: ' of the appeal.', value: null },
    ]);
  });

  it('leaves a value whose offsets fall outside the sentence unmarked, and keeps every character', () => {
    const pieces = highlightPieces({ text, start: 100, values: [value('x', 5), value('y', 100 + text.length + 3)] });
    expect(pieces).toEqual([{ text, value: null }]);
  });

  it('never loses or repeats text, whatever the offsets (overlaps included)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.tuple(fc.integer({ min: -10, max: 100 }), fc.integer({ min: 0, max: 30 })), { maxLength: 6 }),
        (sentence, spans) => {
          const values = spans.map(([from, len]) => ({ ...value('v', 50 + from), end: 50 + from + len }));
          const pieces = highlightPieces({ text: sentence, start: 50, values });
          expect(pieces.map((p) => p.text).join('')).toBe(sentence);
          expect(pieces.every((p) => p.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});

describe('HighlightedSentence', () => {
  it('shows markup in a source as the literal characters, never as elements', () => {
    const text = 'The board said 45 cranes marked <b>x</b> would arrive.';
    const html = renderToStaticMarkup(
      createElement(HighlightedSentence, { fact: { text, start: 0, values: [value('45', text.indexOf('45'))] } }),
    );
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<mark class="value-primary">45</mark>');
  });
});

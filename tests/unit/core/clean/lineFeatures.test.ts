// lineFeatures reads a line's sentence end backwards and tests for spaceless scripts only past
// ASCII (both run on every line of every import); here both are checked against the regexes
// they stand for, on random lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineFeatures } from '../../../../src/core/clean/lineFeatures';

const SENTENCE_END = /[.!?…。！？؟][”"’')\]»]*$/u;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const piece = fc.constantFrom('a', 'Word', ' ', '.', '!', '?', '…', '。', '！', '؟', '”', '"', '’', "'", ')', ']', '»', '(', '東京', 'ไทย', 'カ', 'é', '\r');

describe('lineFeatures', () => {
  it('ends a sentence and counts spaceless scripts as the regexes do', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const raw = pieces.join('');
        const text = raw.replace(/\r$/, '').trim();
        const f = lineFeatures(0, raw, null);
        expect(f.sentenceEnd).toBe(SENTENCE_END.test(text));
        if (NO_SPACE_SCRIPT.test(text)) expect(f.words).toBe(Math.ceil(text.length / 2));
      }),
      { numRuns: 3000 },
    );
  });
});

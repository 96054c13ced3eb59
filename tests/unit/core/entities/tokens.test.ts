// tokenize reads words with a loop over the characters (every source passes through it whole and
// sentence by sentence); here it is checked against its definition, the Unicode regex, on random
// texts mixing ASCII, accents, combining marks, astral letters, emoji, lone surrogates and joiners.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/tokens';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/** The definition: the regex's matches, with a possessive "'s" taken off the word. */
function byDefinition(text: string, base: number) {
  return [...text.matchAll(WORD)].map((m) => {
    let word = m[0];
    const possessive = word.length > 2 && /['’][sS]$/.test(word);
    if (possessive) word = word.slice(0, -2);
    return { text: word, start: base + m.index, end: base + m.index + word.length, possessive };
  });
}

const piece = fc.constantFrom('a', 'Z', 'q', '9', "'", '’', '-', '.', ' ', ',', 'é', 'É', '\u0301', 'ß', '中', 'あ', '٣', '𝐀', '𠀋', '😀', '\uD800', '\uDC00', '\n', "'s", '’S', 'U.S.', 'al-', '--');

describe('tokenize', () => {
  it('gives the words the Unicode word regex gives, with the same offsets', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(50), (pieces, base) => {
        const text = pieces.join('');
        const got = tokenize(text, base).map(({ text: t, start, end, possessive }) => ({ text: t, start, end, possessive }));
        expect(got).toEqual(byDefinition(text, base));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a sentence into its words', () => {
    expect(tokenize("Ursula von der Leyen's U.S. visit, al-Sisi’s 2,012 don't").map((t) => t.text)).toEqual(['Ursula', 'von', 'der', 'Leyen', 'U.S', 'visit', 'al-Sisi', '2', '012', "don't"]);
  });
});

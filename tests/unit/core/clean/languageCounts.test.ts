// cleanArticle guesses the language of the whole text and of its kept lines from each line's
// counts, read once (languageCounts, summed): it must name what guessLanguage names for the
// joined text, which it replaces for texts within the guess's sample.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessLanguage, languageCounts, languageOf, sumCounts } from '../../../../src/core/clean/language';

const byLines = (lines: readonly string[]) => languageOf(sumCounts(lines.map(languageCounts)));

const word = fc.constantFrom('the', 'and', 'of', 'le', 'la', 'und', 'der', 'của', 'và', 'những', 'que', 'de', 'ΟΔΟΣ', 'Σ', 'trade', 'visite', 'Handel', '東京', 'です', '서울', "l'accord", 'İstanbul', '𝐀', '😀', '-', '.', '\r');
const line = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));

describe('language from line counts', () => {
  it('names what guessLanguage names for the lines joined by line breaks or spaces', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, spaces) => {
        expect(byLines(lines)).toBe(guessLanguage(lines.join(spaces ? ' ' : '\n')));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the seeds’ language as guessLanguage does', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8').slice(0, 20_000);
      expect(byLines(text.split('\n'))).toBe(guessLanguage(text));
    }
  });
});

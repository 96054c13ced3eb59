// Sentence units (src/core/extract/segment.ts) on invented lines: after initials, "U.S." ends a
// sentence or names whose office follows; the one-sentence shortcut cuts as Intl.Segmenter does;
// abbreviations still join.
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../../src/core/extract/segment';

const units = (text: string) => splitUnits(text).map((u) => text.slice(u.start, u.end));

/** The sentences Intl.Segmenter alone finds in a line (no abbreviation joins), trimmed. */
const segmenterSentences = (line: string) =>
  [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(line)].map((s) => s.segment.trim()).filter(Boolean);

describe('splitUnits after initials', () => {
  it('keeps "U.N. Secretary-General" and "U.S. President" inside their sentence', () => {
    expect(units('Having met the fishing crews, U.S. President Ada Brun left the harbour town on Monday.')).toHaveLength(1);
    expect(units('The talks were opened by U.N. Secretary-General Halvard Moen in the old hall.')).toHaveLength(1);
  });
  it('still ends a sentence after "U.S." when the next does not name an office', () => {
    expect(units('The delegation flew back to the U.S. Officials said the talks would resume in May.')).toHaveLength(2);
  });
});

describe('sentence units', () => {
  // A line with no sentence end but a closing run at its very end is one sentence without asking
  // the segmenter; these lines must come out as the segmenter would cut them.
  it('cuts a line as the segmenter does, whether or not it ends in a closing run', () => {
    const lines = [
      'Harvest figures for the valley',
      'The co-operative sold its barley early.',
      'The co-operative sold its barley early.” ',
      'Did the mill close?!',
      'The mill closed.) ',
      'The mill closed. (It reopened in spring.)',
      'The mill closed. It reopened.',
      'Rain fell… then stopped',
      'Ferries ran late。Buses too',
      'The mill closed.\u2028It reopened',
      'Quiet streets\u00a0.\u00a0',
    ];
    for (const line of lines) expect(units(line), line).toEqual(segmenterSentences(line));
  });

  it('still joins after an abbreviation', () => {
    expect(units('Dr. Okafor opened the clinic.')).toEqual(['Dr. Okafor opened the clinic.']);
  });
});

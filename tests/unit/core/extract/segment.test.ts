// Sentence units after initials: "U.S." ends a sentence or names whose office follows.
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../../src/core/extract/segment';

const units = (text: string) => splitUnits(text).map((u) => text.slice(u.start, u.end));

describe('splitUnits after initials', () => {
  it('keeps "U.N. Secretary-General" and "U.S. President" inside their sentence', () => {
    expect(units('Having met the fishing crews, U.S. President Ada Brun left the harbour town on Monday.')).toHaveLength(1);
    expect(units('The talks were opened by U.N. Secretary-General Halvard Moen in the old hall.')).toHaveLength(1);
  });
  it('still ends a sentence after "U.S." when the next does not name an office', () => {
    expect(units('The delegation flew back to the U.S. Officials said the talks would resume in May.')).toHaveLength(2);
  });
});

// The bounds that keep one source's extraction in proportion (issue 12, point 2), and the notes
// that tell the analyst when one of them acted: a cap that acts silently would hide words the
// analyst may cite.

/**
 * Longest unit a fact may quote. A run of text with no sentence end (a table flattened to one
 * line, a list without punctuation) is not one sentence; facts quote their unit, and per-fact work
 * grows with it, so such a run is read in parts, cut at a space before this length.
 */
export const MAX_UNIT = 800;

/**
 * Longest run without a space that is read for facts. The longest word of the shared corpora is
 * 91 characters (a URL); a longer run is encoded data or a damaged file, never a figure or a name.
 */
export const MAX_WORD = 1_000;

/**
 * Facts kept per source. The densest real articles give about 24 facts per 1,000 characters and
 * the largest real source (a 14-page paper) 977; a 300-page report at that density gives about
 * 22,000. Past this, a file is data rather than prose, and grouping and saving it would cost the
 * project more than it can tell the analyst.
 */
export const MAX_FACTS_PER_SOURCE = 25_000;

/** What the bounds did to one source's text. */
export interface ExtractLimits {
  /** Passages longer than MAX_UNIT with no sentence end, read in parts. */
  cutPassages: number;
  longestPassage: number;
  /** Where the last passage read in parts starts and ends: its next part (a hard cut of a long line) continues it. */
  lastPassage: { start: number; end: number } | null;
  /** Runs longer than MAX_WORD without a space, not read. */
  skippedRuns: number;
  longestRun: number;
  /** Set when the source gave more than MAX_FACTS_PER_SOURCE facts: where the kept ones end. */
  factsStoppedAt?: number;
}

export function noLimits(): ExtractLimits {
  return { cutPassages: 0, longestPassage: 0, lastPassage: null, skippedRuns: 0, longestRun: 0 };
}

const count = (n: number) => n.toLocaleString('en-US');

/** One sentence per bound that acted, for the import report; none for an ordinary source. */
export function limitNotes(limits: ExtractLimits, textLength: number): string[] {
  const notes: string[] = [];
  if (limits.factsStoppedAt !== undefined) {
    const share = Math.max(1, Math.min(99, Math.floor((limits.factsStoppedAt / Math.max(1, textLength)) * 100)));
    notes.push(
      `This file gave more than ${count(MAX_FACTS_PER_SOURCE)} facts; Attaché kept the first ${count(MAX_FACTS_PER_SOURCE)} (from the first ${share} % of its text) and looked no further. If it is a data file, import the report it comes from; otherwise split it and import the parts.`,
    );
  }
  if (limits.skippedRuns > 0) {
    const what = limits.skippedRuns === 1 ? `a run of ${count(limits.longestRun)} characters` : `${count(limits.skippedRuns)} runs of up to ${count(limits.longestRun)} characters`;
    notes.push(`It holds ${what} without a space (encoded data, not words); Attaché reads words of up to ${count(MAX_WORD)} characters, so no facts were looked for there.`);
  }
  if (limits.cutPassages > 0) {
    const what = limits.cutPassages === 1 ? `a passage of ${count(limits.longestPassage)} characters` : `${count(limits.cutPassages)} passages of up to ${count(limits.longestPassage)} characters`;
    notes.push(`It has ${what} with no sentence end; Attaché reads sentences of up to ${count(MAX_UNIT)} characters, so it was read in parts and a fact from it quotes its part.`);
  }
  return notes;
}

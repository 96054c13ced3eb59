// The words Attaché uses for grades and for how many sources stand behind a fact, in one place:
// the Facts tab, the source editor, the CLI, the brief's endnotes and the PDF's grade key all
// read them here, so the screen and the paper cannot word the same grade two ways.
import type { Credibility, Fact, Reliability } from './model';

/** The Admiralty (NATO) scale for how reliable a source has been. */
export const RELIABILITY_WORDS: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/**
 * The Admiralty scale for how credible a piece of information is. 6 says what cannot be judged
 * (its truth): the Facts tab once wrote only "cannot be judged", which read like the reliability F.
 */
export const CREDIBILITY_WORDS: Record<Credibility, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export { plural } from './plural';
import { plural } from './plural';

/** The badge of a fact more than one source reports: "corroborated by 3 sources". */
export function supportWords(sourceCount: number): string {
  return `corroborated by ${plural(sourceCount, 'source')}`;
}

/** The Admiralty grade as analysts write it: source reliability letter and information credibility digit. */
// Information nobody has graded is written 6, "truth cannot be judged", as the scale intends.
// A credibility Attaché suggested (the analyst verified without grading) says so, and on what.
export function gradeText(reliability: Reliability, credibility: Credibility | null, suggestedBecause?: string): string {
  const grade = `graded ${reliability}${credibility ?? 6}`;
  return suggestedBecause && credibility !== null ? `${grade} (credibility suggested: ${suggestedBecause})` : grade;
}

/** Why Attaché suggests the credibility it does, in the words of the suggestion's rule. */
export function suggestionBasis(support: { supportCount: number; inConflict: boolean }): string {
  if (support.inConflict) return 'other sources disagree';
  return support.supportCount >= 2 ? supportWords(support.supportCount) : 'one source only';
}

/** The key under a brief's endnotes, for readers who do not grade. */
export function gradeKey(): string {
  return `Grades: source reliability A (${RELIABILITY_WORDS.A}) to F (${RELIABILITY_WORDS.F}), then information credibility 1 (${CREDIBILITY_WORDS[1]}) to 6 (${CREDIBILITY_WORDS[6]}).`;
}

/**
 * The primary value as the source wrote it, with its hedge. Agreements, claims and quotes carry
 * no value: their sentence names them instead (the list and headings cut it with an ellipsis).
 */
export function primaryValueText(fact: Pick<Fact, 'values' | 'text' | 'subject'>): string {
  const value = fact.values[0];
  if (!value) return fact.text.trim() || fact.subject;
  const qualifier = value.qualifier && !value.surface.toLowerCase().startsWith(value.qualifier.toLowerCase()) ? `${value.qualifier} ` : '';
  return `${qualifier}${value.surface}`;
}

// Whether a fact's words are its source's words at its offsets. Extraction takes a fact's text
// as the slice of the source's cleaned text between its offsets, and the brief prints it with its
// whitespace collapsed; so the two are compared the way the brief prints them. A fact that fails
// was damaged or edited by hand in the project file: the brief must not print it as the source's.
import type { Fact } from './model';

export type WordsProblem =
  /** The offsets do not lie inside the source's text (or end before they start). */
  | 'out-of-range'
  /** The source holds other words between the offsets. */
  | 'different-words';

type FactSpan = Pick<Fact, 'text' | 'start' | 'end'>;

/** How the brief prints a quote: runs of whitespace as one space, none at the ends. */
export function printedWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Null when the fact's text is what its source says at its offsets, else what is wrong. */
export function factWordsProblem(fact: FactSpan, sourceText: string): WordsProblem | null {
  if (!(fact.start >= 0 && fact.start <= fact.end && fact.end <= sourceText.length)) return 'out-of-range';
  const there = sourceText.slice(fact.start, fact.end);
  // The exact slice first: it is what extraction wrote, and it costs no copying.
  if (there === fact.text || printedWords(there) === printedWords(fact.text)) return null;
  return 'different-words';
}

/** What the source says at the fact's offsets, for a message (clipped to the text); '' when out of range. */
export function wordsAt(fact: FactSpan, sourceText: string): string {
  const start = Math.max(0, Math.min(fact.start, sourceText.length));
  const end = Math.max(start, Math.min(fact.end, sourceText.length));
  return sourceText.slice(start, end);
}

/**
 * Where the fact's text stands in its source, exactly as written, nearest to its offsets; null
 * when the source does not hold those words. A repair moves only offsets, never words.
 */
export function findFactWords(fact: FactSpan, sourceText: string): { start: number; end: number } | null {
  if (!fact.text) return null;
  let best: number | null = null;
  for (let at = sourceText.indexOf(fact.text); at >= 0; at = sourceText.indexOf(fact.text, at + 1)) {
    if (best === null || Math.abs(at - fact.start) < Math.abs(best - fact.start)) best = at;
    // Later places are only further away.
    if (at >= fact.start) break;
  }
  return best === null ? null : { start: best, end: best + fact.text.length };
}

/** A quote shortened for a message: whitespace collapsed, at most 80 characters. */
export function shortQuote(text: string): string {
  const flat = printedWords(text);
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

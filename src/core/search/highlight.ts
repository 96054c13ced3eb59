// Where a hit's words stand in its text, for marking them: the words whose index terms are among
// the terms the hit matched on, and a query's function words that stand next to one ("To" of
// "Tô Lâm" for "to lam": too common to search on, but part of what was asked for).
import { foldText } from '../entities/fold';
import type { TextRange } from './marks';
import { indexTerms, wordTokens } from './terms';

export type { TextRange } from './marks';

export function highlightRanges(text: string, matched: ReadonlySet<string>, queryStops: ReadonlySet<string> = new Set()): TextRange[] {
  const tokens = wordTokens(text);
  const marked = tokens.map((t) => indexTerms(t.text).some((term) => matched.has(term)));
  if (queryStops.size) {
    const isStop = tokens.map((t) => queryStops.has(foldText(t.text)));
    const joined = (i: number, j: number) => /^\s*$/.test(text.slice(tokens[i]!.end, tokens[j]!.start));
    // Outward from each marked word, across the function words the query has, both ways.
    for (let i = 1; i < tokens.length; i++) if (!marked[i] && isStop[i] && marked[i - 1] && joined(i - 1, i)) marked[i] = true;
    for (let i = tokens.length - 2; i >= 0; i--) if (!marked[i] && isStop[i] && marked[i + 1] && joined(i, i + 1)) marked[i] = true;
  }
  const ranges: TextRange[] = [];
  tokens.forEach((t, i) => {
    if (marked[i]) ranges.push({ start: t.start, end: t.end });
  });
  return ranges;
}

/** Characters of context a snippet of a long passage shows. */
export const SNIPPET_CHARS = 240;

/**
 * A window of a long text around its first marked words, cut between words, with the ranges moved
 * into it. Offsets of the window are into `text`; the ranges are into the window.
 */
export function snippetOf(text: string, ranges: readonly TextRange[], width = SNIPPET_CHARS): { start: number; end: number; ranges: TextRange[] } {
  if (text.length <= width) return { start: 0, end: text.length, ranges: [...ranges] };
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(width / 4), text.length - width));
  let end = Math.min(text.length, start + width);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space > (ranges[0]?.end ?? start)) end = space;
  }
  const inside = ranges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start - start, end: r.end - start }));
  return { start, end, ranges: inside };
}


// The fact's sentence cut into plain-text pieces, with the values' surfaces marked. Offsets in a
// fact point into the source's cleaned text; the sentence starts at fact.start. The pieces are
// rendered as text nodes and <mark> elements, never as HTML: the words come from files we do not
// control.
import type { Fact } from '../../../shared/api';

export interface TextPiece {
  text: string;
  /** Index into fact.values of the value this piece shows, or null for plain text. */
  value: number | null;
}

export function highlightPieces(fact: Pick<Fact, 'text' | 'start' | 'values'>): TextPiece[] {
  const length = fact.text.length;
  const marks = fact.values
    .map((v, index) => ({ index, from: v.start - fact.start, to: v.end - fact.start }))
    // A value outside the sentence, empty, or pointing past it (stale offsets) is not marked.
    .filter((m) => m.from >= 0 && m.to <= length && m.from < m.to)
    .sort((a, b) => a.from - b.from || a.index - b.index);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const m of marks) {
    // Overlapping values: the earlier one keeps its words; the later is shown from where it is free.
    const from = Math.max(m.from, at);
    if (from >= m.to) continue;
    if (from > at) pieces.push({ text: fact.text.slice(at, from), value: null });
    pieces.push({ text: fact.text.slice(from, m.to), value: m.index });
    at = m.to;
  }
  if (at < length) pieces.push({ text: fact.text.slice(at), value: null });
  return pieces;
}

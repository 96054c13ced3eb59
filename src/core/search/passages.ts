// A source's text cut into passages for search: its paragraphs, a long one cut again between
// sentences, so that a hit names a place the analyst can read and ranks on the words near it.

export interface Passage {
  start: number;
  end: number;
}

/** Passages longer than this are cut between sentences (or, failing one, between words). */
export const PASSAGE_CHARS = 600;

const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g;

export function splitPassages(text: string, max = PASSAGE_CHARS): Passage[] {
  const passages: Passage[] = [];
  const paragraph = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = paragraph.exec(text)) !== null) {
    const trimmed = trimRange(text, m.index, m.index + m[0].length);
    if (trimmed) cut(text, trimmed, max, passages);
  }
  return passages;
}

function trimRange(text: string, start: number, end: number): Passage | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function cut(text: string, range: Passage, max: number, out: Passage[]): void {
  let { start } = range;
  while (range.end - start > max) {
    const end = breakBefore(text, start, start + max) ?? start + max;
    const piece = trimRange(text, start, end);
    if (piece) out.push(piece);
    start = end;
  }
  const rest = trimRange(text, start, range.end);
  if (rest) out.push(rest);
}

/** The last sentence end, else the last space, in (from + max/2, limit]; null when there is none. */
function breakBefore(text: string, from: number, limit: number): number | null {
  const window = text.slice(from, limit);
  const floor = window.length / 2;
  let best: number | null = null;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(window)) !== null) {
    const at = m.index + m[0].length;
    if (at > floor) best = at;
  }
  if (best !== null) return from + best;
  const space = window.lastIndexOf(' ');
  return space > floor ? from + space + 1 : null;
}

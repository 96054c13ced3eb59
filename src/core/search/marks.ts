// A text cut into plain and marked pieces, for showing the words a search matched (the renderer
// as <mark> elements, the CLI as «…»). Imports nothing: the renderer loads it without the index.

export interface TextRange {
  start: number;
  end: number;
}

export interface MarkedPiece {
  text: string;
  marked: boolean;
}

/**
 * A text cut into plain and marked pieces at the ranges; marked words with only spaces between
 * make one piece ("Tô Lâm", not "Tô" and "Lâm"). Ranges out of the text or overlapping an earlier
 * one are clipped, so stale offsets can never cut a character in two.
 */
export function markedPieces(text: string, ranges: readonly TextRange[]): MarkedPiece[] {
  const joined: TextRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(0, r.start);
    const end = Math.min(text.length, r.end);
    const last = joined[joined.length - 1];
    if (start >= end || (last && end <= last.end)) continue;
    if (last && /^\s*$/.test(text.slice(last.end, start))) last.end = end;
    else joined.push({ start: Math.max(start, last?.end ?? 0), end });
  }
  const pieces: MarkedPiece[] = [];
  let at = 0;
  for (const r of joined) {
    if (r.start > at) pieces.push({ text: text.slice(at, r.start), marked: false });
    pieces.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

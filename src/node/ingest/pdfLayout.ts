// Puts a PDF page's text pieces into reading order. pdf.js gives them in content-stream order,
// which for columns, headers and footers is often not the order a person reads. Lines are built
// from pieces sharing a baseline, split where a gutter runs through them; a page whose lines fall
// into two columns is read left column first, top to bottom, with full-width lines (titles,
// figures) read where they stand. Right-to-left lines run right to left; vertical text
// (Japanese) is read in columns from the right.

export interface TextPiece {
  text: string;
  x: number;
  /** Baseline, in PDF units (grows upwards). */
  y: number;
  width: number;
  /** Font size. */
  size: number;
  dir: 'ltr' | 'rtl' | 'ttb';
}

interface Segment {
  pieces: TextPiece[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export function pageLines(pieces: readonly TextPiece[], pageWidth: number): string[] {
  const visible = pieces.filter((p) => p.text.trim().length > 0 || p.text === ' ');
  if (visible.length === 0) return [];
  const vertical = visible.filter((p) => p.dir === 'ttb').length > visible.length / 2;
  if (vertical) return verticalLines(visible);
  const segments = buildSegments(visible);
  return joinParagraphs(orderSegments(segments, pageWidth));
}

/**
 * Visual lines of one paragraph become one line, so a sentence is never cut by a line break:
 * the next line must follow at normal leading, in the same size, starting where this one starts,
 * and this one must run to its column's right edge (a short line ends a paragraph or is a
 * heading). A word hyphenated across lines ("com-" + "pile") is joined back.
 */
function joinParagraphs(ordered: readonly Segment[]): string[] {
  const out: string[] = [];
  const rightEdge = new Map<Segment, number>();
  for (const s of ordered) {
    const peers = ordered.filter((o) => Math.abs(o.x0 - s.x0) < s.size * 3);
    // Most full lines end at the column edge; an overlong line or two must not move it.
    const ends = peers.map((o) => o.x1).sort((a, b) => b - a);
    rightEdge.set(s, ends[Math.floor(ends.length * 0.2)] ?? s.x1);
  }
  let prev: Segment | null = null;
  for (const s of ordered) {
    const text = segmentText(s);
    if (!text) continue;
    const last = out.length - 1;
    const continues =
      prev !== null &&
      last >= 0 &&
      prev.y - s.y > 0 &&
      prev.y - s.y <= prev.size * 1.6 &&
      Math.abs(prev.size - s.size) <= 0.5 &&
      Math.abs(prev.x0 - s.x0) <= prev.size * 1.5 &&
      prev.x1 >= (rightEdge.get(prev) ?? prev.x1) - prev.size * 2;
    if (continues) {
      const before = out[last]!;
      out[last] = /\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(text) ? before.slice(0, -1) + text : `${before} ${text}`;
    } else out.push(text);
    prev = s;
  }
  return out;
}

function buildSegments(pieces: readonly TextPiece[]): Segment[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  // Pieces whose heights overlap by half share a row: superscripts (footnote marks) stay on it.
  const rows: Array<{ pieces: TextPiece[]; ref: TextPiece }> = [];
  for (const p of sorted) {
    const row = rows[rows.length - 1];
    if (row && verticalOverlap(row.ref, p) >= 0.5 * Math.min(row.ref.size, p.size)) {
      row.pieces.push(p);
      if (p.size > row.ref.size) row.ref = p;
    } else rows.push({ pieces: [p], ref: p });
  }
  const segments: Segment[] = [];
  for (const { pieces: row } of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: TextPiece[] = [];
    let end = -Infinity;
    for (const p of row) {
      // A gap of several character widths is a gutter between columns, not a space.
      if (current.length > 0 && p.x - end > Math.max(p.size, 4) * 2.5 && p.text.trim()) {
        segments.push(toSegment(current));
        current = [];
      }
      current.push(p);
      end = Math.max(end, p.x + p.width);
    }
    if (current.length) segments.push(toSegment(current));
  }
  return segments;
}

function verticalOverlap(a: TextPiece, b: TextPiece): number {
  return Math.min(a.y + a.size, b.y + b.size) - Math.max(a.y, b.y);
}

function toSegment(pieces: TextPiece[]): Segment {
  const x0 = Math.min(...pieces.map((p) => p.x));
  const x1 = Math.max(...pieces.map((p) => p.x + p.width));
  return { pieces, x0, x1, y: pieces[0]!.y, size: Math.max(...pieces.map((p) => p.size)) };
}

function orderSegments(segments: Segment[], pageWidth: number): Segment[] {
  const mid = pageWidth / 2;
  const slack = pageWidth * 0.03;
  const side = (s: Segment): 'left' | 'right' | 'full' =>
    s.x1 <= mid + slack ? 'left' : s.x0 >= mid - slack ? 'right' : 'full';
  const left = segments.filter((s) => side(s) === 'left').length;
  const right = segments.filter((s) => side(s) === 'right').length;
  const full = segments.length - left - right;
  const twoColumns = left >= 5 && right >= 5 && full < (left + right) / 2;
  const byTop = [...segments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  if (!twoColumns) return byTop;
  // Full-width lines cut the page into bands; each band reads left column, then right.
  const out: Segment[] = [];
  let band: Segment[] = [];
  const flushBand = () => {
    out.push(...band.filter((s) => side(s) === 'left'), ...band.filter((s) => side(s) === 'right'));
    band = [];
  };
  for (const s of byTop) {
    if (side(s) === 'full') {
      flushBand();
      out.push(s);
    } else band.push(s);
  }
  flushBand();
  return out;
}

function segmentText(s: Segment): string {
  const rtl = s.pieces.filter((p) => p.dir === 'rtl').length > s.pieces.filter((p) => p.dir === 'ltr' && p.text.trim()).length;
  const pieces = rtl ? [...s.pieces].sort((a, b) => b.x - a.x) : s.pieces;
  let text = '';
  let end: number | null = null;
  for (const p of pieces) {
    // Pieces with a visible gap between them but no space character are separate words.
    const gap = end === null ? 0 : rtl ? end - (p.x + p.width) : p.x - end;
    if (end !== null && gap > p.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(p.text)) text += ' ';
    text += p.text;
    end = rtl ? p.x : p.x + p.width;
  }
  // Presentation forms (Arabic ligatures, full-width compatibility letters) to the letters they show.
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function verticalLines(pieces: readonly TextPiece[]): string[] {
  const columns: TextPiece[][] = [];
  for (const p of [...pieces].sort((a, b) => b.x - a.x || b.y - a.y)) {
    const col = columns[columns.length - 1];
    if (col && Math.abs(col[0]!.x - p.x) <= p.size * 0.5) col.push(p);
    else columns.push([p]);
  }
  return columns
    .map((col) =>
      col
        .sort((a, b) => b.y - a.y)
        .map((p) => p.text)
        .join('')
        .normalize('NFKC')
        .trim(),
    )
    .filter((l) => l.length > 0);
}

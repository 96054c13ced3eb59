// Breaks styled text into lines that fit a width, with each piece in a font that has its glyphs.
// Our own line breaker (not pdfkit's) so that font fallback, superscript citations and their
// links can sit inside one line.
import type { FontChain, FontName, FontStyle, MeasuredSegment } from './fontChain';

export interface Styled {
  text: string;
  style: FontStyle;
  size: number;
  color: string;
  /** Raise above the baseline, for superscripts. */
  rise?: number;
  /** Named destination this piece links to. */
  link?: string;
  /** Named destination to create where this piece is drawn. */
  anchor?: string;
}

interface Segment {
  text: string;
  font: FontName;
  size: number;
  color: string;
  rise: number;
  width: number;
  link?: string | undefined;
  anchor?: string | undefined;
}

interface Word {
  segments: Segment[];
  width: number;
  /** The space before the word, and the font it was measured in (for merging draw calls). */
  space: number;
  spaceFont: FontName | null;
}

export interface Line {
  words: Word[];
  width: number;
  /** Tallest font size on the line: sets the line's height. */
  size: number;
}

// One break opportunity per CJK character; Latin words break at spaces only.
// NOTE: no kinsoku (no-break before 。、」); a line may start with closing punctuation.
const CJK_CLASS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef`;
// A no-break space (U+00A0) joins the words on either side: "Date: 2025-03-14" never splits.
const TOKEN = new RegExp(String.raw`([^\S\u00a0]+)|([${CJK_CLASS}])|((?:[^\s${CJK_CLASS}]|\u00a0)+)`, 'gu');
const HAS_CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
/** Spaces and words of text without CJK, as TOKEN would find them: [space, word] pairs alternate. */
const SPACES = /([^\S\u00a0]+)/;

export function flowText(fonts: FontChain, pieces: Styled[], maxWidth: number): Line[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let pendingSpace = 0;
  let pendingSpaceFont: FontName | null = null;

  const finish = () => {
    if (current) words.push(current);
    current = null;
  };
  const space = (measure: (text: string) => MeasuredSegment[]) => {
    finish();
    const measured = measure(' ')[0]!;
    pendingSpace = measured.width;
    pendingSpaceFont = measured.font;
  };
  const append = (piece: Styled, measure: (text: string) => MeasuredSegment[], text: string) => {
    if (!current) {
      current = { segments: [], width: 0, space: pendingSpace, spaceFont: pendingSpaceFont };
      pendingSpace = 0;
      pendingSpaceFont = null;
    }
    for (const part of measure(text)) {
      const width = part.width;
      current.segments.push({
        text: part.text,
        font: part.font,
        size: piece.size,
        color: piece.color,
        rise: piece.rise ?? 0,
        width,
        link: piece.link,
        anchor: piece.anchor,
      });
      current.width += width;
    }
  };

  for (const piece of pieces) {
    const measure = fonts.measurer(piece.style, piece.size);
    if (!HAS_CJK.test(piece.text)) {
      // The common case, without the Unicode script classes' cost on every character.
      const parts = piece.text.split(SPACES);
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (i % 2) space(measure);
        else if (part) append(piece, measure, part);
      }
      continue;
    }
    for (const match of piece.text.matchAll(TOKEN)) {
      if (match[1] !== undefined) {
        space(measure);
      } else if (match[2] !== undefined) {
        finish();
        append(piece, measure, match[2]);
        finish();
      } else if (match[3] !== undefined) {
        append(piece, measure, match[3]);
      }
    }
  }
  finish();
  return breakLines(words.flatMap((w) => (w.width > maxWidth ? splitLong(w, maxWidth, fonts) : [w])), maxWidth);
}

function breakLines(words: Word[], maxWidth: number): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const word of words) {
    if (line && line.width + word.space + word.width <= maxWidth + 0.01) {
      line.words.push(word);
      line.width += word.space + word.width;
    } else {
      line = { words: [{ ...word, space: 0, spaceFont: null }], width: word.width, size: 0 };
      lines.push(line);
    }
    for (const s of word.segments) line.size = Math.max(line.size, s.rise > 0 ? 0 : s.size);
  }
  return lines;
}

/** A word wider than the column (a long URL) is cut where it must be. */
function splitLong(word: Word, maxWidth: number, fonts: FontChain): Word[] {
  const parts: Word[] = [];
  let current: Word = { segments: [], width: 0, space: word.space, spaceFont: word.spaceFont };
  for (const segment of word.segments) {
    for (const ch of segment.text) {
      const width = fonts.width(ch, segment.font, segment.size);
      if (current.width + width > maxWidth && current.segments.length) {
        parts.push(current);
        current = { segments: [], width: 0, space: 0, spaceFont: null };
      }
      const last = current.segments[current.segments.length - 1];
      if (last && last.font === segment.font && last.link === segment.link && last.anchor === segment.anchor && last.rise === segment.rise) {
        last.text += ch;
        last.width += width;
      } else {
        current.segments.push({ ...segment, text: ch, width });
      }
      current.width += width;
    }
  }
  if (current.segments.length) parts.push(current);
  return parts;
}

export interface DrawRun {
  text: string;
  font: FontName;
  size: number;
  color: string;
  rise: number;
  x: number;
  width: number;
  link?: string | undefined;
  anchor?: string | undefined;
}

/** Merges a line's segments into as few draw calls as the fonts and links allow. */
export function drawRuns(line: Line, x0: number): DrawRun[] {
  const runs: DrawRun[] = [];
  let x = x0;
  for (const word of line.words) {
    x += word.space;
    word.segments.forEach((s, i) => {
      const last = runs[runs.length - 1];
      const gap = i === 0 ? word.space : 0;
      const mergeable =
        last &&
        !last.link && !s.link && !last.anchor && !s.anchor &&
        last.font === s.font && last.size === s.size && last.color === s.color && last.rise === s.rise &&
        (gap === 0 ? Math.abs(last.x + last.width - x) < 0.01 : word.spaceFont === s.font);
      if (mergeable) {
        last.text += (gap > 0 ? ' ' : '') + s.text;
        last.width += gap + s.width;
      } else {
        runs.push({ text: s.text, font: s.font, size: s.size, color: s.color, rise: s.rise, x, width: s.width, link: s.link, anchor: s.anchor });
      }
      x += s.width;
    });
  }
  return runs;
}

// Hard-wrapped text (e-mails, agency wires, text saved from a terminal or a PDF viewer) breaks
// every sentence across lines at a fixed width. Cleaning and extraction think in lines (a line is
// a paragraph, a heading or a list item), so a wrapped paragraph is first put back on one logical
// line; each logical line remembers the original lines it came from, so that dropped lines and
// restores still name lines of the file.

export interface LogicalLine {
  /** The original lines' text joined with single spaces (or one original line as it was). */
  text: string;
  /** Indices in the original text split on \n; the first one names the logical line. */
  raw: number[];
}

const LIST_MARKER = /^\s*(?:[-*•·▪●◦–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s|\(\d{1,3}\)\s)/u;
const SENTENCE_END = /[.!?…。！？؟:][”"’')\]»]*$/u;
// NOTE: below these, a document is too short or too ragged to call its line breaks a wrap.
// NOTE: module constants, not literals in the function: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const ENDS_OPEN = /[\p{Ll},;]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const MIN_LINES = 4;
const MIN_WIDTH = 40;
const MAX_WIDTH = 110;

function isBreak(line: string): boolean {
  return line.trim() === '' || line === '\f';
}

/** The wrap width when the text looks hard-wrapped, else null. */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.filter((l) => !isBreak(l)).map((l) => l.trimEnd().length);
  if (lengths.length < MIN_LINES) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  // Wrapped text has sentences running on across breaks: a line that stops mid-sentence followed
  // by one that carries on. Lists and poems have short ragged lines that end their thought.
  let runOn = 0;
  let pairs = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.trimEnd();
    const b = lines[i + 1]!.trim();
    if (isBreak(a) || isBreak(b)) continue;
    pairs++;
    if (!SENTENCE_END.test(a) && a.length >= width * 0.6 && !LIST_MARKER.test(b)) runOn++;
  }
  return pairs > 0 && runOn >= 2 && runOn / pairs >= 0.25 ? width : null;
}

/** Filled to the wrap width: the line was broken by the wrap, not by the writer. */
function wrapped(previous: string, width: number | null): boolean {
  return width !== null && previous.trimEnd().length >= width * 0.6;
}

/** In any text: a long line stopping mid-sentence ("…on Saturday,") and one going on in lower case. */
function carriesOn(previous: string, next: string): boolean {
  const a = previous.trimEnd();
  return a.length >= MIN_WIDTH && ENDS_OPEN.test(a) && STARTS_LOWER.test(next.trim());
}

export function unwrapLines(rawLines: readonly string[]): LogicalLine[] {
  const clean = rawLines.map((l) => l.replace(/\r$/, ''));
  const width = wrapWidth(clean);
  const out: LogicalLine[] = [];
  for (let i = 0; i < clean.length; i++) {
    const line = clean[i]!;
    const prev = out[out.length - 1];
    const prevLast = prev ? clean[prev.raw[prev.raw.length - 1]!]! : undefined;
    const both = prev !== undefined && prevLast !== undefined && !isBreak(prevLast) && !isBreak(line) && !LIST_MARKER.test(line);
    const joins = both && (wrapped(prevLast, width) || carriesOn(prevLast, line));
    if (joins) {
      prev.text = `${prev.text.trimEnd()} ${line.trim()}`;
      prev.raw.push(i);
    } else {
      out.push({ text: line, raw: [i] });
    }
  }
  return out;
}

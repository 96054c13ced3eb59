// Sentence units: the spans a fact may cover. Lines are hard boundaries (a heading or a list item
// is its own unit); inside a line, Intl.Segmenter finds sentences and we undo its splits after
// abbreviations ("Dr.", "Jan.", "p.m.").
import { monthAlternation, monthNumbers } from '../calendar';
import { ownPacks } from '../lang';
import { MAX_UNIT, MAX_WORD, noLimits, type ExtractLimits } from './limits';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const WORD_BEFORE_STOP = /([\p{L}.]+)\.$/u;
const NAME_AND_INITIAL = /\p{Lu}[\p{Ll}\p{M}'’-]+\s\p{Lu}\.$/u;
const ONE_UPPER = /^\p{Lu}$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER_OR_DIGIT = /^[\p{Ll}\d]/u;

export interface Unit {
  start: number;
  end: number;
}

// NOTE: Intl.Segmenter is quadratic on long strings in Node 20; lines longer than this are
// first cut at obvious sentence ends by a linear scan.
const SEGMENTER_MAX = 2000;

// Always followed by more of the sentence: titles and month abbreviations.
const ALWAYS_CONTINUES = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'capt', 'sgt',
  'maj', 'adm', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'approx',
  'fig', 'vol', 'pp', 'art',
]);
// May end a sentence too ("… in the U.S. He said"): joined only when the next part starts in lower case.
const MAY_CONTINUE = new Set(['u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'etc', 'e.g', 'i.e']);
// A country or body's initials before a title name whose office it is ("U.S. President Donald
// Trump", "U.N. Secretary-General"): the sentence goes on.
const INITIALS = new Set(['u.s', 'u.k', 'u.n', 'e.u']);
const OFFICE = /^(?:President|Vice|Secretary|Ambassador|Senator|Envoy|Prime|Foreign|Defen[cs]e|Trade|Treasury|Embassy|Army|Navy|Attorney|Special)\b/u;

// Month names of the languages that write a day as "3." before its month, as German does (the
// packs' dayPoint).
const GERMAN_MONTH = new RegExp(
  `^(?:${monthAlternation(monthNumbers(ownPacks().filter((pack) => pack.dayPoint).map((pack) => pack.code)))})(?![\\p{L}])`,
  'iu',
);

// Enough of each side of a split to see the word before it and how the next part starts.
const CONTEXT = 64;

let segmenter: Intl.Segmenter | undefined;

/** The text's units; `limits`, when given, counts what the bounds on units and words did. */
export function splitUnits(text: string, limits: ExtractLimits = noLimits()): Unit[] {
  const units: Unit[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, units, limits);
    lineStart = lineEnd + 1;
  }
  return units;
}

// A numbered paragraph or list item's marker: "1. ", "12) ", "(3) ", "(b) ", "b) ". It numbers
// the unit, it is no part of it (nor a count of anything).
const ITEM_MARKER = /^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\)|[a-z]\))\s+(?=\S)/;

function splitLine(text: string, lineStart: number, end: number, out: Unit[], limits: ExtractLimits): void {
  const marker = ITEM_MARKER.exec(text.slice(lineStart, Math.min(end, lineStart + 12)))?.[0].length ?? 0;
  let at = lineStart + marker;
  // Runs too long to be words are left out; the text between them is read as lines of their own.
  for (const run of longRuns(text, at, end)) {
    limits.skippedRuns++;
    limits.longestRun = Math.max(limits.longestRun, run.end - run.start);
    if (run.start > at) splitSpan(text, at, run.start, out, limits);
    at = run.end;
  }
  if (end > at) splitSpan(text, at, end, out, limits);
}

/** Runs of more than MAX_WORD characters without white space, in one linear pass. */
function longRuns(text: string, start: number, end: number): Unit[] {
  const runs: Unit[] = [];
  if (end - start <= MAX_WORD) return runs;
  let runStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isSpace(text.charCodeAt(i))) continue;
    if (i - runStart > MAX_WORD) runs.push({ start: runStart, end: i });
    runStart = i + 1;
  }
  return runs;
}

const SPACE = /\s/;

/** `/\s/` on one UTF-16 code unit, without the regex for ASCII. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

function splitSpan(text: string, start: number, end: number, out: Unit[], limits: ExtractLimits): void {
  const line = text.slice(start, end);
  if (!/\S/.test(line)) return;
  const pieces: Unit[] = [];
  for (const chunk of coarseChunks(line)) {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    const part = line.slice(chunk.start, chunk.end);
    if (oneSentence(part)) {
      pieces.push({ start: chunk.start, end: chunk.end });
      continue;
    }
    for (const s of segmenter.segment(part)) {
      pieces.push({ start: chunk.start + s.index, end: chunk.start + s.index + s.segment.length });
    }
  }
  // Undo splits after abbreviations.
  const merged: Unit[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && continues(tailOf(line, prev), headOf(line, piece))) prev.end = piece.end;
    else merged.push({ ...piece });
  }
  for (const m of merged) {
    let s = m.start;
    let e = m.end;
    while (s < e && /\s/.test(line[s]!)) s++;
    while (e > s && /\s/.test(line[e - 1]!)) e--;
    if (e > s) pushBounded(text, start + s, start + e, out, limits);
  }
}

// A sentence break (UAX #29, which Intl.Segmenter follows) falls only after a sentence
// terminator with its closing marks and spaces, or after a paragraph separator. A part with
// neither, but for one closing run at its very end, is one sentence: most lines are (a
// headline, a one-sentence paragraph), and the segmenter costs far more than these tests.
const SENTENCE_TERMINAL = /[\p{Sentence_Terminal}\u002e\u2024\ufe52\uff0e]/u;
const PARAGRAPH_SEPARATOR = /[\r\u0085\u2028\u2029]/;
// Terminators, closing marks (a subset of UAX #29's Close: more would only send more parts to
// the segmenter) and spaces, to the end.
const CLOSING_RUN = /[\p{Sentence_Terminal}\u002e\u2024\ufe52\uff0e]+["'”’“‘»«)\]}]*\s*$/u;

// NOTE: the closing run is looked for in the part's last characters only: the pattern retries
// at every terminator, and a long run of them ("......") made that quadratic. A longer run is
// only left to the segmenter.
const CLOSING_TAIL = 64;

function oneSentence(part: string): boolean {
  if (PARAGRAPH_SEPARATOR.test(part)) return false;
  const tailStart = Math.max(0, part.length - CLOSING_TAIL);
  const close = CLOSING_RUN.exec(part.slice(tailStart));
  return !SENTENCE_TERMINAL.test(close ? part.slice(0, tailStart + close.index) : part);
}

// NOTE: only the ends that touch are read: a merged unit can grow to the whole line, and reading
// all of it at every merge made a long line of abbreviations quadratic (100 KB took 3 s).
function tailOf(line: string, unit: Unit): string {
  let end = unit.end;
  while (end > unit.start && /\s/.test(line[end - 1]!)) end--;
  return line.slice(Math.max(unit.start, end - CONTEXT), end);
}

function headOf(line: string, unit: Unit): string {
  let start = unit.start;
  while (start < unit.end && /\s/.test(line[start]!)) start++;
  return line.slice(start, Math.min(unit.end, start + CONTEXT));
}

function continues(previous: string, next: string): boolean {
  const prev = previous.trimEnd();
  if (!prev.endsWith('.')) return false;
  const word = WORD_BEFORE_STOP.exec(prev)?.[1] ?? '';
  const lastWord = word.toLowerCase();
  const nextStart = next.trimStart();
  if (ALWAYS_CONTINUES.has(lastWord)) return true;
  if (INITIALS.has(lastWord) && OFFICE.test(nextStart)) return true;
  // A German day: "am 3. Oktober 2025".
  if (/(?:^|\s)\d{1,2}\.$/.test(prev) && GERMAN_MONTH.test(nextStart)) return true;
  // A lone initial after a name: "Donald J. Trump" (but "plan B. Then" ends a sentence).
  if (ONE_UPPER.test(word) && NAME_AND_INITIAL.test(prev.slice(-CONTEXT)) && STARTS_UPPER.test(nextStart)) return true;
  if (STARTS_LOWER_OR_DIGIT.test(nextStart)) return MAY_CONTINUE.has(lastWord) || lastWord.length > 0;
  return false;
}

/** Linear pre-split of very long lines at ". " + capital, keeping each chunk under the limit where possible. */
function coarseChunks(line: string): Unit[] {
  if (line.length <= SEGMENTER_MAX) return [{ start: 0, end: line.length }];
  const chunks: Unit[] = [];
  let chunkStart = 0;
  let lastCut = -1;
  const cut = /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = cut.exec(line)) !== null) {
    const at = m.index + m[0].length;
    if (at - chunkStart > SEGMENTER_MAX && lastCut > chunkStart) {
      chunks.push({ start: chunkStart, end: lastCut });
      chunkStart = lastCut;
    }
    lastCut = at;
  }
  // Still too long with no sentence end in sight: cut hard at whitespace.
  let rest = chunkStart;
  while (line.length - rest > SEGMENTER_MAX * 4) {
    let at = lastSpaceAfter(line, rest, rest + SEGMENTER_MAX);
    if (at < 0) at = rest + SEGMENTER_MAX;
    chunks.push({ start: rest, end: at });
    rest = at;
  }
  chunks.push({ start: rest, end: line.length });
  return chunks;
}

/**
 * The last space at or before `at` and after `floor`, or -1. NOTE: not `lastIndexOf(' ', at)`:
 * that scans back to the start of the text when the run has no space, and a 10 MB word took
 * minutes.
 */
function lastSpaceAfter(text: string, floor: number, at: number): number {
  for (let i = Math.min(at, text.length - 1); i > floor; i--) if (text.charCodeAt(i) === 32) return i;
  return -1;
}

// How far apart (white space only) two long units may be to be parts of one passage.
const PASSAGE_GAP = 16;

/**
 * Counts a unit that is cut into parts. A line too long for the segmenter was already cut at
 * spaces (coarseChunks): its pieces, white space apart, are one passage, and the note gives its
 * whole length.
 */
function countPassage(text: string, start: number, end: number, limits: ExtractLimits): void {
  const last = limits.lastPassage;
  if (last && start >= last.end && start - last.end <= PASSAGE_GAP && !/\S/.test(text.slice(last.end, start))) last.end = end;
  else {
    limits.cutPassages++;
    limits.lastPassage = { start, end };
  }
  const passage = limits.lastPassage!;
  limits.longestPassage = Math.max(limits.longestPassage, passage.end - passage.start);
}

/** A unit, cut at spaces into parts of at most MAX_UNIT (see limits.ts). */
function pushBounded(text: string, start: number, end: number, out: Unit[], limits: ExtractLimits): void {
  if (end - start > MAX_UNIT) countPassage(text, start, end, limits);
  while (end - start > MAX_UNIT) {
    let cut = lastSpaceAfter(text, start, start + MAX_UNIT);
    if (cut < 0) cut = start + MAX_UNIT;
    let e = cut;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) out.push({ start, end: e });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end });
}


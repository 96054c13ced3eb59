// Key-figure rows from verified numeric facts: indicator | value | as of. The sources column is
// the row's citation, numbered with the rest of the brief.
import type { Fact, FactValue, KeyFigureRow, Source } from '../model';
import { effectiveMeta } from '../model';
import { dateWords } from '../valueWords';

const NUMERIC: ReadonlySet<FactValue['type']> = new Set(['money', 'percent', 'count', 'quantity', 'rank']);

export function headlineValue(fact: Fact): FactValue | undefined {
  return fact.values.find((v) => NUMERIC.has(v.type));
}

// "up 2.7% against the previous year": a change qualifies another figure; the table gives levels.
const CHANGE_BEFORE = /\b(?:up|down|rose|fell|rising|falling|increase[ds]?|decrease[ds]?|growth|grew|declined?|jump(?:ed)?|drop(?:ped)?)\s+(?:by\s+|of\s+)?(?:an?\s+)?$/i;
const CHANGE_AFTER = /^\s*(?:increase|decrease|rise|fall|drop|jump|growth|gain|decline|up|down|higher|lower|more|less)\b|^[^,.;]{0,30}\b(?:compared|against|from|year[- ]on[- ]year|over the previous)\b/i;

function isChange(fact: Fact, value: FactValue): boolean {
  if (value.type !== 'percent') return false;
  const at = value.start - fact.start;
  const before = fact.text.slice(Math.max(0, at - 30), at);
  const after = fact.text.slice(at + value.surface.length, at + value.surface.length + 40);
  return CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after);
}

/**
 * A row for the table, or null when the fact has no level to show or no indicator that reads
 * cleanly. `alternatives` (facts other sources give for the same figure) lend the indicator when
 * the fact's own subject does not read as a phrase of its sentence, or is a single word; the row
 * still cites `fact`.
 */
export function keyFigureRow(fact: Fact, source: Source | undefined, alternatives: readonly Fact[] = []): KeyFigureRow | null {
  const value = headlineValue(fact);
  if (!value || value !== fact.values[0] || isChange(fact, value) || isSmallCount(value)) return null;
  const indicators = [fact, ...alternatives].map(indicatorFor).filter((i): i is string => i !== null);
  // A one-word indicator ("Investor") borrows a fuller one another source gives ("Investor in Vietnam").
  const indicator = indicators[0]?.includes(' ') ? indicators[0] : (indicators.find((i) => i.includes(' ')) ?? indicators[0]);
  if (!indicator) return null;
  const surface = value.surface.trim();
  const shown =
    value.qualifier && !surface.toLowerCase().startsWith(value.qualifier.toLowerCase())
      ? `${value.qualifier} ${surface}`
      : surface;
  // "since 1840" starts a period; the figure stands as of the publication date, not 1840.
  const date = fact.values.find((v) => (v.type === 'date' || v.type === 'daterange') && !STARTS_PERIOD.test(fact.text.slice(0, v.start - fact.start)));
  const asOf = dateWords(date ? date.canonical : source ? (effectiveMeta(source).publishedAt ?? '') : '');
  return { factId: fact.id, indicator, value: shown, asOf };
}

const STARTS_PERIOD = /\b(?:since|from)\s+$/i;

// "two people", "nine months ago", "three key areas": a handful is a detail of the story, not a
// key figure. Ranks, money, percentages and quantities with units are kept whatever their size.
function isSmallCount(value: FactValue): boolean {
  if (value.type !== 'count') return false;
  const n = Number(value.canonical);
  return Number.isFinite(n) && n < 10;
}

// Currency prefixes and time words the subject picked up from the value's own words.
const LEFTOVER =
  /^(?:US|USD|VND|JPY|EUR|GBP|CNY|S|A|C|HK|NZ|previous|last|next|year|years|month|months|week|weeks|day|days|hour|hours|decade|decades|ago|later|earlier|old|since)$/i;
// Longer than this, the "indicator" is a clause of the story rather than the name of a figure.
const MAX_INDICATOR_WORDS = 7;
// Words a source may put between the subject's words without changing what is measured
// ("partner in tourism and trade" for the subject "partner tourism trade").
const JOINING = new Set(['in', 'and', 'of', 'the', 'a', 'an', 'to', 'for', 'with', 'on', 'at', 'by', 'from', 'are', 'is', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'who', 'that']);
const MAX_GAP_WORDS = 3;
// A phrase that stops on "of"/"par" or opens on "and"/"et" was cut out of a longer clause.
// NOTE: English plus the commonest French and Spanish function words; others pass unchecked.
const DANGLING_END = new Set([...JOINING, 'or', 'but', 'than', 'as', 'et', 'ou', 'de', 'du', 'des', 'par', 'pour', 'sur', 'en', 'à', 'au', 'aux', 'y', 'o', 'e', 'del', 'con', 'por', 'para']);
const DANGLING_START = new Set(['and', 'or', 'but', 'than', 'et', 'ou', 'y', 'o', 'e']);

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

function fold(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * The subject as the sentence words it: the longest run of the subject's words (at least two
 * thirds of them) found in order in the sentence, with only joining words, commas and at most
 * one other word between them, and not running over the figure itself. Null when there is none:
 * a row whose indicator would be a bag of words is left out rather than shown garbled.
 */
function indicatorFor(fact: Fact): string | null {
  const times = new Set(fact.values.filter((v) => v.type === 'date' || v.type === 'daterange').map((v) => v.canonical));
  const subject = fact.subject
    .split(/\s+/)
    .filter((w) => w && !times.has(w) && !LEFTOVER.test(w) && !/^[\d.,/-]+$/.test(w))
    .map(fold);
  if (subject.length === 0) return null;
  const text = fact.text;
  const words = tokens(text);
  const figures = fact.values.filter((v) => NUMERIC.has(v.type)).map((v) => [v.start - fact.start, v.end - fact.start] as const);
  const overlapsFigure = (start: number, end: number) => figures.some(([s, e]) => s < end && start < e);
  const need = Math.max(1, Math.ceil((subject.length * 2) / 3));
  for (let length = subject.length; length >= need; length--) {
    for (let from = 0; from + length <= subject.length; from++) {
      const run = subject.slice(from, from + length);
      const span = findSpan(run, words, text);
      if (span && !overlapsFigure(span.start, span.end)) {
        const phrase = text.slice(span.start, span.end).replace(/\s+/g, ' ');
        const first = run[0]!;
        const last = run[run.length - 1]!;
        // Too long for the name of a figure, another figure inside it, or cut mid-clause: this
        // run does not read cleanly (a shorter one may).
        if (phrase.split(' ').length > MAX_INDICATOR_WORDS || /\d/.test(phrase) || DANGLING_END.has(last) || DANGLING_START.has(first)) continue;
        if (splitsName(words, text, span)) continue;
        if (!countsWhatFollows(fact, words, span)) continue;
        return phrase.charAt(0).toUpperCase() + phrase.slice(1);
      }
    }
  }
  return null;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * A count names what it counts right after it ("75 members", "5,000 incidents"): a count's
 * indicator starts there, or only joining words away. Other figures may be named before them.
 */
function countsWhatFollows(fact: Fact, words: Token[], span: { start: number; end: number }): boolean {
  const value = headlineValue(fact);
  if (!value || value.type !== 'count') return true;
  const after = value.end - fact.start;
  for (const w of words) {
    if (w.start < after) continue;
    if (w.start === span.start) return true;
    if (!JOINING.has(w.word)) return false;
  }
  return false;
}

/** True when the span starts or stops inside a run of capitalised words ("on Stewart" of "Stewart Island"). */
function splitsName(words: Token[], text: string, span: { start: number; end: number }): boolean {
  const firstAt = words.findIndex((w) => w.start === span.start);
  const lastAt = words.findIndex((w) => w.end === span.end);
  const cap = (i: number) => i >= 0 && i < words.length && CAPITAL.test(text.slice(words[i]!.start, words[i]!.end));
  const adjacent = (a: number, b: number) => /^[ \t]+$/.test(text.slice(words[a]!.end, words[b]!.start));
  const cutAfter = lastAt >= 0 && lastAt + 1 < words.length && cap(lastAt) && cap(lastAt + 1) && adjacent(lastAt, lastAt + 1);
  // The sentence's first word is capitalised anyway; only a name that runs into the span counts.
  const cutBefore = firstAt > 1 && cap(firstAt - 1) && cap(firstAt) && adjacent(firstAt - 1, firstAt);
  return cutAfter || cutBefore;
}

function findSpan(run: string[], words: Token[], text: string): { start: number; end: number } | null {
  for (let first = 0; first < words.length; first++) {
    if (words[first]!.word !== run[0]) continue;
    let at = first;
    let gaps = 0;
    let others = 0;
    let ok = true;
    for (let k = 1; k < run.length && ok; k++) {
      let next = at + 1;
      while (next < words.length && words[next]!.word !== run[k]) {
        const w = words[next]!.word;
        gaps++;
        if (!JOINING.has(w)) others++;
        next++;
      }
      // Only spaces and commas between words: a full stop, dash or bracket ends the phrase.
      const between = next < words.length ? text.slice(words[at]!.end, words[next]!.start) : '';
      if (next >= words.length || gaps > MAX_GAP_WORDS || others > 1 || /[^\s,\p{L}\p{N}'’-]/u.test(between)) ok = false;
      at = next;
    }
    if (ok) return { start: words[first]!.start, end: words[at]!.end };
  }
  return null;
}

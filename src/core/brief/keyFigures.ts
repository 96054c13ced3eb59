// Key-figure rows from verified numeric facts: indicator | value | as of. The sources column is
// the row's citation, numbered with the rest of the brief.
import type { Fact, FactValue, KeyFigureRow, Source } from '../model';
import { effectiveMeta } from '../model';

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
  if (!value || value !== fact.values[0] || isChange(fact, value)) return null;
  const indicators = [fact, ...alternatives].map(indicatorFor).filter((i): i is string => i !== null);
  // A one-word indicator ("Investor") borrows a fuller one another source gives ("Investor in Vietnam").
  const indicator = indicators[0]?.includes(' ') ? indicators[0] : (indicators.find((i) => i.includes(' ')) ?? indicators[0]);
  if (!indicator) return null;
  const surface = value.surface.trim();
  const shown =
    value.qualifier && !surface.toLowerCase().startsWith(value.qualifier.toLowerCase())
      ? `${value.qualifier} ${surface}`
      : surface;
  const date = fact.values.find((v) => v.type === 'date' || v.type === 'daterange');
  const asOf = date ? date.canonical : source ? (effectiveMeta(source).publishedAt ?? '') : '';
  return { factId: fact.id, indicator, value: shown, asOf };
}

// Currency prefixes and time words the subject picked up from the value's own words.
const LEFTOVER = /^(?:US|USD|VND|JPY|EUR|GBP|CNY|S|A|C|HK|NZ|previous|last|next|year|years|month|months)$/i;
// Words a source may put between the subject's words without changing what is measured
// ("partner in tourism and trade" for the subject "partner tourism trade").
const JOINING = new Set(['in', 'and', 'of', 'the', 'a', 'an', 'to', 'for', 'with', 'on', 'at', 'by', 'from', 'are', 'is', 'was', 'were', 'who', 'that']);
const MAX_GAP_WORDS = 3;

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
        return phrase.charAt(0).toUpperCase() + phrase.slice(1);
      }
    }
  }
  return null;
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

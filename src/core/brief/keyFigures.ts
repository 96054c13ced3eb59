// Key-figure rows from verified numeric facts: indicator | value | as of. The sources column is
// the row's citation, numbered with the rest of the brief.
import type { Fact, FactValue, KeyFigureRow, Source } from '../model';
import { effectiveMeta } from '../model';

const NUMERIC: ReadonlySet<FactValue['type']> = new Set(['money', 'percent', 'count', 'quantity']);

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

export function keyFigureRow(fact: Fact, source: Source | undefined): KeyFigureRow | null {
  const value = headlineValue(fact);
  if (!value || value !== fact.values[0] || isChange(fact, value)) return null;
  const surface = value.surface.trim();
  const shown =
    value.qualifier && !surface.toLowerCase().startsWith(value.qualifier.toLowerCase())
      ? `${value.qualifier} ${surface}`
      : surface;
  const date = fact.values.find((v) => v.type === 'date' || v.type === 'daterange');
  const asOf = date ? date.canonical : source ? (effectiveMeta(source).publishedAt ?? '') : '';
  return { factId: fact.id, indicator: indicatorFor(fact), value: shown, asOf };
}

// Currency prefixes and time words the subject picked up from the value's own words.
const LEFTOVER = /^(?:US|USD|VND|JPY|EUR|GBP|CNY|S|A|C|HK|NZ|previous|last|next|year|years|month|months)$/i;

function indicatorFor(fact: Fact): string {
  const times = new Set(fact.values.filter((v) => v.type === 'date' || v.type === 'daterange').map((v) => v.canonical));
  const subject = fact.subject
    .split(/\s+/)
    .filter((w) => w && !times.has(w) && !LEFTOVER.test(w))
    .join(' ');
  if (!subject) return fact.kind;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

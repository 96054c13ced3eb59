// Key-figure rows from verified numeric facts: indicator | value | as of. The sources column is
// the row's citation, numbered with the rest of the brief.
import type { Fact, FactValue, KeyFigureRow, Source } from '../model';
import { effectiveMeta } from '../model';

const NUMERIC: ReadonlySet<FactValue['type']> = new Set(['money', 'percent', 'count', 'quantity']);

export function headlineValue(fact: Fact): FactValue | undefined {
  return fact.values.find((v) => NUMERIC.has(v.type));
}

export function keyFigureRow(fact: Fact, source: Source | undefined): KeyFigureRow | null {
  const value = headlineValue(fact);
  if (!value) return null;
  const surface = value.surface.trim();
  const shown =
    value.qualifier && !surface.toLowerCase().startsWith(value.qualifier.toLowerCase())
      ? `${value.qualifier} ${surface}`
      : surface;
  const date = fact.values.find((v) => v.type === 'date' || v.type === 'daterange');
  const asOf = date ? date.canonical : source ? (effectiveMeta(source).publishedAt ?? '') : '';
  return { factId: fact.id, indicator: indicatorFor(fact), value: shown, asOf };
}

function indicatorFor(fact: Fact): string {
  const subject = fact.subject.replace(/\s+/g, ' ').trim();
  if (!subject) return fact.kind;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

// [conflict.different-times] Figures reported at different times ("as of Saturday night" / a later
// update) disagree because the thing counted changed, or may: a death toll rises, a count is
// updated. The conflict stands (an analyst who reads "the toll" in both must choose), and its
// reason says when each figure is from, so the analyst sees the cause before judging a source.
import type { Fact, FactValue } from '../model';
import { dateWords } from '../valueWords';

/** The note's id, as RULE_IDS (index.ts) lists it. */
export const DIFFERENT_TIMES = 'conflict.different-times';

export interface TimedFigure {
  readonly fact: Pick<Fact, 'values'>;
  readonly value?: FactValue | undefined;
}

/** The time a figure is "as of": the date its sentence gives it (its second value), if any. */
function timeOf(fact: Pick<Fact, 'values'>): FactValue | undefined {
  return fact.values.slice(1).find((v) => v.type === 'date' || v.type === 'daterange');
}

/**
 * A sentence for a conflict's reason when its figures are of different times: each stated value
 * with the day(s) it is as of, or that it states none. Empty when no figure states a time, or all
 * state the same one.
 */
export function differentTimesNote(members: readonly TimedFigure[]): string {
  // Per stated value, the days its figures are as of (a figure with none adds none).
  const byValue = new Map<string, Set<string>>();
  for (const m of members) {
    if (!m.value) continue;
    const days = byValue.get(m.value.surface) ?? new Set<string>();
    const time = timeOf(m.fact);
    if (time) days.add(time.canonical);
    byValue.set(m.value.surface, days);
  }
  const sets = [...byValue.values()];
  const timed = sets.filter((d) => d.size);
  if (!timed.length) return '';
  const meet = (a: Set<string>, b: Set<string>) => [...a].some((d) => b.has(d));
  // Two values stated as of one day are not told apart by time ("7" and "6.8" on the quake's day).
  for (let i = 0; i < timed.length; i++) for (let j = i + 1; j < timed.length; j++) if (meet(timed[i]!, timed[j]!)) return '';
  // Certain where two values state different days; possible where one states a day and another none.
  const certain = timed.length >= 2;
  if (!certain && timed.length === sets.length) return '';
  const parts = [...byValue].slice(0, 4).map(([surface, days]) => (days.size ? `"${surface}" as of ${[...days].sort().map((d) => dateWords(d)).join(', ')}` : `"${surface}" with no time stated`));
  return ` [${DIFFERENT_TIMES}] The figures ${certain ? 'are' : 'may be'} of different times (${parts.join('; ')}): a count that changes over time can explain the difference.`;
}

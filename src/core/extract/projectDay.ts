// [project.day] A source that states no publication date, in a project of sources that do: when
// every full date its own text states (day, month and year written out) lies within a few days of
// the other sources' publication dates, its text belongs to the same days, and its latest such date
// is the day its relative dates count from. The day is an inference: it is stored apart from the
// publication date (which stays unknown), and the values it dates are marked inferred.
import { findDates } from './dates';
import { Taken, type Found } from './found';
import { splitUnits } from './segment';

/** How far, in days, a source's own dates may lie from the nearest other source's date. */
export const PROJECT_DAY_WINDOW = 3;

const DAY = 86_400_000;

function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY : undefined;
}

/** The full dates ("6 May 2021", "2021-05-06") the text itself states, as YYYY-MM-DD. */
export function statedDays(text: string): string[] {
  const days: string[] = [];
  for (const unit of splitUnits(text)) {
    const sentence = text.slice(unit.start, unit.end);
    if (!/\d{4}/.test(sentence)) continue;
    const found: Found[] = [];
    findDates(sentence, unit.start, text, new Taken(), found);
    for (const f of found) {
      const p = f.date?.from;
      if (f.type !== 'date' || p?.year === undefined || p.month === undefined || p.day === undefined) continue;
      days.push(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`);
    }
  }
  return days;
}

/**
 * The day an undated source's relative dates count from, given the other sources' publication
 * dates (YYYY-MM-DD; others are ignored), or undefined when its text states no full date or one far
 * from theirs.
 */
export function dayFromProject(text: string, otherDays: readonly string[]): string | undefined {
  const others = otherDays.map(dayNumber).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
  if (!others.length) return undefined;
  const own = statedDays(text);
  if (!own.length) return undefined;
  let latest: string | undefined;
  for (const day of own) {
    const n = dayNumber(day)!;
    if (!others.some((o) => Math.abs(o - n) <= PROJECT_DAY_WINDOW)) return undefined;
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

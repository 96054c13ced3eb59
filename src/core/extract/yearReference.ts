// Which year a date without one ("November 27", "April 27-29") belongs to.
//
// Order of evidence: the publication date when known (the nearest such day to it, so that
// "December 28" in a piece of 5 January is last December); else the text itself: the latest year
// it states as past or present (targets such as "by 2045" and years in forward-looking sentences
// do not count), moved one year on when the text reports a whole year's figure against the year
// before ("trade totaled $46.2 billion in 2024, up 2.7% from 2023" is written in 2025 at the
// earliest). NOTE: that last rule is a heuristic; every inferred year is marked `inferred`.
import type { DateParts, Found } from './found';

export interface YearReference {
  year: number;
  month?: number;
  day?: number;
}

export interface UnitDates {
  text: string;
  found: readonly Found[];
}

const FUTURE = /\b(?:will|shall|would|plans?|planned|aims?|aiming|targets?|expects?|expected|set\s+to|going\s+to|forecasts?|projected|envisions?|vision)\b/i;
const YEAR_ON_YEAR = /\b(?:previous|preceding|prior|last)\s+year\b|\ba\s+year\s+(?:earlier|before|ago)\b|\byear[-\s]on[-\s]year\b/i;

export function parsePublished(publishedAt: string | null): YearReference | undefined {
  if (!publishedAt) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt);
  if (!m) return undefined;
  const ref: YearReference = { year: Number(m[1]) };
  if (m[2]) ref.month = Number(m[2]);
  if (m[3]) ref.day = Number(m[3]);
  return ref;
}

export function referenceYear(publishedAt: string | null, units: readonly UnitDates[]): YearReference | undefined {
  const published = parsePublished(publishedAt);
  if (published) return published;
  let present: number | undefined;
  let anyYear: number | undefined;
  let completed: number | undefined;
  for (const unit of units) {
    const future = FUTURE.test(unit.text);
    const hasFigure = unit.found.some((f) => f.type === 'money' || f.type === 'percent' || f.type === 'count');
    for (const f of unit.found) {
      if (!f.date || f.role === 'target') continue;
      const years = [f.date.from.year, f.date.to?.year].filter((y): y is number => y !== undefined);
      for (const y of years) {
        anyYear = Math.max(anyYear ?? y, y);
        if (!future) present = Math.max(present ?? y, y);
      }
      // A whole year's figure compared with the year before.
      const y = f.date.from.year;
      if (f.type === 'date' && y !== undefined && f.date.from.month === undefined && f.role !== 'baseline' && hasFigure && !future) {
        const againstPrevious =
          YEAR_ON_YEAR.test(unit.text) || unit.found.some((g) => g.role === 'baseline' && g.date?.from.year === y - 1);
        if (againstPrevious) completed = Math.max(completed ?? y + 1, y + 1);
      }
    }
  }
  const base = present ?? anyYear;
  if (base === undefined) return undefined;
  return { year: Math.max(base, completed ?? base) };
}

/** The year for a month (and day) the text gave without one. */
export function yearFor(parts: DateParts, ref: YearReference): number {
  if (ref.month === undefined || parts.month === undefined) return ref.year;
  // The candidate nearest the reference day: news speaks of the recent past and near future.
  const refDay = ref.year * 372 + (ref.month - 1) * 31 + ((ref.day ?? 15) - 1);
  let best = ref.year;
  let bestDistance = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = Math.abs(y * 372 + (parts.month - 1) * 31 + ((parts.day ?? 15) - 1) - refDay);
    if (d < bestDistance) {
      best = y;
      bestDistance = d;
    }
  }
  return best;
}

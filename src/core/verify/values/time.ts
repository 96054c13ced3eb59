// Times: dates, date ranges and durations, one comparison class. Dates agree when the less
// precise one contains the more precise one ("1973" and "1973-09-21"), a date whose year could not
// be inferred ("04-27") agrees with that day in any year, and a date range and a duration of the
// same event are compared by their length ("April 27-29" is three days, not "two-day"). Exact:
// no tolerance beyond the precision stated.
import type { FactValue } from '../../model';
import type { DatePoint, Length, PreparedValue, Relation, ValueFamily } from './family';

/** "2025-04-27", "2025-04", "2025", "04-27" (no year), "--04" (a month alone). */
export function parseDate(text: string): DatePoint | undefined {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (m) {
    const p: DatePoint = { year: Number(m[1]) };
    if (m[2]) p.month = Number(m[2]);
    if (m[3]) p.day = Number(m[3]);
    return p;
  }
  m = /^(\d{2})-(\d{2})$/.exec(text);
  if (m) return { month: Number(m[1]), day: Number(m[2]) };
  m = /^--(\d{2})$/.exec(text);
  return m ? { month: Number(m[1]) } : undefined;
}

/** Every part both state is equal: "1973" ~ "1973-09-21", "04-27" ~ "2025-04-27". */
function datesAgree(a: DatePoint, b: DatePoint): boolean {
  const keys = ['year', 'month', 'day'] as const;
  let shared = 0;
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x === undefined || y === undefined) continue;
    if (x !== y) return false;
    shared++;
  }
  return shared > 0;
}

function rangeOf(canonical: string): [DatePoint, DatePoint] | undefined {
  const [from, to] = canonical.split('/');
  if (!from || !to) return undefined;
  const a = parseDate(from);
  const b = parseDate(to);
  return a && b ? [a, b] : undefined;
}

/** Days from a fixed origin (proleptic Gregorian); a yearless date counts in a leap-free year. */
function dayNumber(p: DatePoint): number {
  const y = p.year ?? 2001;
  const m = p.month ?? 1;
  const d = p.day ?? 1;
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Inclusive length of a range at its precision: April 27-29 → 3 days; Jan-Mar → 3 months. */
function rangeLength([from, to]: [DatePoint, DatePoint]): Length | undefined {
  if (from.day !== undefined && to.day !== undefined && from.month !== undefined && to.month !== undefined) {
    const yearFrom = from.year ?? (to.year !== undefined ? to.year : 2001);
    const yearTo = to.year ?? yearFrom + (to.month < from.month ? 1 : 0);
    return { amount: dayNumber({ ...to, year: yearTo }) - dayNumber({ ...from, year: yearFrom }) + 1, unit: 'D' };
  }
  if (from.day === undefined && to.day === undefined && from.month !== undefined && to.month !== undefined && from.year !== undefined && to.year !== undefined) {
    return { amount: (to.year - from.year) * 12 + to.month - from.month + 1, unit: 'M' };
  }
  if (from.month === undefined && to.month === undefined && from.year !== undefined && to.year !== undefined) {
    return { amount: to.year - from.year + 1, unit: 'Y' };
  }
  return undefined;
}

/** An ISO duration in the unit asked for, where the conversion is exact: P2W → 14 days. */
function durationIn(canonical: string, unit: Length['unit']): number | undefined {
  const m = /^P(\d+(?:\.\d+)?)([DWMY])$/.exec(canonical);
  if (!m) return undefined;
  const n = Number(m[1]);
  const u = m[2]!;
  if (unit === 'D') return u === 'D' ? n : u === 'W' ? n * 7 : undefined;
  if (unit === 'M') return u === 'M' ? n : u === 'Y' ? n * 12 : undefined;
  return u === 'Y' ? n : u === 'M' && n % 12 === 0 ? n / 12 : undefined;
}

const LENGTH_UNITS = ['D', 'M', 'Y'] as const;

function prepare(v: FactValue, p: PreparedValue): void {
  switch (v.type) {
    case 'date':
      p.date = parseDate(v.canonical);
      p.first = parseDate(v.canonical.split('/')[0] ?? '');
      break;
    case 'daterange':
      p.first = parseDate(v.canonical.split('/')[0] ?? '');
      p.range = rangeOf(v.canonical);
      p.rangeLength = p.range && rangeLength(p.range);
      break;
    default:
      p.durations = [durationIn(v.canonical, 'D'), durationIn(v.canonical, 'M'), durationIn(v.canonical, 'Y')];
  }
}

function durationsRelate(a: PreparedValue, b: PreparedValue): Relation {
  for (let u = 0; u < LENGTH_UNITS.length; u++) {
    const x = a.durations?.[u];
    const y = b.durations?.[u];
    if (x !== undefined && y !== undefined) return x === y ? 'same' : 'different';
  }
  return 'incomparable';
}

function timesRelate(a: PreparedValue, b: PreparedValue): Relation {
  if (a.type === 'date' && b.type === 'date') {
    const x = a.date;
    const y = b.date;
    if (!x || !y) return 'incomparable';
    // A yearless date against a year alone shares no part: nothing to compare.
    if ((x.year === undefined && y.month === undefined) || (y.year === undefined && x.month === undefined)) return 'incomparable';
    return datesAgree(x, y) ? 'same' : 'different';
  }
  if (a.type === 'daterange' && b.type === 'daterange') {
    const x = a.range;
    const y = b.range;
    if (!x || !y) return 'incomparable';
    return datesAgree(x[0], y[0]) && datesAgree(x[1], y[1]) ? 'same' : 'different';
  }
  if (a.type === 'duration' && b.type === 'duration') return durationsRelate(a, b);
  const range = a.type === 'daterange' ? a : b.type === 'daterange' ? b : undefined;
  const duration = a.type === 'duration' ? a : b.type === 'duration' ? b : undefined;
  if (range && duration) {
    const length = range.rangeLength;
    const amount = length && duration.durations?.[LENGTH_UNITS.indexOf(length.unit)];
    if (!length || amount === undefined) return 'incomparable';
    return amount === length.amount ? 'same' : 'different';
  }
  // NOTE: a date against a range (or a duration) is not compared: "the visit began on April 27"
  // neither confirms nor contradicts "April 27-29" well enough to show as either.
  return 'incomparable';
}

/** Where a duration's event starts (`start`, a date or a range) agrees with a range's first day. */
export function startsAgree(start: PreparedValue, range: PreparedValue): boolean {
  const s = start.first;
  const r = range.range;
  return !!s && !!r && s.day !== undefined && datesAgree(s, r[0]);
}

/** Dates and ranges are filed under their first day's year and day of year; a duration under itself. */
function blocks(v: FactValue): string[] {
  if (v.type === 'duration') return [v.canonical];
  const keys: string[] = [];
  const first = v.canonical.split('/')[0] ?? '';
  const year = /^\d{4}/.exec(first)?.[0];
  const md = /(?:^|-)(\d{2}-\d{2})$/.exec(first)?.[1];
  if (year) keys.push(`y${year}`);
  if (md) keys.push(`d${md}`);
  return keys;
}

export const TIME: ValueFamily = {
  id: 'time',
  types: ['date', 'daterange', 'duration'],
  comparable: () => 'time',
  prepare,
  relate: timesRelate,
  blocks,
  neighbours: blocks,
};

// When two stated values say the same thing, contradict each other, or cannot be compared.
//
// Numbers agree within the rounding their wording allows ("$46 billion" and "US$46.2 billion"),
// dates agree when the less precise one contains the more precise one ("1973" and
// "1973-09-21"), a date whose year could not be inferred ("04-27") agrees with that day in any
// year, and a date range and a duration of the same event are compared by their length
// ("April 27-29" is three days, not "two-day").
import type { FactValue } from '../model';
import { SCALES } from '../extract/numbers';

/**
 * `compatible`: two different figures that can both be true by their hedges or their rounding
 * ("more than 10" and 11, "700 million" and 718 million): neither one report nor a conflict.
 */
export type Relation = 'same' | 'different' | 'compatible' | 'incomparable';

/**
 * Every threshold of how figures compare, in one place (ids name the rule in group reasons).
 */
export const RULES = {
  /**
   * 'same.stated-precision': two figures are one when they differ by less than this share of the
   * first, or by half the step of the last digit either states, in any language and with any scale
   * word ("46 tỷ" ~ "46,4 tỷ" as "$46 billion" ~ "$46.4 billion").
   */
  sameShare: 0.005,
  /** 'agree.round-figure': a figure ending in zeros ("700 million") may be a rounding of one within half its last nonzero digit's step, but never of one further off than this share (so "700 million" covers 718 million, "€600 million" not €650 million). */
  roundShare: 0.05,
  /** 'conflict.hedge-interval': "nearly/almost/close to/just under X" reaches down this share of X below it ("just over" as far above). */
  nearlyShare: 0.1,
  /** "about/around/some/an estimated X" reaches this share of X either side, but no further than half a step of its last nonzero digit ("some 2,012" is 2,002-2,022, "around 20" is 19-21, "about €600 million" leaves out €650 million). */
  approximateShare: 0.05,
  /** 'precision.fixed-decimals': units whose figures are stated to a fixed number of decimals, so "magnitude 7" is 7.0, not a rounding of 6.8. */
  fixedDecimals: { magnitude: 1 } as Readonly<Record<string, number>>,
} as const;

/** How a hedge bounds the figure it qualifies. */
const HEDGE_KIND: Readonly<Record<string, 'above' | 'below' | 'near-below' | 'near-above' | 'approximate' | 'tally'>> = {
  'more than': 'above', over: 'above', above: 'above', exceeding: 'above', exceeded: 'above', exceeds: 'above', exceed: 'above',
  'well over': 'above',
  // 'conflict.running-tally': "at least 1,200 killed" states the count as it stands, the floor of
  // a running tally, not a rounded bound as "more than 1,000" is: it compares as the figure stated.
  'at least': 'tally',
  'less than': 'below', 'fewer than': 'below', under: 'below', below: 'below', 'up to': 'below', 'at most': 'below',
  nearly: 'near-below', almost: 'near-below', 'close to': 'near-below', 'just under': 'near-below',
  'just over': 'near-above',
  about: 'approximate', approximately: 'approximate', around: 'approximate', roughly: 'approximate', some: 'approximate',
  'an estimated': 'approximate', estimated: 'approximate', 'as many as': 'approximate', 'as much as': 'approximate',
};

/** The comparison class of a value: only values of one class can agree or disagree. */
export function comparable(v: FactValue): string {
  switch (v.type) {
    case 'money':
      return `money ${v.canonical.split(' ')[1] ?? ''}`;
    case 'count':
    case 'quantity':
      return `amount ${v.unit ?? ''}`;
    case 'percent':
      return `percent ${v.unit ?? ''}`;
    case 'date':
    case 'daterange':
    case 'duration':
      return 'time';
    default:
      return v.type;
  }
}

export function valueKey(v: FactValue): string {
  return v.canonical;
}

// ---------------------------------------------------------------------------------------------
// Numbers

function numberOf(canonical: string): number | undefined {
  const m = /^#?(-?\d+(?:\.\d+)?)/.exec(canonical);
  return m ? Number(m[1]) : undefined;
}

const SCALE_AFTER = new RegExp(
  `^\\s?(${Object.keys(SCALES)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s'))
    .join('|')})(?![\\p{L}\\d])`,
  'iu',
);
// The first number of a surface, with its group and decimal separators ("46,4", "300 000", "1.250.000").
const NUMBER_RUN = /\d(?:[\d.,\u00a0\u202f\u2009 ]*\d)?/;

interface Steps {
  /** The step of the last digit the surface states: "46,4 tỷ" and "46.4 billion" → 1e8; "520,000" → 1. */
  step: number;
  /** The step of its last nonzero digit where no decimals are stated: "700 million" → 1e8. */
  significant: number;
}

/**
 * 'same.stated-precision': the steps a figure is stated to, read the same way for every language
 * and scale word: the digits written, against the size of the number before its scale word. So
 * "46 tỷ USD" and "46,4 tỷ USD" compare as "$46 billion" and "$46.4 billion" do.
 */
function stepsOf(v: FactValue, n: number): Steps {
  const fixed = v.unit !== undefined ? RULES.fixedDecimals[v.unit] : undefined;
  if (fixed !== undefined) return { step: 10 ** -fixed, significant: 10 ** -fixed };
  const m = NUMBER_RUN.exec(v.surface);
  const scale = SCALE_AFTER.exec(m ? v.surface.slice(m.index + m[0].length) : v.surface.replace(/^[^\p{L}]*\p{L}+/u, ''));
  const exponent = scale ? (SCALES[scale[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0) : 0;
  const unscaled = Math.abs(n) / 10 ** exponent;
  const integerDigits = unscaled >= 1 ? String(Math.floor(unscaled + 1e-9)).length : 1;
  // Number words ("four", "two million") state their integer part only.
  const digits = m ? m[0].replace(/\D/g, '') : String(Math.round(unscaled));
  const decimals = Math.max(0, digits.length - integerDigits);
  const step = 10 ** (exponent - decimals);
  const zeros = decimals === 0 ? (/0*$/.exec(digits)?.[0].length ?? 0) : 0;
  return { step, significant: step * 10 ** Math.min(zeros, Math.max(0, digits.length - 1)) };
}

/** The range a figure allows by its hedge and rounding ('conflict.hedge-interval', 'agree.round-figure'). */
function intervalOf(qualifier: string | undefined, n: number, steps: Steps): [number, number] {
  const x = Math.abs(n);
  // The stated digit's half step, not `sameShare`: that one measures two figures' distance.
  const own = steps.step / 2;
  const rounding = Math.max(own, Math.min(steps.significant / 2, x * RULES.roundShare));
  switch (qualifier ? HEDGE_KIND[qualifier] : undefined) {
    // A bound is a bound of the figure as stated: "more than 1,000" leaves out 950.
    case 'above':
      return [n - own, Infinity];
    case 'below':
      return [-Infinity, n + own];
    case 'near-below':
      return [n - Math.max(rounding, x * RULES.nearlyShare), n + own];
    case 'near-above':
      return [n - own, n + Math.max(rounding, x * RULES.nearlyShare)];
    case 'approximate': {
      const reach = Math.max(rounding, Math.min(x * RULES.approximateShare, steps.significant / 2));
      return [n - reach, n + reach];
    }
    default:
      return [n - rounding, n + rounding];
  }
}

function numbersRelate(a: PreparedValue, b: PreparedValue): Relation {
  const x = a.number;
  const y = b.number;
  if (x === undefined || y === undefined) return 'incomparable';
  const tolerance = Math.max(Math.abs(x) * RULES.sameShare, a.halfStep, b.halfStep) + 1e-9 * Math.abs(x);
  if (Math.abs(x - y) <= tolerance) return 'same';
  // Both could hold at once by their hedges or rounding: no conflict, and no corroboration either.
  return a.low < b.high && b.low < a.high ? 'compatible' : 'different';
}

// ---------------------------------------------------------------------------------------------
// Dates

export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
}

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

interface Length {
  amount: number;
  unit: 'D' | 'M' | 'Y';
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

/**
 * A value read once for many comparisons: grouping compares each value with hundreds of others,
 * so what `relate` would parse per pair (numbers, rounding steps, dates, ranges, lengths) is parsed
 * here ahead, only for the fields the value's type uses.
 */
export interface PreparedValue {
  type: FactValue['type'];
  canonical: string;
  /** `comparable(value)`: only values of one class relate. */
  kind: string;
  number: number | undefined;
  halfStep: number;
  /** Numbers: the range the figure allows by its hedge and rounding (see `intervalOf`). */
  low: number;
  high: number;
  /** The hedge, where one is stated ("more than"). */
  qualifier: string | undefined;
  date: DatePoint | undefined;
  /** Dates and ranges: the (first) day, as `startsAgree` reads it. */
  first: DatePoint | undefined;
  range: [DatePoint, DatePoint] | undefined;
  rangeLength: Length | undefined;
  /** The duration in days, months and years, where exact (see `durationIn`). */
  durations: [number | undefined, number | undefined, number | undefined] | undefined;
}

const LENGTH_UNITS = ['D', 'M', 'Y'] as const;

export function prepareValue(v: FactValue): PreparedValue {
  const p: PreparedValue = {
    type: v.type,
    canonical: v.canonical,
    kind: comparable(v),
    number: undefined,
    halfStep: 0,
    low: NaN,
    high: NaN,
    qualifier: v.qualifier,
    date: undefined,
    first: undefined,
    range: undefined,
    rangeLength: undefined,
    durations: undefined,
  };
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
    case 'duration':
      p.durations = [durationIn(v.canonical, 'D'), durationIn(v.canonical, 'M'), durationIn(v.canonical, 'Y')];
      break;
    case 'rank':
    case 'ordinal':
      break;
    default:
      p.number = numberOf(v.canonical);
      if (p.number !== undefined) {
        const steps = stepsOf(v, p.number);
        p.halfStep = steps.step / 2;
        [p.low, p.high] = intervalOf(v.qualifier, p.number, steps);
      }
  }
  return p;
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

/** How two values relate: the same value, different values, or not comparable at all. */
export function relate(a: FactValue, b: FactValue): Relation {
  return relatePrepared(prepareValue(a), prepareValue(b));
}

/** `relate` on values prepared once (`prepareValue`), for comparing one value with many. */
export function relatePrepared(a: PreparedValue, b: PreparedValue): Relation {
  if (a.kind !== b.kind) return 'incomparable';
  if (a.canonical === b.canonical) return 'same';
  switch (a.type) {
    case 'date':
    case 'daterange':
    case 'duration':
      return timesRelate(a, b);
    case 'rank':
    case 'ordinal':
      return 'different';
    default:
      return numbersRelate(a, b);
  }
}

/** Same value: see `relate`. */
export function sameValue(a: FactValue, b: FactValue): boolean {
  return relate(a, b) === 'same';
}

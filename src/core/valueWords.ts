// A value's canonical form (what extraction understood: "46200000000 USD", "P2D",
// "2025-04-27/2025-04-29") written the way people write it: "US$46.2 billion", "2 days",
// "27–29 April 2025". Used wherever Attaché shows a value it normalised rather than the source's
// own words (the CLI's lists, the evidence pane's reading of a value). Numbers, months and
// grouping come from Intl in the brief's locale; the scale words (million, billion) are English.
import type { FactValue } from './model';

export type ValueLike = Pick<FactValue, 'type' | 'canonical'> & { unit?: string | undefined };

const SYMBOL: Readonly<Record<string, string>> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹', AUD: 'A$', CAD: 'C$', HKD: 'HK$', SGD: 'S$', NZD: 'NZ$' };
const SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const DURATION_UNITS: Readonly<Record<string, [string, string]>> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  MIN: ['minute', 'minutes'],
  S: ['second', 'seconds'],
};

// Building an Intl formatter costs about 20 µs, formatting with one about 1 µs: a list of 10,000
// facts wrote their values with a new formatter each (0.4 s of `attache facts`), so each locale's
// formatters are built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();

function number(n: number, locale: string, maxFraction = 2): string {
  const key = `${locale}\u0000${maxFraction}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction })));
  return format.format(n);
}

/** 46200000000 → "46.2 billion"; 350000 → "350,000". */
export function scaledNumber(n: number, locale = 'en-GB'): string {
  for (const [size, word] of SCALES) if (Math.abs(n) >= size) return `${number(n / size, locale)} ${word}`;
  return number(n, locale);
}

function money(canonical: string, locale: string): string | null {
  const m = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(canonical);
  if (!m) return null;
  const amount = scaledNumber(Number(m[1]), locale);
  const symbol = SYMBOL[m[2]!];
  return symbol ? `${symbol}${amount}` : `${amount} ${m[2]}`;
}

function duration(canonical: string, locale: string): string | null {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(canonical);
  if (!m || canonical === 'P' || canonical === 'PT') return null;
  const keys = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];
  const parts = keys.flatMap((key, i) => {
    const raw = m[i + 1];
    if (raw === undefined) return [];
    const n = Number(raw);
    const [one, many] = DURATION_UNITS[key]!;
    return [`${number(n, locale)} ${n === 1 ? one : many}`];
  });
  return parts.length ? parts.join(' ') : null;
}

interface Day {
  year?: number;
  month?: number;
  day?: number;
}

function parseDay(text: string): Day | null {
  let m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (m) return { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
  // A day without its year ("09-08": extraction found no year for it).
  m = /^(\d{2})-(\d{2})$/.exec(text);
  if (m) return { month: Number(m[1]), day: Number(m[2]) };
  return null;
}

function monthName(month: number, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(2000, month - 1, 1)));
}

function dayText(d: Day, locale: string, show: { year: boolean; month: boolean } = { year: true, month: true }): string {
  const parts: string[] = [];
  if (d.day !== undefined) parts.push(String(d.day));
  if (d.month !== undefined && show.month) parts.push(monthName(d.month, locale));
  if (d.year !== undefined && show.year) parts.push(String(d.year));
  return parts.join(' ');
}

/** "2023-09-08" → "8 September 2023"; "2025-01" → "January 2025"; "2025" → "2025". */
export function dateWords(canonical: string, locale = 'en-GB'): string {
  const d = parseDay(canonical);
  return d && (d.month === undefined || (d.month >= 1 && d.month <= 12)) ? dayText(d, locale) : canonical;
}

/** "2025-04-27/2025-04-29" → "27–29 April 2025"; shared month and year are written once. */
function rangeWords(canonical: string, locale: string): string | null {
  const [a, b] = canonical.split('/');
  if (!a || !b) return null;
  const from = parseDay(a);
  const to = parseDay(b);
  if (!from || !to) return null;
  const sameYear = from.year === to.year;
  const sameMonth = sameYear && from.month === to.month;
  // Both ends at the same precision, so "27–29 April" never reads "27 April–May".
  const samePrecision = (from.day === undefined) === (to.day === undefined) && (from.month === undefined) === (to.month === undefined);
  if (!samePrecision) return `${dayText(from, locale)} – ${dayText(to, locale)}`;
  if (from.day !== undefined && sameMonth) return `${from.day}–${dayText(to, locale)}`;
  if (sameYear && from.month !== undefined) return `${dayText(from, locale, { year: false, month: true })} – ${dayText(to, locale)}`.replace(/^(\p{L}+) – /u, '$1–');
  return `${dayText(from, locale)}–${dayText(to, locale)}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The value as people write it; its canonical form when Attaché cannot say it better. */
export function valueWords(value: ValueLike, locale = 'en-GB'): string {
  const c = value.canonical.trim();
  switch (value.type) {
    case 'money':
      return money(c, locale) ?? c;
    case 'percent': {
      const m = /^(-?\d+(?:\.\d+)?) ?%$/.exec(c);
      return m ? `${number(Number(m[1]), locale)}%` : c;
    }
    case 'count': {
      const n = Number(c);
      return Number.isFinite(n) && c !== '' ? scaledNumber(n, locale) : c;
    }
    case 'quantity': {
      const m = /^(-?\d+(?:\.\d+)?)(?: (.+))?$/.exec(c);
      if (!m) return c;
      const unit = m[2] ?? value.unit;
      // A quake's magnitude is written before its number ("magnitude 6.8").
      if (unit === 'magnitude') return `magnitude ${number(Number(m[1]), locale)}`;
      return unit ? `${scaledNumber(Number(m[1]), locale)} ${unit}` : scaledNumber(Number(m[1]), locale);
    }
    case 'duration':
      return duration(c, locale) ?? c;
    case 'date':
      return dateWords(c, locale);
    case 'daterange':
      return rangeWords(c, locale) ?? c;
    case 'rank': {
      const m = /^#(\d+)$/.exec(c);
      return m ? `${ordinal(Number(m[1]))} place` : c;
    }
    case 'ordinal': {
      const n = Number(c);
      return Number.isInteger(n) && n > 0 ? ordinal(n) : c;
    }
    default:
      return c;
  }
}

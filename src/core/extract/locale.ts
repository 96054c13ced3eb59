// Numbers and dates as languages other than English write them. The value grammar is English;
// a source in French, German, Spanish, Italian, Portuguese, Dutch, Indonesian or Vietnamese is
// read through it after its numbers are rewritten the English way, character for character
// ("46,2" → "46.2", "300 000" → "300,000", "1.000.000" → "1,000,000"), so that every offset
// still points at the source's own words. Its dates have a scanner of their own (below).
// The languages and what each writes are the language packs' (lang/<code>/index.ts).
import { monthAlternation, monthNumbers } from '../calendar';
import { ownPacks, packFor } from '../lang';
import { YEAR } from '../lang/pack';
import { scan, type DateParts, type Found, type Taken } from './found';

// Languages that write a decimal comma and group thousands with points or spaces.
const DECIMAL_COMMA = new Set(
  ownPacks()
    .filter((pack) => packFor(pack.code)!.decimalComma)
    .map((pack) => pack.code),
);

export function writesDecimalComma(language: string | null | undefined): boolean {
  return !!language && DECIMAL_COMMA.has(language.toLowerCase().split('-')[0]!);
}

// A number with its thousands grouped by one separator ("300 000", "1.250.000") and a decimal
// comma, or a plain number with a decimal comma ("3,5").
const GROUPED = /(?<![\d.,])(\d{1,3})((?:([. \u00a0\u202f\u2009])\d{3})(?:\3\d{3})*)?(,\d+)?(?![\d]|[.,]\d)/g;

/** The text with its numbers written the English way, the same length as before. */
export function englishNumbers(text: string): string {
  if (!/\d[., \u00a0\u202f\u2009]\d/.test(text)) return text;
  return text.replace(GROUPED, (whole, head: string, groups: string | undefined, _sep: string | undefined, decimal: string | undefined) => {
    if (!groups && !decimal) return whole;
    return head + (groups ?? '').replace(/[. \u00a0\u202f\u2009]/g, ',') + (decimal ? `.${decimal.slice(1)}` : '');
  });
}

// Month names of the languages that write a decimal comma; English's the English grammar reads.
const MONTHS = monthNumbers([...DECIMAL_COMMA]);
const MONTH = `(${monthAlternation(MONTHS)})(?![\\p{L}])`;
// "28 octobre 2025", "1er janvier", "3. Oktober 2025", "28 de octubre de 2025".
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|º|°|\\.)?\\s(?:de\\s)?${MONTH}(?:\\s(?:de\\s)?${YEAR}(?!\\d))?`, 'giu');
// "octobre 2025", "octubre de 2025".
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s(?:de\\s)?${YEAR}(?!\\d)`, 'giu');
// Date forms of a language's own ("ngày 27/11/2023"), every pack's, read first.
const PATTERNS = ownPacks().flatMap((pack) => pack.datePatterns ?? []);
// "27/11/2023", "27.11.2023": day first wherever a decimal comma is written.
const NUMERIC = new RegExp(`(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2${YEAR}(?![\\d])`, 'gu');

function date(start: number, end: number, from: DateParts): Found | undefined {
  if (from.month === undefined || from.month < 1 || from.month > 12) return undefined;
  if (from.day !== undefined && (from.day < 1 || from.day > 31)) return undefined;
  return { type: 'date', canonical: '', start, end, date: { from } };
}

const year = (text: string | undefined) => (text === undefined ? undefined : Number(text));

/** Dates written in the languages above; the English grammar reads the rest. */
export function findLocalDates(sentence: string, base: number, _source: string, taken: Taken, out: Found[]): void {
  for (const p of PATTERNS) {
    scan(p.re, sentence, base, taken, out, (m, start, end) => {
      const month = Number(m[p.month]);
      const y = year(p.year === undefined ? undefined : m[p.year]);
      return date(start, end, p.day === undefined ? { month, year: y } : { day: Number(m[p.day]), month, year: y });
    });
  }
  scan(NUMERIC, sentence, base, taken, out, (m, start, end) => date(start, end, { day: Number(m[1]), month: Number(m[3]), year: year(m[4]) }));
  scan(DAY_MONTH, sentence, base, taken, out, (m, start, end) =>
    date(start, end, { day: Number(m[1]), month: MONTHS[m[2]!.toLowerCase()], year: year(m[3]) }),
  );
  scan(MONTH_YEAR, sentence, base, taken, out, (m, start, end) => date(start, end, { month: MONTHS[m[1]!.toLowerCase()], year: year(m[2]) }));
}

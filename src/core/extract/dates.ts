// Dates at the precision the text states, date ranges and periods: "September 21, 1973",
// "in 1973", "April 2002", "November 27" (year inferred later), "April 27-29",
// "from April 27 to 29", "27-29 April 2025", "2021-2025", "the first three months of 2025", "Q1 2025".
import { NUMBER_WORD, numberWordValue, OCCASION } from './numbers';
import { scan, type DateParts, type Found, type Taken } from './found';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const LOWER_PLURAL_AFTER = /^\s+\p{Ll}+s\b/u;

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![\\p{L}]))';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[5-9]\\d\\d|20\\d\\d|2100)';
const DASH = '\\s?(?:-|–|—|to|through|till|until|and)\\s?';

export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTH_NAMES.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
  return i >= 0 ? i + 1 : undefined;
}

const RANGE_MONTH_DAYS = new RegExp(
  `\\b(from\\s|between\\s)?${MONTH}\\s${DAY}(${DASH})(?:${MONTH}\\s)?${DAY}\\b(?:,?\\s${YEAR}\\b)?`,
  'gu',
);
const RANGE_DAYS_MONTH = new RegExp(
  `\\b(from\\s|between\\s)?${DAY}(?:\\s${MONTH})?(${DASH})${DAY}\\s(?:of\\s)?${MONTH}(?:,?\\s${YEAR}\\b)?`,
  'gu',
);
const RANGE_MONTHS = new RegExp(`\\b(from\\s|between\\s)?${MONTH}(${DASH})${MONTH},?\\s${YEAR}\\b`, 'gu');
const RANGE_YEARS = new RegExp(`\\b(from\\s|between\\s)?${YEAR}(${DASH})(1[5-9]\\d\\d|20\\d\\d|\\d\\d)\\b(?!\\s?(?:%|per))`, 'gu');
const PERIOD_MONTHS = new RegExp(
  `\\b(?:the\\s)?(first|last|final)\\s(${NUMBER_WORD}|\\d{1,2})\\smonths\\s(?:of|in)\\s${YEAR}\\b`,
  'giu',
);
// "the third quarter of 2024"; without its year only as a time ("in the third quarter"), never
// "the first half of the match".
const PERIOD_PART = new RegExp(
  `\\b(?:(?<=\\b(?:in|during|for|over|since|by)\\s)the\\s)?(first|second|third|fourth|final|last)\\s(quarter|half)(?:\\s(?:of|in)\\s${YEAR}\\b|(?!\\s+(?:of|in)\\b|[-\\w]))`,
  'giu',
);
// "Q3 2024"; "Q3" alone too (its year is inferred), but not "H1", which names visas and engines.
const PERIOD_SHORT = new RegExp(`\\b(?:(Q[1-4]|H[12])(?:\\s|/|\\sof\\s)${YEAR}|(Q[1-4]))\\b`, 'gu');
// "mid-2026", "early 2025", "the end of 2024": a year with where in it.
const YEAR_PART = new RegExp(`\\b(early|mid|late|end\\sof|beginning\\sof|start\\sof)[\\s-]${YEAR}\\b(?![\\w%]|[.,]\\d)`, 'giu');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s${DAY}\\b(?:,?\\s${YEAR}\\b)?`, 'gu');
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s(?:of\\s)?${MONTH}(?:,?\\s${YEAR}\\b)?`, 'gu');
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s(?:of\\s)?${YEAR}\\b`, 'gu');
// A month alone only after a word that makes it a time ("in early April"): "May" is also a verb.
const MONTH_ALONE = new RegExp(
  `\\b(?:in|since|until|till|by|from|during|before|after|last|next|this|of|early|late|mid|end\\sof|beginning\\sof)[\\s-]+(?:(early|late|mid)[\\s-]+)?${MONTH}\\b(?!\\s\\d|,\\s\\d)`,
  'gu',
);
const BARE_YEAR = new RegExp(`(?<![\\w$€£¥₫.,/#-])${YEAR}(?![\\w%]|[.,]\\d|-\\d|\\s?(?:per\\s?cent|percent))`, 'gu');

function validDay(month: number | undefined, day: number): boolean {
  return month !== undefined && day >= 1 && day <= 31;
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function dateFound(start: number, end: number, from: DateParts, to?: DateParts): Found {
  return { type: to ? 'daterange' : 'date', canonical: '', start, end, date: to ? { from, to } : { from } };
}

const TARGET_BEFORE = /\b(?:by|until|till|towards?|before|through)\s+(?:the\s+end\s+of\s+)?$/i;
const BASELINE_BEFORE = /\b(?:compared\s+(?:to|with)|against|from|than|over|versus|vs\.?)\s+(?:the\s+same\s+period\s+(?:of|in|last)\s+|that\s+of\s+)?$/i;

// What each grammar above cannot match without: a month's capitalised first three letters (every
// form MONTH reads starts with one), a year YEAR reads, the words of the periods. A grammar that
// cannot match is not run: a sentence without a month name (most) skips seven of them, and a
// grammar that finds nothing marks nothing taken, so the others find what they found before.
const MAY_NAME_MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const MAY_STATE_YEAR = /1[5-9]\d\d|20\d\d|2100/;
const MAY_COUNT_MONTHS = /month/i;
const MAY_NAME_PART = /quarter|half/i;
const MAY_NAME_SHORT_PART = /Q[1-4]|H[12]/;

export function findDates(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  const found: Found[] = [];
  const hasMonth = MAY_NAME_MONTH.test(sentence);
  const hasYear = MAY_STATE_YEAR.test(sentence);
  if (hasMonth) scan(RANGE_MONTH_DAYS, sentence, base, taken, found, (m, start, end) => {
    const [, lead, m1, d1, sep, m2, d2, y] = m;
    if (/and/.test(sep!) && lead?.trim() !== 'between') return undefined;
    const month1 = monthNumber(m1!);
    const month2 = m2 ? monthNumber(m2) : month1;
    if (!validDay(month1, Number(d1)) || !validDay(month2, Number(d2))) return undefined;
    const year = num(y);
    return dateFound(start + (lead?.length ?? 0), end, { year, month: month1, day: Number(d1) }, { year, month: month2, day: Number(d2) });
  });
  if (hasMonth) scan(RANGE_DAYS_MONTH, sentence, base, taken, found, (m, start, end) => {
    const [, lead, d1, m1, sep, d2, m2, y] = m;
    if (/and/.test(sep!) && lead?.trim() !== 'between') return undefined;
    const month2 = monthNumber(m2!);
    const month1 = m1 ? monthNumber(m1) : month2;
    if (!validDay(month1, Number(d1)) || !validDay(month2, Number(d2))) return undefined;
    const year = num(y);
    return dateFound(start + (lead?.length ?? 0), end, { year, month: month1, day: Number(d1) }, { year, month: month2, day: Number(d2) });
  });
  if (hasMonth && hasYear) scan(RANGE_MONTHS, sentence, base, taken, found, (m, start, end) => {
    const [, lead, m1, sep, m2, y] = m;
    if (/and/.test(sep!) && lead?.trim() !== 'between') return undefined;
    const year = Number(y);
    return dateFound(start + (lead?.length ?? 0), end, { year, month: monthNumber(m1!) }, { year, month: monthNumber(m2!) });
  });
  if (hasYear) scan(RANGE_YEARS, sentence, base, taken, found, (m, start, end) => {
    const [, lead, y1, sep, y2raw] = m;
    if (/and/.test(sep!) && lead?.trim() !== 'between') return undefined;
    const from = Number(y1);
    let to = Number(y2raw);
    if (y2raw!.length === 2) to = Math.floor(from / 100) * 100 + to;
    if (!(to > from) || to - from > 100) return undefined;
    // A bare "2003-2005" could be a count range; a hyphenated pair of years is read as years.
    return dateFound(start + (lead?.length ?? 0), end, { year: from }, { year: to });
  });
  if (hasYear && MAY_COUNT_MONTHS.test(sentence)) scan(PERIOD_MONTHS, sentence, base, taken, found, (m, start, end) => {
    const n = /^\d/.test(m[2]!) ? Number(m[2]) : numberWordValue(m[2]!);
    const year = Number(m[3]);
    if (!n || n > 12) return undefined;
    const first = m[1]!.toLowerCase() === 'first';
    return dateFound(start, end, { year, month: first ? 1 : 13 - n }, { year, month: first ? n : 12 });
  });
  if (MAY_NAME_PART.test(sentence)) scan(PERIOD_PART, sentence, base, taken, found, (m, start, end) => {
    // Without a year, only after a word that makes it a time (the lookbehind put "the" in the match).
    if (m[3] === undefined && !/^the\s/i.test(m[0])) return undefined;
    const ord = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase());
    const quarter = m[2]!.toLowerCase() === 'quarter';
    const size = quarter ? 3 : 6;
    const count = quarter ? 4 : 2;
    const index = ord >= 0 ? ord : count - 1;
    if (index >= count) return undefined;
    const year = num(m[3]);
    return dateFound(start, end, { year, month: index * size + 1 }, { year, month: index * size + size });
  });
  if (MAY_NAME_SHORT_PART.test(sentence)) scan(PERIOD_SHORT, sentence, base, taken, found, (m, start, end) => {
    const part = m[1] ?? m[3]!;
    const size = part[0] === 'Q' ? 3 : 6;
    const index = Number(part[1]) - 1;
    const year = num(m[2]);
    return dateFound(start, end, { year, month: index * size + 1 }, { year, month: index * size + size });
  });
  if (hasYear) scan(YEAR_PART, sentence, base, taken, found, (m, start, end) => {
    const f = dateFound(start + m[0].length - m[2]!.length, end, { year: Number(m[2]) });
    f.qualifier = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    return f;
  });
  scan(ISO_DATE, sentence, base, taken, found, (m, start, end) => {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return dateFound(start, end, { year: Number(m[1]), month, day });
  });
  if (hasMonth) scan(MONTH_DAY_YEAR, sentence, base, taken, found, (m, start, end) => {
    const month = monthNumber(m[1]!);
    const day = Number(m[2]);
    if (!validDay(month, day)) return undefined;
    return dateFound(start, end, { year: num(m[3]), month, day });
  });
  if (hasMonth) scan(DAY_MONTH_YEAR, sentence, base, taken, found, (m, start, end) => {
    const month = monthNumber(m[2]!);
    const day = Number(m[1]);
    if (!validDay(month, day)) return undefined;
    return dateFound(start, end, { year: num(m[3]), month, day });
  });
  if (hasMonth && hasYear) scan(MONTH_YEAR, sentence, base, taken, found, (m, start, end) =>
    dateFound(start, end, { year: Number(m[2]), month: monthNumber(m[1]!) }),
  );
  if (hasMonth) scan(MONTH_ALONE, sentence, base, taken, found, (m, start, end) => {
    const monthText = m[2]!;
    const at = end - monthText.length;
    const f = dateFound(at, end, { month: monthNumber(monthText) });
    if (m[1]) f.qualifier = m[1].toLowerCase();
    return f;
  });
  if (hasYear) scan(BARE_YEAR, sentence, base, taken, found, (m, start, end) => {
    // "2,000 workers" never reaches here (comma); "2000 workers" is left to the count scanner.
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (LOWER_PLURAL_AFTER.test(after) && !/^\s+(?:as|is|was|has|its|this|thus|plus|versus|across|towards)\b/.test(after) && !OCCASION.test(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')) {
      return undefined;
    }
    return dateFound(start, end, { year: Number(m[1]) });
  });
  for (const f of found) {
    const role = dateRole(source, f.start, f.type);
    if (role) f.role = role;
    out.push(f);
  }
}

/** Whether the date at `start` is a target ("by 2045") or a baseline ("up 2.7% from 2023"). */
export function dateRole(source: string, start: number, type: Found['type']): Found['role'] {
  const before = source.slice(Math.max(0, start - 40), start);
  if (TARGET_BEFORE.test(before)) return 'target';
  if (type === 'date' && BASELINE_BEFORE.test(before)) return 'baseline';
  return undefined;
}

export function formatParts(p: DateParts): string {
  const mm = p.month !== undefined ? String(p.month).padStart(2, '0') : undefined;
  const dd = p.day !== undefined ? String(p.day).padStart(2, '0') : undefined;
  if (p.year !== undefined) return [String(p.year).padStart(4, '0'), mm, dd].filter((x) => x !== undefined).join('-');
  // NOTE: without any year to infer from, a month-day stays "MM-DD" (the gold files' own form;
  // ISO 8601:2000 would write "--MM-DD"), and a lone month stays "--MM".
  if (mm && dd) return `${mm}-${dd}`;
  return mm ? `--${mm}` : '';
}

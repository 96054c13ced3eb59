// Durations: "a two-day visit" → P2D, "three-week" → P3W, "over the past 52 years" → P52Y.
import { NUMBER_WORD, canonicalNumber } from './numbers';
import { qualifierBefore, scan, type Found, type Taken } from './found';

const DURATION = new RegExp(
  `(?<![\\w.,-])(${NUMBER_WORD}|\\d{1,4}(?:\\.\\d+)?)(-|\\s)(day|week|month|year|hour|minute|decade|century|centuries)(s)?(?:-long)?\\b`,
  'gi',
);
const CODES: Record<string, [string, number]> = {
  day: ['D', 1], week: ['W', 1], month: ['M', 1], year: ['Y', 1], decade: ['Y', 10], century: ['Y', 100],
  centuries: ['Y', 100], hour: ['H', 1], minute: ['M', 1],
};

export function findDurations(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  scan(DURATION, sentence, base, taken, out, (m, start, end) => {
    const [, numberText, sep, unitRaw, plural] = m;
    const unit = unitRaw!.toLowerCase();
    const n = canonicalNumber(numberText!);
    if (n === undefined || n === '0') return undefined;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "52 years ago" is a date, not a length; "two days" needs its plural, "two-day" its hyphen.
    if (/^\s+(?:ago|earlier|later|before)\b/i.test(after)) return undefined;
    // An age ("seven years old", "his 22-year-old son") is not the length of anything.
    if (/^(?:\s+|-)old\b/i.test(after)) return undefined;
    if (sep === ' ' && !plural && unit !== 'centuries' && n !== '1') return undefined;
    // "2025 years" is not a duration anyone writes; four-digit numbers here are years.
    if (/^\d{4}$/.test(numberText!)) return undefined;
    const [code, factor] = CODES[unit]!;
    const amount = factor === 1 ? n : String(Number(n) * factor);
    const canonical = unit === 'hour' || unit === 'minute' ? `PT${amount}${code}` : `P${amount}${code}`;
    const f: Found = { type: 'duration', canonical, start, end };
    const q = qualifierBefore(source, start);
    if (q) f.qualifier = q;
    return f;
  });
}

// Finds a full calendar date written out in a line ("April 28, 2025", "28 avril 2025",
// "2025-04-28", "28/4/2025", "2025年4月28日") and returns it as YYYY-MM-DD.
import { monthAlternation, monthNumbers } from '../calendar';
import { ownPacks } from '../lang';

// Month names of the languages whose page stamps cleaning reads (the packs with stamp words).
const MONTHS = monthNumbers(ownPacks().filter((pack) => pack.stamp).map((pack) => pack.code));
const MONTH_NAME = monthAlternation(MONTHS);

const PATTERNS: ReadonlyArray<{ re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] | null }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/u, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: /(\d{4})年(\d{1,2})月(\d{1,2})日/u, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  {
    re: new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu'),
    ymd: (m) => [+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:er|\\.)?\\s+(?:de\\s+)?(${MONTH_NAME})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu'),
    ymd: (m) => [+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!],
  },
  // NOTE: numeric dates are read day first (as in Vietnam, Europe); a month above 12 swaps them.
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/u,
    ymd: (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      return b > 12 ? [+m[3]!, a, b] : [+m[3]!, b, a];
    },
  },
];

export function statedDate(text: string): string | null {
  for (const { re, ymd } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parts = ymd(m);
    if (!parts) continue;
    const [y, mo, d] = parts;
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

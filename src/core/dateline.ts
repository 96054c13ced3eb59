// The dateline that opens a news story: where (and often when) it was filed, and by which agency.
// Cleaning reads its date as the source's publication date when the page states none; extraction
// reads it as the day that relative dates ("on Tuesday") count from, and never as a fact.
//
// Forms (rule ids in brackets):
//   [dateline.place-date]    "LIMA, June 20 (AFP) - …", "OSLO, 3 May 2021 (NTB) – …",
//                            "QUITO, Ecuador, Feb. 9 - …", "PERTH, June 20. /AAP/. …",
//                            "DENVER, June 5, 2024 /PRNewswire/ -- …"
//   [dateline.place-bracket] "PUNE (June 18): …", "KOCHI (June 18) - …"
//   [dateline.date-agency]   "Feb. 25 (UPI) -- …" (the agency's own form, without a place)
// NOTE: a dateline without a date ("BERLIN (dpa) - …") is not read here: it dates nothing.
import { monthAlternation, monthNumbers } from './calendar';

export interface DatelineDate {
  year?: number;
  month: number;
  day: number;
}

export interface Dateline {
  rule: 'dateline.place-date' | 'dateline.place-bracket' | 'dateline.date-agency';
  /** Length of the dateline from the start of the line, separator included. */
  length: number;
  place: string | null;
  agency: string | null;
  date: DatelineDate;
}

const MONTHS: Readonly<Record<string, number>> = { ...monthNumbers(['en']), sept: 9 };
// Title case or capitals ("June", "JUNE"), spelt out so that the place words stay case-sensitive.
const MONTH = `(?:${monthAlternation(
  Object.fromEntries(Object.entries(MONTHS).flatMap(([name, n]) => [[name[0]!.toUpperCase() + name.slice(1), n], [name.toUpperCase(), n]])),
)})`;
// A date as datelines write it: "June 20", "Feb. 9", "June 5, 2024", "10 September 2023".
const DATE = `(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})\\s+(${MONTH})\\.?)(?:,?\\s+(\\d{4}))?`;
// Capitalised words (a lower-case particle between them: "Dar es Salaam", "Rio de Janeiro").
const WORD = `\\p{Lu}[\\p{L}\\p{M}.'’-]*`;
const PLACE = `(${WORD}(?:\\s+(?:(?:de|da|do|del|es|al|el|la|di|upon|on)\\s+)?${WORD}){0,3}(?:,\\s*${WORD}(?:\\s+${WORD}){0,2})?)`;
const AGENCY = `(?:\\(([^()\\n]{2,40})\\)|/([^/\\n]{2,30})/)`;
// What ends a dateline: a dash or colon; right after "/AGENCY/" a full stop ("June 20. /TASS/. ").
const END = `(?:\\s*(?:[-–—]{1,2}|:)\\s+|(?<=/)\\.\\s+)`;

const PLACE_DATE = new RegExp(`^${PLACE},\\s+${DATE}(?:\\.?\\s*${AGENCY})?${END}`, 'u');
const PLACE_BRACKET = new RegExp(`^${PLACE}\\s+\\(${DATE}\\)${END}`, 'u');
const DATE_AGENCY = new RegExp(`^${DATE}\\s+${AGENCY}${END}`, 'u');

// Words that open sentences, not place names: "On Tuesday, June 5 – …" is prose.
const NOT_PLACE = /^(?:on|in|at|by|the|a|an|but|and|or|since|from|until|till|last|next|early|late|this|that|when|while|as|after|before|for|of|to|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;

function dateOf(m: RegExpExecArray, at: number): DatelineDate | null {
  const monthName = m[at] ?? m[at + 3];
  const day = Number(m[at + 1] ?? m[at + 2]);
  const month = monthName ? MONTHS[monthName.toLowerCase()] : undefined;
  if (!month || day < 1 || day > 31) return null;
  const year = m[at + 4] ? Number(m[at + 4]) : undefined;
  if (year !== undefined && (year < 1900 || year > 2200)) return null;
  return year === undefined ? { month, day } : { year, month, day };
}

function agencyOf(m: RegExpExecArray, at: number): string | null {
  return (m[at] ?? m[at + 1])?.trim() || null;
}

function placeOk(place: string): boolean {
  return place.length <= 48 && !NOT_PLACE.test(place.split(/[\s,]+/u)[0]!);
}

/** The dated dateline that opens `line`, or null. Only the first 160 characters are read. */
export function readDateline(line: string): Dateline | null {
  const head = line.slice(0, 160);
  let m = PLACE_DATE.exec(head);
  if (m && placeOk(m[1]!)) {
    const date = dateOf(m, 2);
    if (date) return { rule: 'dateline.place-date', length: m[0].length, place: m[1]!, agency: agencyOf(m, 7), date };
  }
  m = PLACE_BRACKET.exec(head);
  if (m && placeOk(m[1]!)) {
    const date = dateOf(m, 2);
    if (date) return { rule: 'dateline.place-bracket', length: m[0].length, place: m[1]!, agency: null, date };
  }
  m = DATE_AGENCY.exec(head);
  if (m) {
    const date = dateOf(m, 1);
    if (date) return { rule: 'dateline.date-agency', length: m[0].length, place: null, agency: agencyOf(m, 6), date };
  }
  return null;
}

// A line that only says when the page was published or updated ("Published June 18, 2025 · 7 min
// read", "October 9, 2025 4:15 PM GMT+8", "Publié le 28 octobre 2025 à 10h15"). It is page
// furniture, but the date in it is the source's publication date, so metaGuess still reads it.
import { monthNumbers } from '../calendar';
import { ownPacks } from '../lang';
import { statedDate } from './statedDate';

// The languages whose stamps cleaning reads: the language packs that list stamp words.
const STAMPED = ownPacks().filter((pack) => pack.stamp);

// Words a stamp is made of besides its numbers: labels, weekdays, month names, clock words, the
// reading-time note. NOTE: a whole-line test, so a line with any other word (a place, "local
// time", a name) is not a stamp: "Jakarta, 14 June 2025" stays as the release's own date line.
const STAMP_WORDS = new Set([
  ...Object.keys(monthNumbers(STAMPED.map((pack) => pack.code))),
  ...STAMPED.flatMap((pack) => [...pack.stamp!.words, ...(pack.weekdays ?? [])]),
]);

/** The label that opens a stamp: the line is metadata even without a clock time. */
export const PUBLISHED_LABEL = new RegExp(
  `^(?:${STAMPED.flatMap((pack) => pack.stamp!.labels)
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b`,
  'i',
);

const TIME = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b/i;
const SPLIT = /[\s,·•|:;–—()/]+/u;
const NUMBER = /^\d+(?:st|nd|rd|th|h\d{0,2}|\.\d+)?\.?$/u;
// "GMT+7", "UTC-05:00", "ICT", "WIB", "CEST": clock zones are short capitals or GMT/UTC offsets.
const ZONE = /^(?:(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5})$/;

/** True when the line is a publication/update time stamp and nothing else. */
export function isStampLine(text: string, words: number): boolean {
  if (words > 16 || words === 0) return false;
  const labelled = PUBLISHED_LABEL.test(text);
  const timed = TIME.test(text);
  if (!labelled && !timed) return false;
  // A stamp says a date; "Updated 09:12" alone does too, when it is labelled.
  if (!statedDate(text) && !(labelled && timed)) return false;
  return onlyStampWords(text);
}

/**
 * [stamp.date-line] True when the line is a full date and nothing else but stamp words ("10.09.2023",
 * "[March 3, 2021]", "Tuesday, 4 May 2021"), with or without a label or clock time: a date line
 * standing alone near the top of a page is when it was published.
 */
export function isDateLine(text: string, words: number): boolean {
  // A numeric date ("10.09.2023") has no word in it: only the upper bound applies.
  if (words > 16) return false;
  return !!statedDate(text) && onlyStampWords(text.replace(/[[\]]/g, ' '));
}

function onlyStampWords(text: string): boolean {
  for (const raw of text.split(SPLIT)) {
    if (!raw) continue;
    const token = raw.replace(/^[.'"]+|[.'"]+$/g, '');
    if (!token) continue;
    if (NUMBER.test(token) || /^\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?$/.test(token) || /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/.test(token)) {
      continue;
    }
    if (/^[+-]\d{1,2}(?::?\d{2})?$/.test(token)) continue;
    // A lone hyphen between the date and its clock time ("02 June 2024 - 21:14") separates, as a dash does.
    if (token === '-') continue;
    if (ZONE.test(token) || ZONE.test(token.toLowerCase())) continue;
    if (STAMP_WORDS.has(token.toLowerCase())) continue;
    return false;
  }
  return true;
}

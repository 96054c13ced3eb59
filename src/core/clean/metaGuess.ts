// Guesses a source's metadata from its own words: the heading above the first paragraph, the
// dateline that opens it, a byline, a stated publication date. Guesses only: the analyst edits.
import type { RemovalReason, SourceMeta } from '../model';
import type { LineFeatures } from './lineFeatures';
import { bylineName } from './lineClassifier';
import { readDateline } from '../dateline';
import { isDateLine, isStampLine, PUBLISHED_LABEL } from './stampLine';
import { statedDate } from './statedDate';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const STARTS_UPPER = /^\p{Lu}/u;

const DATELINE = /^(.{2,48}?)\s+[-–—]{1,2}\s+\S/u;
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/iu;

export interface MetaInput {
  lines: readonly LineFeatures[];
  labels: ReadonlyArray<RemovalReason | null>;
  titleLine: number | null;
  firstParagraph: number | null;
}

export function guessMeta(input: MetaInput, language: string | null): SourceMeta {
  const { lines, labels, titleLine, firstParagraph } = input;
  const opening = firstParagraph === null ? '' : lines[firstParagraph]!.text;
  const prefix = DATELINE.exec(opening)?.[1]?.trim() ?? null;
  return {
    title: titleLine === null ? null : lines[titleLine]!.text,
    outlet: prefix ? outletOfDateline(prefix) : null,
    author: authorOf(lines, labels),
    publishedAt: publishedAtOf(lines, labels, firstParagraph, prefix),
    language,
  };
}

/**
 * "VOV.VN - …" names the outlet; "HANOI (Reuters) - …" names an agency in brackets; "HCMC – …"
 * or "TOKYO — …" is where the story was filed, which is not an outlet.
 */
export function outletOfDateline(prefix: string): string | null {
  if (DOMAIN.test(prefix)) return prefix;
  const bracketed = /\(([^()]{2,40})\)/u.exec(prefix)?.[1]?.trim();
  if (bracketed && !statedDate(bracketed) && STARTS_UPPER.test(bracketed)) return bracketed;
  return null;
}

function authorOf(lines: readonly LineFeatures[], labels: ReadonlyArray<RemovalReason | null>): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (labels[i] !== 'byline') continue;
    const name = bylineName(lines[i]!.text);
    if (name) return name;
  }
  return null;
}

function publishedAtOf(lines: readonly LineFeatures[], labels: ReadonlyArray<RemovalReason | null>, firstParagraph: number | null, prefix: string | null): string | null {
  const guess = statedPublication(lines, firstParagraph, prefix);
  return guess && !contradictedByText(guess.date, lines, labels, guess.own) ? guess.date : null;
}

/**
 * A guessed date, and whether the page states it as its own: in the story's dateline, or on a
 * line that is a date or a publication stamp and nothing else ("02 June 2024 - 21:14"), not a
 * date amid other words (a menu's "Monday, 6 March 2028 | Log in" is the day the page was saved).
 */
interface Guess {
  date: string;
  own: boolean;
}

// How far down the page a dated dateline or a date line standing alone is still the page's own
// date rather than one of a "Related" list's.
const HEAD_LINES = 20;

function statedPublication(lines: readonly LineFeatures[], firstParagraph: number | null, prefix: string | null): Guess | null {
  if (prefix) {
    const d = statedDate(prefix);
    if (d) return { date: d, own: true };
  }
  // A date standing on its own above the article, or a "Published: …" line anywhere near it.
  const limit = firstParagraph ?? Math.min(lines.length, 10);
  for (const l of lines) {
    if (l.blank) continue;
    const inHead = l.index < limit;
    if ((inHead && l.words <= 12) || (PUBLISHED_LABEL.test(l.text) && l.words <= 16)) {
      const d = statedDate(l.text);
      if (d) return { date: d, own: isDateLine(l.text, l.words) || isStampLine(l.text, l.words) };
    }
  }
  // [meta.dateline] "OSLO, 3 May 2021 (NTB) – …", "DENVER, June 5, 2024 /PRNewswire/ -- …" on a
  // line near the top, and [stamp.date-line] a line that is a date and nothing else: the
  // classifier may have taken a line of menu for the first paragraph, so these look past it.
  // NOTE: a dateline without its year ("LIMA, June 20 (AFP) -") gives no publication date here;
  // extraction counts relative dates from it with the year it infers.
  for (const l of lines.slice(0, HEAD_LINES)) {
    if (l.blank) continue;
    const dateline = readDateline(l.text);
    if (dateline?.date.year !== undefined) return { date: isoOf(dateline.date.year, dateline.date.month, dateline.date.day), own: true };
    const d = isDateLine(l.text, l.words) ? statedDate(l.text) : null;
    if (d) return { date: d, own: true };
  }
  return null;
}

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const YEAR = /(?<![\d.,/-])(1[89]\d\d|20\d\d|21\d\d)(?![\d%]|[.,]\d)/g;
// A year after these words, or in a line that speaks of the future, is a plan or a deadline,
// which a story may well be older than.
const TARGET_BEFORE = /\b(?:by|until|till|before|through|towards?)\s+(?:the\s+end\s+of\s+)?$/i;
const FUTURE = /\b(?:will|shall|would|plans?|planned|aims?|targets?|expects?|expected|set\s+to|due\s+to|going\s+to|forecasts?|projected|upcoming|next)\b/i;

/**
 * [meta.contradicted] A guessed publication year that every year the article itself states
 * (two at least) lies far from: two years or more after the latest (a page saved with today's
 * date in its chrome; not for a date the page states as its own, `Guess.own`), or two years or
 * more before the earliest that is not a plan or target ("by 2030", "will open in 2027").
 */
function contradictedByText(guess: string, lines: readonly LineFeatures[], labels: ReadonlyArray<RemovalReason | null>, own: boolean): boolean {
  const year = Number(guess.slice(0, 4));
  let latest = -Infinity;
  let earliest = Infinity;
  let count = 0;
  for (const l of lines) {
    if (l.blank || labels[l.index] || l.words < 6) continue;
    const future = FUTURE.test(l.text);
    YEAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR.exec(l.text)) !== null) {
      const y = Number(m[1]);
      count++;
      latest = Math.max(latest, y);
      if (!future && !TARGET_BEFORE.test(l.text.slice(Math.max(0, m.index - 24), m.index))) earliest = Math.min(earliest, y);
    }
  }
  if (count < 2) return false;
  // A page's own stamp or dateline years after the years its story cites is ordinary (a 2024
  // report recalls 1994 and 2019); only a date amid other words is taken for the day of saving.
  return (!own && year >= latest + 2) || (Number.isFinite(earliest) && year <= earliest - 2);
}

// [project.day] A source that states no publication date, in a project of sources that do: when
// every full date its own text states (day, month and year written out) lies within a few days of
// the other sources' publication dates, its text belongs to the same days, and its latest such date
// is the day its relative dates count from. The day is an inference: it is stored apart from the
// publication date (which stays unknown), and the values it dates are marked inferred.
import { findDates } from './dates';
import { Taken, type Found } from './found';
import { splitUnits } from './segment';

/** How far, in days, a source's own dates may lie from the nearest other source's date. */
export const PROJECT_DAY_WINDOW = 3;

const DAY = 86_400_000;

function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY : undefined;
}

/** The full dates ("6 May 2021", "2021-05-06") the text itself states, as YYYY-MM-DD. */
export function statedDays(text: string): string[] {
  const days: string[] = [];
  for (const unit of splitUnits(text)) {
    const sentence = text.slice(unit.start, unit.end);
    if (!/\d{4}/.test(sentence)) continue;
    const found: Found[] = [];
    findDates(sentence, unit.start, text, new Taken(), found);
    for (const f of found) {
      const p = f.date?.from;
      if (f.type !== 'date' || p?.year === undefined || p.month === undefined || p.day === undefined) continue;
      days.push(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`);
    }
  }
  return days;
}

/**
 * The day an undated source's relative dates count from, given the other sources' publication
 * dates (YYYY-MM-DD; others are ignored), or undefined when its text states no full date or one far
 * from theirs.
 */
export function dayFromProject(text: string, otherDays: readonly string[]): string | undefined {
  const others = otherDays.map(dayNumber).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
  if (!others.length) return undefined;
  const own = statedDays(text);
  if (!own.length) return undefined;
  let latest: string | undefined;
  for (const day of own) {
    const n = dayNumber(day)!;
    if (!others.some((o) => Math.abs(o - n) <= PROJECT_DAY_WINDOW)) return undefined;
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

// [project.year] A source that states no year at all and has no publication date ("from April 27
// to 29", nothing more) dates its year-less dates with the year the project's other sources
// inferred for theirs, where a clear majority of them agree (two sources at least, and two thirds
// of those that inferred a year): sources imported together are mostly about the same days. The
// year is an inference and its dates are marked so.

/** Whether a text names no year (nothing that reads as 1900–2099). */
export function statesNoYear(text: string): boolean {
  return !/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(text);
}

/** How many of the sources that inferred a year must share it. */
export const PROJECT_YEAR_SHARE = 2 / 3;

/**
 * The year most other sources inferred for their year-less dates, or undefined where fewer than
 * two do or they disagree. `inferredYears` holds, per other source, the years of its inferred dates.
 */
export function yearFromProject(inferredYears: ReadonlyArray<readonly number[]>): number | undefined {
  const votes = new Map<number, number>();
  let voters = 0;
  for (const years of inferredYears) {
    if (!years.length) continue;
    voters++;
    // A source's own vote: the year most of its inferred dates fall in.
    const own = new Map<number, number>();
    for (const y of years) own.set(y, (own.get(y) ?? 0) + 1);
    const mine = [...own].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0]![0];
    votes.set(mine, (votes.get(mine) ?? 0) + 1);
  }
  const best = [...votes].sort((x, y) => y[1] - x[1])[0];
  if (!best || best[1] < 2 || best[1] < voters * PROJECT_YEAR_SHARE) return undefined;
  return best[0];
}

// [project.story-day] A source that states no publication date and no full date of its own ("late
// Friday", "on Sunday" and nothing more), in a project whose dated sources were all published
// within a few days of each other, belongs to those days when it tells their story: most of the
// people, places and bodies it names are named by them too. Its relative dates then count from
// the latest of their days (a weekday reads the same from any day of that short span), marked
// inferred like every project day. A source that states a year after that day is not of those
// days, whatever it names.

/** How many names the source must share with the project's dated sources, at least. */
export const STORY_DAY_SHARED_NAMES = 3;
/** And what share of its own names that must be. */
export const STORY_DAY_SHARE = 1 / 2;

export interface DatedNames {
  /** The source's publication day, YYYY-MM-DD. */
  readonly day: string;
  /** The keys of the people, places and bodies its facts name. */
  readonly names: ReadonlySet<string>;
}

/**
 * The day an undated source's relative dates count from, when it tells the story of the project's
 * dated sources (see [project.story-day]); undefined when their days span more than
 * PROJECT_DAY_WINDOW, when it shares too few names, or when it states a later year.
 */
export function storyDay(text: string, names: ReadonlySet<string>, dated: readonly DatedNames[]): string | undefined {
  const days = dated.map((d) => dayNumber(d.day)).filter((n): n is number => n !== undefined);
  if (!days.length || !names.size) return undefined;
  if (Math.max(...days) - Math.min(...days) > PROJECT_DAY_WINDOW) return undefined;
  const latest = dated.reduce((a, b) => (b.day > a ? b.day : a), dated[0]!.day);
  const theirs = new Set(dated.flatMap((d) => [...d.names]));
  let shared = 0;
  for (const n of names) if (theirs.has(n)) shared++;
  if (shared < STORY_DAY_SHARED_NAMES || shared < names.size * STORY_DAY_SHARE) return undefined;
  const year = Number(latest.slice(0, 4));
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) if (Number(m[1]) > year) return undefined;
  return latest;
}

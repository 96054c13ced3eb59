// What Attaché knows of one language, in one object: how it writes numbers and dates, its scale
// words, the words its page stamps are made of, and the words that tell it from other languages.
// Packs are data only (no code), so a reader compiles what it needs once, at module load.
import type { ActionClass } from './en/actions';

/** A year as sources write one in a date: 1500–2100. Regex source with one group. */
export const YEAR = '(1[5-9]\\d\\d|20\\d\\d|2100)';

/**
 * A date form of a language's own that the English grammar does not read ("ngày 27/11/2023").
 * `re` is global and Unicode; the numbers name its capture groups.
 */
export interface DatePattern {
  re: RegExp;
  day?: number;
  month: number;
  year?: number;
}

/** The words of a page's publication or update stamp ("Publié le 28 octobre 2025 à 10h15"). */
export interface StampWords {
  /** Labels that open a stamp ("published", "mis à jour"): the line is metadata. */
  labels: readonly string[];
  /** Other words a stamp may hold besides its numbers, month and weekday names ("le", "um", "uhr"). */
  words: readonly string[];
}

/** A writing system: its code-point ranges, inclusive, and the share of letters that names the language. */
export interface Script {
  ranges: ReadonlyArray<readonly [number, number]>;
  share: number;
}

/** English's event vocabulary (lang/en): what clauses say happened, and the words that carry no event. */
export interface EventWords {
  actions: readonly ActionClass[];
  thingSynonyms: Readonly<Record<string, string>>;
  negations: readonly string[];
  planMarkers: readonly string[];
  stopWords: ReadonlySet<string>;
}

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /** The pack that fills the fields this one leaves out: 'en' for every pack but English's own (null). */
  inherits: string | null;
  /**
   * Writes a decimal comma and groups thousands with points or spaces ("46,2", "1.250.000"):
   * a source in it has its numbers rewritten the English way before the value grammar reads them.
   */
  decimalComma?: boolean;
  /** Twelve month names, January first; "a|b" are two spellings of one month. Lower case. */
  months?: readonly string[];
  /** Twelve abbreviated month names, read wherever the full ones are. */
  monthsShort?: readonly string[];
  /** Scale words after a number, with the power of ten they multiply it by ("milliards" → 9). */
  scaleWords?: Readonly<Record<string, number>>;
  /** Writes a day as "3." before a month name ("am 3. Oktober"): that point ends no sentence. */
  dayPoint?: boolean;
  /** Date forms of its own, read in every source that writes a decimal comma (extract/locale.ts). */
  datePatterns?: readonly DatePattern[];
  /** Weekday names, lower case, as single words ("lundi", "mon"). */
  weekdays?: readonly string[];
  /** Small words a bare date line holds between its parts ("6 de diciembre", "the 6th of"). */
  dateWords?: readonly string[];
  /** Its page stamps: where set, cleaning reads its stamps and the dates they state. */
  stamp?: StampWords;
  /** Its commonest words: they tell its text from other languages' and weigh its lines in cleaning. */
  detectionWords?: readonly string[];
  /** A writing system that names it (clean/language.ts): code-point ranges, and the share of a text's letters in them that does. */
  script?: Script;
  /** What clauses say happened (English only: event grouping reads English). */
  events?: EventWords;
}

/**
 * A pack with its inheritance resolved: every field is there, from the pack or from English, but
 * its script, which names one language only and so is never inherited.
 */
export type ResolvedPack = Required<Omit<LanguagePack, 'inherits' | 'script'>> & Pick<LanguagePack, 'inherits' | 'script'>;

// Month names as the languages Attaché reads write them, one table for every part that reads
// dates: cleaning's stated dates and time stamps, extraction's dates in other languages, and
// segmentation (a German "3." before a month is a day, not a sentence end). The names are the
// language packs' (lang/<code>/index.ts); each reader names the languages it reads.
import { ownPack } from './lang';

/**
 * Lower-case month name → month number (1–12), over the languages named: each pack's own month
 * names and abbreviations (not inherited ones), January first; "a|b" are two spellings.
 */
export function monthNumbers(codes: readonly string[]): Readonly<Record<string, number>> {
  const table: Record<string, number> = {};
  for (const code of codes) {
    const pack = ownPack(code);
    for (const list of [pack?.months, pack?.monthsShort]) {
      list?.forEach((month, i) => {
        for (const name of month.split('|')) table[name] = i + 1;
      });
    }
  }
  return table;
}

/** A regex alternation of the table's names, longest first (so "juni" is not read as "jun"). */
export function monthAlternation(table: Readonly<Record<string, number>>): string {
  return Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

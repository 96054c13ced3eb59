// Month names as the languages Attaché reads write them, one table for every part that reads
// dates: cleaning's stated dates and time stamps, extraction's dates in other languages, and
// segmentation (a German "3." before a month is a day, not a sentence end).

// Twelve names per line, January first; "a|b" are two spellings of one month.
const MONTH_LISTS = {
  en: 'january february march april may june july august september october november december',
  enShort: 'jan feb mar apr may jun jul aug sep oct nov dec',
  fr: 'janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre décembre|decembre',
  de: 'januar|jänner februar märz|maerz april mai juni juli august september oktober november dezember',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre',
  pt: 'janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro dezembro',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
  id: 'januari februari maret april mei juni juli agustus september oktober november desember',
} as const;

export type MonthList = keyof typeof MONTH_LISTS;

/** Lower-case month name → month number (1–12), over the lists named. */
export function monthNumbers(lists: readonly MonthList[]): Readonly<Record<string, number>> {
  const table: Record<string, number> = {};
  for (const list of lists) {
    MONTH_LISTS[list].split(' ').forEach((month, i) => {
      for (const name of month.split('|')) table[name] = i + 1;
    });
  }
  return table;
}

/** A regex alternation of the table's names, longest first (so "juni" is not read as "jun"). */
export function monthAlternation(table: Readonly<Record<string, number>>): string {
  return Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

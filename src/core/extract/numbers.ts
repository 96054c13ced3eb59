// Numbers as news wires write them: "46.2", "520,000", "seven", "twenty-five", with a scale
// word ("billion", "bn"). Canonical numbers are plain decimal strings computed without floating
// point, so "US$46.2 billion" is exactly "46200000000".
import { SCALE_WORDS } from '../lang';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

// Scale words → the power of ten they multiply by, of every language pack (see SCALE_WORDS).
export const SCALES: Record<string, number> = SCALE_WORDS;

/** Regex source for a number word: "seven", "twenty-five", "twelve". */
export const NUMBER_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

/** Regex source for a written number: "520,000", "46.2", "1.000"? no: commas group thousands. */
export const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';

/**
 * Regex source for a scale word after a number: the words of SCALES, longest first, but the
 * one-letter suffixes ("$5m", "3b", "10k"), which only money reads, glued to its number.
 */
export const SCALE_WORD = `(?:${Object.keys(SCALES)
  .filter((word) => word.length > 1)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/\./g, '\\.').replace(/ /g, '\\s'))
  .join('|')})(?![A-Za-z0-9_À-ỹ])`;

export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const [tens, unit] = w.split('-');
  if (tens && unit && tens in TENS && unit in UNITS) return TENS[tens]! + UNITS[unit]!;
  return undefined;
}

/** "46.2" × 10^9 → "46200000000"; "2.70" → "2.7". Works on the digit string, not on floats. */
export function scaleDecimal(digits: string, exponent: number): string {
  const clean = digits.replace(/,/g, '');
  const [intPart = '0', fracPart = ''] = clean.split('.');
  let intDigits = intPart;
  let frac = fracPart;
  if (exponent > 0) {
    const moved = frac.slice(0, exponent).padEnd(exponent, '0');
    intDigits += moved;
    frac = frac.slice(exponent);
  }
  intDigits = intDigits.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${intDigits}.${frac}` : intDigits;
}

/** A number token (digits or words) with an optional scale word → canonical decimal string. */
export function canonicalNumber(numberText: string, scale?: string): string | undefined {
  const exponent = scale ? (SCALES[scale.toLowerCase().replace(/\s+/g, ' ')] ?? 0) : 0;
  if (/^\d/.test(numberText)) return scaleDecimal(numberText, exponent);
  const value = numberWordValue(numberText);
  if (value === undefined) return undefined;
  return scaleDecimal(String(value), exponent);
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, hundredth: 100,
};

export const ORDINAL_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|hundredth)';

/** "third" → 3, "21st" → 21, "14TH" → 14. */
export function ordinalValue(text: string): number | undefined {
  const t = text.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[t];
}

/**
 * Plural nouns of occasions: a year before one dates it ("the 1994 elections", "the 2019 talks"),
 * where before other plurals it may count ("2000 workers"). Read by the count and date scanners alike.
 */
export const OCCASION = /^(?:elections|polls|games|talks|negotiations|protests|riots|floods|attacks|summits|celebrations|commemorations|hearings|midterms|primaries)$/;

// Money: "US$46.2 billion", "$5m", "€3 bn", "100 billion yen (US$672 million)", "VND10 trillion".
import { canonicalNumber, DIGITS, NUMBER_WORD, SCALE_WORD } from './numbers';
import { qualifierBefore, scan, type Found, type Taken } from './found';

const SYMBOLS: Record<string, string> = {
  $: 'USD', 'US$': 'USD', 'U.S.$': 'USD', S$: 'SGD', A$: 'AUD', C$: 'CAD', HK$: 'HKD', NZ$: 'NZD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₫': 'VND', '₩': 'KRW', '₹': 'INR', RMB: 'CNY',
  Rp: 'IDR', 'Rp.': 'IDR', RM: 'MYR', R$: 'BRL', '₱': 'PHP', '₺': 'TRY', '₦': 'NGN', '฿': 'THB', '₽': 'RUB',
};
/** Currency codes the money grammar reads, as a regex alternation. */
export const ISO_CODES =
  'USD|EUR|GBP|JPY|VND|CNY|RMB|KRW|INR|THB|SGD|AUD|CAD|HKD|CHF|IDR|MYR|PHP|TWD|RUB|BRL|ZAR|NZD|LAK|KHR|MMK|SEK|NOK|DKK|AED|SAR|NGN|TRY|ILS|UAH|EGP|PKR|BDT|MXN|ARS|CLP|COP|PEN|KES|ETB|QAR|KWD';
// Currency words after an amount, as regex sources: one table for the grammar and for the code.
const CURRENCY_WORDS: Array<[string, string]> = [
  ['U\\.?S\\.?\\s?dollars?', 'USD'], ['dollars?', 'USD'], ['d[oó]lares', 'USD'], ['yen', 'JPY'], ['euros?', 'EUR'],
  ['pounds\\ssterling', 'GBP'], ['dong', 'VND'], ['yuan|renminbi', 'CNY'], ['won', 'KRW'], ['rupees?', 'INR'],
  ['baht', 'THB'], ['ringgit', 'MYR'], ['roubles|rubles', 'RUB'], ['Swiss\\sfrancs', 'CHF'], ['pesos', 'PHP'],
  ['rupiah', 'IDR'], ['naira', 'NGN'], ['rand', 'ZAR'], ['lira', 'TRY'], ['dirhams?', 'AED'], ['riyals?', 'SAR'],
  ['shekels?', 'ILS'], ['hryvnias?', 'UAH'],
];
const WORDS = CURRENCY_WORDS.map(([word, code]) => [new RegExp(`^(?:${word})$`, 'i'), code] as const);

// NOTE: a bare "$" is read as US dollars and "¥" as yen; the analyst sees the surface next to it.
const PREFIXED = new RegExp(
  `(US\\s?\\$|U\\.S\\.\\s?\\$|S\\$|A\\$|C\\$|HK\\$|NZ\\$|R\\$|\\$|€|£|¥|₫|₩|₹|₱|₺|₦|฿|₽|\\bRp\\.?|\\bRM|\\b(?:${ISO_CODES})\\b)\\s?(${DIGITS})(?:\\s?(${SCALE_WORD})|(m|bn|b|k)\\b)?`,
  'g',
);
const SUFFIXED = new RegExp(
  `\\b(${DIGITS}|${NUMBER_WORD})(?:\\s(${SCALE_WORD}))?\\s(?:de\\s|d['’])?(${CURRENCY_WORDS.map(([word]) => word).join('|')}|${ISO_CODES})\\b`,
  'gi',
);

function currencyOf(symbol: string): string | undefined {
  const s = symbol.replace(/\s/g, '');
  if (SYMBOLS[s]) return SYMBOLS[s];
  if (/^[A-Z]{3}$/.test(s)) return s === 'RMB' ? 'CNY' : s;
  for (const [re, code] of WORDS) if (re.test(symbol)) return code;
  return undefined;
}

export function findMoney(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  const found: Found[] = [];
  scan(PREFIXED, sentence, base, taken, found, (m, start, end) => {
    const code = currencyOf(m[1]!);
    const amount = canonicalNumber(m[2]!, m[3] ?? m[4]);
    if (!code || amount === undefined) return undefined;
    return { type: 'money', canonical: `${amount} ${code}`, start, end, qualifier: qualifierBefore(source, start) };
  });
  scan(SUFFIXED, sentence, base, taken, found, (m, start, end) => {
    const code = currencyOf(m[3]!);
    const amount = canonicalNumber(m[1]!, m[2]);
    if (!code || amount === undefined) return undefined;
    return { type: 'money', canonical: `${amount} ${code}`, start, end, qualifier: qualifierBefore(source, start) };
  });
  found.sort((a, b) => a.start - b.start);
  // "100 billion yen (US$672 million)": the bracketed amount converts the one before it.
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1]!;
    const cur = found[i]!;
    const between = source.slice(prev.end, cur.start);
    const currencies = [prev.canonical.split(' ')[1], cur.canonical.split(' ')[1]];
    if (currencies[0] !== currencies[1] && between.length < 30 && /^\s*(?:\(|,|or)\s*(?:about|approximately|around|roughly|nearly|some|or|equivalent to|~)?\s*$/i.test(between)) {
      cur.conversionOf = prev.conversionOf ?? prev;
    }
  }
  for (const f of found) {
    if (!f.qualifier) delete f.qualifier;
    out.push(f);
  }
}

// Ranks and ordinals: "the third-largest investor" → #3, "Vietnam's largest ODA donor" → #1,
// "the top partner" → #1, "ranking third among" → #3; "50th anniversary" → 50, "21st century" → 21.
import { ORDINAL_WORD, ordinalValue } from './numbers';
import { scan, type Found, type Taken } from './found';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const WORD_AFTER_DASH_OR_SPACE = /^[\s-]+\p{L}/u;
const RANK_LEAD = /^(?:the|its|their|his|her|our|this)\s+|^\p{L}['’]s\s+/iu;
const POSSESSIVE_START = /^\p{L}['’]s/u;
const WORD_AFTER_SPACE = /^\s+\p{L}/u;

const SUPERLATIVE = new RegExp(
  `(?:\\b(?:the|its|their|his|her|our|this)|\\p{L}['’]s)\\s+(?:(${ORDINAL_WORD}|\\d{1,3}(?:st|nd|rd|th))[-\\s])?(largest|biggest|top|highest|No\\.\\s?1|number[-\\s]one)(?![\\p{L}\\d-])`,
  'giu',
);
const RANKED = new RegExp(
  `\\brank(?:s|ed|ing)?\\s+(?:as\\s+)?(?:the\\s+)?(${ORDINAL_WORD}|\\d{1,3}(?:st|nd|rd|th)|No\\.\\s?\\d{1,3}|number\\s+\\d{1,3})\\b(?![-\\s](?:largest|biggest|highest))`,
  'giu',
);
const ORDINAL_DIGITS = /(?<![\w.,-])(\d{1,4})(st|nd|rd|th)\b/gi;
const ORDINAL_WORDS = new RegExp(
  `(?:\\b(?:the|its|their|his|her|our|this|a)|\\p{L}['’]s)\\s+(${ORDINAL_WORD})\\b(?![-\\s](?:largest|biggest|highest|top))`,
  'giu',
);

// What ORDINAL_WORDS cannot match without (its flags too): most sentences name no ordinal word.
const MAY_NAME_ORDINAL = new RegExp(ORDINAL_WORD, 'iu');

// "one of the largest" is not a rank.
const NOT_A_RANK = /\b(?:one|some|two|three|several|few|many|each)\s+of\s+(?:the\s+|\p{L}+['’]s\s+)?$|\bamong\s+(?:the\s+)?$/iu;

export function findRanks(sentence: string, base: number, source: string, taken: Taken, out: Found[]): void {
  scan(SUPERLATIVE, sentence, base, taken, out, (m, start, end) => {
    const [whole, ordinal, word] = m;
    const after = sentence.slice(m.index + whole.length, m.index + whole.length + 16);
    // "the top of", "the top 10": not a rank of the thing.
    if (/^\s+(?:of|\d)/i.test(after) || !WORD_AFTER_DASH_OR_SPACE.test(after)) return undefined;
    const lead = RANK_LEAD.exec(whole)?.[0] ?? '';
    const begin = start + lead.length;
    // For a possessive the match starts inside the owner's name: look before the whole word.
    const wordStart = POSSESSIVE_START.test(lead) ? source.lastIndexOf(' ', start) + 1 : start;
    if (NOT_A_RANK.test(source.slice(Math.max(0, wordStart - 40), wordStart))) return undefined;
    const n = ordinal ? ordinalValue(ordinal) : 1;
    if (!n || !word) return undefined;
    return { type: 'rank', canonical: `#${n}`, start: begin, end };
  });
  scan(RANKED, sentence, base, taken, out, (m, start, end) => {
    const raw = m[1]!;
    const digits = /(\d+)/.exec(raw)?.[1];
    const n = ordinalValue(raw) ?? (digits ? Number(digits) : undefined);
    if (!n) return undefined;
    const at = start + m[0].length - raw.length;
    return { type: 'rank', canonical: `#${n}`, start: at, end };
  });
}

export function findOrdinals(sentence: string, base: number, _source: string, taken: Taken, out: Found[]): void {
  scan(ORDINAL_DIGITS, sentence, base, taken, out, (m, start, end) => {
    const n = ordinalValue(m[0]);
    if (!n) return undefined;
    return { type: 'ordinal', canonical: String(n), start, end };
  });
  if (MAY_NAME_ORDINAL.test(sentence)) scan(ORDINAL_WORDS, sentence, base, taken, out, (m, start, end) => {
    const word = m[1]!;
    if (word.toLowerCase() === 'first') return undefined; // "first" is a claim of its own (see statements)
    const n = ordinalValue(word);
    if (!n) return undefined;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!WORD_AFTER_SPACE.test(after)) return undefined;
    // "a third of global emissions", "a fifth of the budget": a share, not a place in a series.
    if (/^a\s/i.test(m[0]) && /^\s+of\b/i.test(after)) return undefined;
    return { type: 'ordinal', canonical: String(n), start: end - word.length, end };
  });
}

// Acronyms the texts teach. "the Independent Electoral Commission (IEC)" makes "IEC" the body's
// other name in that source; "memorandums of understanding (MoUs)" makes "MoU" a thing's other
// name (no entity, but grouping may fold it). And capitals a source uses as a name ("the EFF won
// 39 seats") are a body even where no long form is given, unless they are a currency, a unit, a
// measure or a word written in capitals.
import { ISO_CODES } from '../extract/money';
import { STOP_WORDS } from '../lang/en/stopwords';
import { bodyForm, knownPlace, ORGANISATION_CUES } from './lexicon';
import { adjacent, tokenize, type Token } from './tokens';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const HAS_UPPER = /\p{Lu}/u;

export interface AcronymDefinition {
  /** As written, plural "s" dropped: "MoU" for "(MoUs)". */
  acronym: string;
  /** The long form as written at its first definition. */
  long: string;
  /** bodyForm(long): how later mentions of the long form are met. */
  form: string;
  start: number;
  end: number;
  /** A capitalised name is a body (or a place); a long form in lower case, or headed by a thing word, is a thing. */
  kind: 'organisation' | 'place' | 'thing';
}

export const ACRONYM_RULES = {
  'acronym.definition': 'an acronym in brackets right after words whose initials spell it names what those words name',
  'acronym.name': 'a word of 2–6 capitals standing alone in running text is a body, unless it is a currency, a unit, a measure or a word in capitals',
} as const;

// "(IEC)", "(MoUs)", "(IoT)": two capitals at least, and at least half the letters capitals.
const BRACKETED = /\(([A-Z][A-Za-z]{1,6})\)/g;
// Small words a long form may hold that its acronym usually leaves out ("Association of Southeast Asian Nations").
const SKIPPABLE = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'del', 'y', 'et', 'und', '&']);
// Head words of names that are things, not bodies: agreements, programmes, measures.
const THING_HEADS = new Set([
  'agreement', 'agreements', 'partnership', 'treaty', 'act', 'law', 'bill', 'program', 'programme', 'plan', 'strategy',
  'initiative', 'assistance', 'product', 'index', 'zone', 'area', 'system', 'project', 'policy', 'framework', 'standard',
  'things', 'protocol', 'scheme', 'rate', 'tax', 'vehicle', 'vehicles', 'intelligence', 'investment', 'understanding',
]);

/** Units, measures and common nouns written in capitals: never a body's name. */
const NOT_NAMES = new Set(
  (
    ISO_CODES.split('|').join(' ') +
    ' GDP GNP GNI CPI PPP FDI ODA CEO CFO COO CTO MD MP MPS MEP MLA MOU MOA MOUS AI IT ICT IOT TV PC ID PIN SIM SMS GPS PDF' +
    ' URL FAQ IPO ETF VAT GST NGO NGOS SME SMES LNG LPG CNG EV EVS HIV AIDS TB DNA RNA COVID SARS MERS PCR ICU OK AM PM' +
    ' GMT UTC BST EST EDT PST PDT CET CEST IST SAST WAT EAT CAT JST KST HKT SGT AEST AD BC BCE CE FY YTD YOY QOQ' +
    ' MW GW KW TW KWH MWH GWH TWH KV KM KG MG ML CM MM NM MPH KPH KMH PPM PPB HP BBL BPD TEU TEUS GB MB KB TB GHZ MHZ' +
    ' USB LED LCD RSVP ASAP FYI CV PHD MBA BA BSC MSC LLB NB PS PTO OTC ESG AGM EGM UAV UAVS ICBM MR MRS MS DR VS ETC' +
    // Words of page furniture and emphasis, written in capitals.
    ' BREAKING NEWS LIVE UPDATE UPDATED WATCH READ MORE NOTE PHOTO PHOTOS VIDEO VIDEOS EXCLUSIVE OPINION ANALYSIS' +
    ' EDITOR SPONSORED ADVERT ADS SHARE TOP HOME MENU LOGIN SIGN FREE ALERT URGENT FLASH FILE LISTEN WARNING HELP' +
    ' CLICK HERE EMAIL PRINT SAVE COPY LINK END YES TAGS FULL STORY LATEST RELATED TRENDING'
  ).split(/\s+/),
);
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
const CAPITALS = /^[A-Z]{2,6}$/;

function capitalRatioOk(acronym: string): boolean {
  let caps = 0;
  for (const c of acronym) if (c >= 'A' && c <= 'Z') caps++;
  return caps >= 2 && caps * 2 >= acronym.length;
}

/** The singular of a bracketed acronym: "MoUs" → "MoU", "NGOs" → "NGO"; "IEC" stays. */
export function singularAcronym(raw: string): string {
  return raw.length > 2 && raw.endsWith('s') && capitalRatioOk(raw.slice(0, -1)) ? raw.slice(0, -1) : raw;
}

/**
 * Match the acronym's letters, last to first, to the initials of the words before the bracket
 * (a hyphenated word gives one initial or one per part; small words may be skipped). Returns the
 * index of the long form's first word, or -1.
 */
function matchInitials(letters: string, li: number, words: readonly Token[], wi: number): number {
  if (li < 0) return wi + 1;
  if (wi < 0) return -1;
  const lower = words[wi]!.lower;
  const parts = lower.split('-');
  if (parts.length > 1 && li + 1 >= parts.length) {
    const initials = parts.map((p) => p[0]).join('');
    if (letters.slice(li - parts.length + 1, li + 1) === initials) {
      const r = matchInitials(letters, li - parts.length, words, wi - 1);
      if (r >= 0) return r;
    }
  }
  if (lower[0] === letters[li]) {
    const r = matchInitials(letters, li - 1, words, wi - 1);
    if (r >= 0) return r;
  }
  return SKIPPABLE.has(lower) ? matchInitials(letters, li, words, wi - 1) : -1;
}

/** Every "Long Form (ACR)" of a text, first definition of each acronym only. */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const seen = new Set<string>();
  BRACKETED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKETED.exec(text)) !== null) {
    const acronym = singularAcronym(m[1]!);
    if (!capitalRatioOk(acronym) || seen.has(acronym)) continue;
    // The long form stands on the same line, after the last punctuation that could end a phrase.
    let from = m.index;
    while (from > 0 && m.index - from < 160 && !/[\n,;:()."“”!?]/.test(text[from - 1]!)) from--;
    const words = tokenize(text.slice(from, m.index), from);
    if (!words.length || !/^\s*$/.test(text.slice(words[words.length - 1]!.end, m.index))) continue;
    if (!words.every((w, k) => k === 0 || adjacent(text, words[k - 1]!, w))) {
      // Only the run of words joined by spaces that ends at the bracket.
      let k = words.length - 1;
      while (k > 0 && adjacent(text, words[k - 1]!, words[k]!)) k--;
      words.splice(0, k);
    }
    const letters = acronym.toLowerCase();
    if (SKIPPABLE.has(words[words.length - 1]!.lower)) continue;
    const first = matchInitials(letters, letters.length - 1, words, words.length - 1);
    if (first < 0 || SKIPPABLE.has(words[first]!.lower)) continue;
    const longWords = words.slice(first);
    const start = longWords[0]!.start;
    const end = longWords[longWords.length - 1]!.end;
    const long = text.slice(start, end);
    seen.add(acronym);
    out.push({ acronym, long, form: bodyForm(long), start, end, kind: kindOf(acronym, long, longWords) });
  }
  return out;
}

function kindOf(acronym: string, long: string, words: readonly Token[]): AcronymDefinition['kind'] {
  const content = words.filter((w) => !SKIPPABLE.has(w.lower));
  if (!content.every((w) => w.capital)) return 'thing';
  if (knownPlace(long)) return 'place';
  if (NOT_NAMES.has(acronym.toUpperCase())) return 'thing';
  const head = content[content.length - 1]!.text.toLowerCase();
  return THING_HEADS.has(head) && !ORGANISATION_CUES.has(head) ? 'thing' : 'organisation';
}

/**
 * What each acronym of the text stands for, folded: "MoU" → "memorandums of understanding".
 * Things as well as bodies, so that grouping can fold "the MoU" and "the memorandum".
 */
export function aliasesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of acronymDefinitions(text)) out.set(d.acronym, d.form);
  return out;
}

function capsWord(t: Token | undefined): boolean {
  return !!t && t.text.length >= 2 && t.text === t.text.toUpperCase() && HAS_UPPER.test(t.text);
}

/**
 * The token stands among other words in capitals (a headline, a byline, a shouted phrase):
 * none of its capitals is read as an acronym.
 */
export function inCapitalsRun(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (capsWord(prev) && adjacent(text, prev!, t)) || (capsWord(next) && adjacent(text, t, next!));
}

/** Whether the capitals at tokens[i] are used as a body's name (rule `acronym.name`). */
export function isNameAcronym(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!CAPITALS.test(t.text) || NOT_NAMES.has(t.text) || STOP_WORDS.has(t.lower) || ROMAN.test(t.text)) return false;
  if (knownPlace(t.text) || inCapitalsRun(text, tokens, i)) return false;
  // "(AP)", "(CN)" that define nothing: a wire's credit or an aside, not a name the story uses.
  if (text[t.start - 1] === '(' && text[t.end] === ')') return false;
  // "LIMA, Peru —", "DAKAR (Reuters) -": a dateline's place at the start of a line.
  const lineStart = t.start === 0 || text[t.start - 1] === '\n';
  return !(lineStart && /^(?:,|\s*\(|\s+[-–—])/.test(text.slice(t.end, t.end + 3)));
}

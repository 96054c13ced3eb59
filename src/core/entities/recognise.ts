// People, places and organisations: capitalised runs typed by cues (titles before a person's
// name, organisation words, the lexicon of countries), with aliases folded inside one source:
// diacritics ("Tô Lâm"/"To Lam"), name order ("Ishiba Shigeru"/"Shigeru Ishiba") and later
// partial mentions ("Prime Minister Fumio", "President Thuong") resolved to the full name.
import type { Entity } from '../model';
import { foldText, nameKey } from './fold';
import { acronymDefinitions, inCapitalsRun, isNameAcronym, singularAcronym } from './acronyms';
import { bodyForm, knownBodyKey, knownPlace, MAX_PLACE_WORDS, startsPlaceName, ORGANISATION_ACRONYMS, ORGANISATION_CUES, PERSON_TITLES } from './lexicon';
import { adjacent, tokenize, type Token } from './tokens';

export interface Mention {
  start: number;
  end: number;
  entity: Entity;
}

export interface Registry {
  persons: Map<string, Entity>;
  /** Folded single name token → person key, only where one person of the source has it. */
  byToken: Map<string, string>;
  /** Every folded word of every person's name: a mention starts with one. */
  parts: Set<string>;
  /** The source's tokens, so each unit's mentions need not tokenize it again. */
  tokens: Token[];
  /** The text those tokens are of. */
  text: string;
  /** Acronyms the source defines as a body's or a place's ("IEC" → the commission), as written. */
  acronyms: Map<string, Entity>;
  /** Those bodies' long forms, by bodyForm: a later "Independent Electoral Commission" is the same entity. */
  longForms: Map<string, Entity>;
  /** Folded first words of those long forms: a cheap test before longer look-ups. */
  longFirst: Set<string>;
  /** Acronyms the source defines as things ("MoU"): never a body. */
  things: Set<string>;
}

/** The longest long form, in words, a definition may give. */
const MAX_LONG_WORDS = 10;

const TITLE_WORDS = PERSON_TITLES.map((t) => t.split(/\s+/));
const MAX_TITLE_WORDS = Math.max(...TITLE_WORDS.map((t) => t.length));
const TITLE_SET = new Set(PERSON_TITLES as readonly string[]);
// Capitalised words that start sentences or name things but never a person.
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their',
  'in', 'on', 'at', 'of', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'during', 'after', 'before',
  'both', 'all', 'many', 'some', 'meanwhile', 'currently', 'today', 'however', 'also', 'said', 'says', 'mr', 'ms',
]);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'la', 'des', 'van', 'von']);

/** The titles word by word: each word's node holds the words that may follow it, and whether a title ends there. */
interface TitleNode {
  next: Map<string, TitleNode>;
  ends: boolean;
}
const TITLE_TRIE: TitleNode = { next: new Map(), ends: false };
for (const title of PERSON_TITLES) {
  // As the titles are looked up: their words, as the set joins them (`TITLE_SET`).
  let node = TITLE_TRIE;
  for (const w of title.split(' ')) {
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = { next: new Map(), ends: false }));
    node = child;
  }
  node.ends = true;
}

function titleAt(tokens: Token[], i: number): number {
  // Longest title starting at token i; returns how many tokens it spans (0 if none).
  // NOTE: walked word by word down the titles, not by joining the next words for each length.
  let node = TITLE_TRIE.next.get(tokens[i]!.lower);
  if (!node) return 0;
  let longest = node.ends ? 1 : 0;
  for (let len = 2; len <= Math.min(MAX_TITLE_WORDS, tokens.length - i); len++) {
    node = node.next.get(tokens[i + len - 1]!.lower);
    if (!node) break;
    if (node.ends) longest = len;
  }
  if (!longest) return 0;
  // Lower-case titles other than the few that are written so ("lawmaker") need a capital.
  const first = tokens[i]!;
  if (!first.capital && !/^(lawmaker|parliamentarian|legislator|spokesperson|spokesman|spokeswoman|envoy|minister|ambassador|president|professor|chairman|prime)$/.test(first.lower)) return 0;
  return longest;
}

function isNameToken(t: Token): boolean {
  return t.capital && !NOT_NAMES.has(t.lower) && !ORGANISATION_CUES.has(t.lower) && !/\d/.test(t.text) && t.text !== t.text.toUpperCase();
}

// Small words inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Abdel Fattah
// al-Sisi"): part of the name when a name word stands on both sides.
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'das', 'dos', 'do', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el']);
// A regnal or family number after a name: "Mohammed VI", "Charles III".
const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/**
 * The capitalised run of name tokens starting at i (spaces only between them), at most 4 name
 * words. A run that meets another title is an office, not a name ("Deputy National Security
 * Adviser Jan Kovac": the name is the later title's), and gives nothing.
 */
function nameRun(text: string, tokens: Token[], i: number): Token[] {
  const run: Token[] = [];
  let names = 0;
  for (let j = i; j < tokens.length && names < 4; j++) {
    const t = tokens[j]!;
    if (run.length > 0 && !adjacent(text, run[run.length - 1]!, t)) break;
    const lower = t.lower;
    if (names > 0 && PARTICLES.has(lower) && !t.capital) {
      // Only where a name word follows the particle(s).
      let k = j + 1;
      while (k < tokens.length && PARTICLES.has(tokens[k]!.lower) && !tokens[k]!.capital) k++;
      const after = tokens[k];
      if (!after || !isNameToken(after) || k - j > 2 || !tokens.slice(j, k + 1).every((w, n) => n === 0 || adjacent(text, tokens[j + n - 1]!, w))) break;
      run.push(t);
      continue;
    }
    if (names > 0 && REGNAL.test(t.text)) {
      run.push(t);
      break;
    }
    if (t.capital && (TITLE_SET.has(lower) || titleAt(tokens, j) > 0)) return names > 0 ? [] : run;
    if (!isNameToken(t) || knownPlace(t.text)) break;
    run.push(t);
    names++;
    if (t.possessive) break;
  }
  while (run.length && PARTICLES.has(run[run.length - 1]!.lower)) run.pop();
  return run;
}

/** First pass over the whole source: who is named with a title. */
export function buildRegistry(text: string): Registry {
  const tokens = tokenize(text);
  const persons = new Map<string, Entity>();
  const pending: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const len = titleAt(tokens, i);
    if (!len) continue;
    let j = i + len;
    // "Ambassador to Vietnam Ito Naoki", "Chairman of the X Alliance Toshihiro Nikai": skip the office.
    if (tokens[j] && /^(of|to|for)$/i.test(tokens[j]!.text) && adjacent(text, tokens[j - 1]!, tokens[j]!)) {
      j++;
      if (tokens[j]?.lower === 'the') j++;
      let k = j;
      let lastCue = -1;
      while (k < tokens.length && k - j < 10 && (tokens[k]!.capital || CONNECTORS.has(tokens[k]!.lower)) && adjacent(text, tokens[k - 1]!, tokens[k]!)) {
        const lower = tokens[k]!.lower;
        if (ORGANISATION_CUES.has(lower) || knownPlace(tokens[k]!.text) || ORGANISATION_ACRONYMS.has(tokens[k]!.text)) lastCue = k;
        if (tokens[k]!.possessive) break;
        k++;
      }
      if (lastCue >= 0) j = lastCue + 1;
      else continue;
      // Apposition: "General Secretary of the Communist Party of Vietnam, Tô Lâm,"
      const next = tokens[j];
      if (next && /^\s*,\s*$/.test(text.slice(tokens[j - 1]!.end + (tokens[j - 1]!.possessive ? 2 : 0), next.start))) {
        // fall through: the name run starts at j
      } else if (!next || !adjacent(text, tokens[j - 1]!, next)) continue;
    }
    const run = nameRun(text, tokens, j);
    if (run.length === 0) continue;
    const name = run.map((t) => t.text).join(' ');
    if (run.length >= 2) {
      const key = nameKey(name);
      if (!persons.has(key)) persons.set(key, { name, type: 'person', key });
    } else pending.push(name);
  }
  const byToken = tokenIndex(persons);
  for (const single of pending) {
    const folded = foldText(single);
    if (byToken.has(folded)) continue;
    const key = nameKey(single);
    if (!persons.has(key)) persons.set(key, { name: single, type: 'person', key });
  }
  const parts = new Set<string>();
  for (const p of persons.values()) for (const part of foldText(p.name).split(/\s+/)) parts.add(part);
  return { persons, byToken: tokenIndex(persons), parts, tokens, text, ...definitionsOf(text) };
}

/**
 * The source's acronym definitions as entities. A body keys by its folded acronym: the acronym is
 * what outlets share ("the IEC"), where long forms vary ("Centre"/"Center", a dropped word).
 */
function definitionsOf(text: string): Pick<Registry, 'acronyms' | 'longForms' | 'longFirst' | 'things'> {
  const acronyms = new Map<string, Entity>();
  const longForms = new Map<string, Entity>();
  const longFirst = new Set<string>();
  const things = new Set<string>();
  if (!text.includes('(')) return { acronyms, longForms, longFirst, things };
  for (const d of acronymDefinitions(text)) {
    if (d.kind === 'thing') {
      things.add(d.acronym);
      continue;
    }
    const place = d.kind === 'place' ? knownPlace(d.long) : undefined;
    const entity: Entity = place
      ? { name: place, type: 'place', key: foldText(place) }
      : { name: d.long, type: 'organisation', key: knownBodyKey(d.long) ?? foldText(d.acronym) };
    acronyms.set(d.acronym, entity);
    if (place) continue;
    longForms.set(d.form, entity);
    longFirst.add(d.form.split(' ')[0]!);
  }
  return { acronyms, longForms, longFirst, things };
}

/** The body a bare acronym names (rules `acronym.definition`, `acronym.name`), or undefined. */
function acronymEntity(text: string, tokens: Token[], i: number, registry: Registry): Entity | undefined {
  const t = tokens[i]!;
  const defined = registry.acronyms.get(t.text) ?? registry.acronyms.get(singularAcronym(t.text));
  if (defined) return defined;
  if (registry.things.has(t.text) || registry.things.has(singularAcronym(t.text))) return undefined;
  if (ORGANISATION_ACRONYMS.has(t.text)) return inCapitalsRun(text, tokens, i) ? undefined : { name: t.text, type: 'organisation', key: foldText(t.text) };
  return isNameAcronym(text, tokens, i) ? { name: t.text, type: 'organisation', key: foldText(t.text) } : undefined;
}

/** How many tokens from i spell a long form the source defined, or 0. */
function longFormAt(text: string, tokens: Token[], i: number, registry: Registry): [number, Entity | undefined] {
  if (!registry.longFirst.size || !registry.longFirst.has(foldText(tokens[i]!.text))) return [0, undefined];
  for (let len = adjacentRun(text, tokens, i, MAX_LONG_WORDS); len >= 1; len--) {
    const words = tokens.slice(i, i + len);
    const entity = registry.longForms.get(bodyForm(text.slice(words[0]!.start, words[len - 1]!.end)));
    if (entity) return [len, entity];
  }
  return [0, undefined];
}

/** A body's key: the source's acronym for it, an international body's acronym, or its folded long form. */
function bodyKey(name: string, registry: Registry): string {
  const form = bodyForm(name);
  return registry.longForms.get(form)?.key ?? knownBodyKey(name) ?? form;
}

function tokenIndex(persons: Map<string, Entity>): Map<string, string> {
  const counts = new Map<string, Set<string>>();
  for (const p of persons.values()) {
    for (const part of foldText(p.name).split(/\s+/)) {
      if (part.length < 2 || NOT_NAMES.has(part)) continue;
      if (!counts.has(part)) counts.set(part, new Set());
      counts.get(part)!.add(p.key);
    }
  }
  const index = new Map<string, string>();
  for (const [part, keys] of counts) if (keys.size === 1) index.set(part, [...keys][0]!);
  return index;
}

/**
 * The tokens of text[start, end), as tokenize(slice) would give them: taken from the source's
 * tokens, unless one runs across either end (a unit cut inside a word), where the slice is
 * tokenized on its own.
 */
function tokensBetween(text: string, start: number, end: number, registry: Registry): Token[] {
  const all = registry.tokens;
  if (registry.text !== text) return tokenize(text.slice(start, end), start);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matchEnd(all[mid]!) <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < all.length && all[k]!.start < end; k++) {
    const t = all[k]!;
    if (t.start < start || matchEnd(t) > end) return tokenize(text.slice(start, end), start);
    out.push(t);
  }
  return out;
}

/**
 * How many tokens from i on, at most `max`, stand one after another with only spaces between
 * (`adjacent`): the longest run a name may span there. (Looked up once, not for each length tried.)
 */
function adjacentRun(text: string, tokens: readonly Token[], i: number, max: number): number {
  const limit = Math.min(max, tokens.length - i);
  let run = 1;
  while (run < limit && adjacent(text, tokens[i + run - 1]!, tokens[i + run]!)) run++;
  return Math.min(run, limit);
}

/** Where a token's word ends in the text, its possessive "'s" included. */
function matchEnd(t: Token): number {
  return t.end + (t.possessive ? 2 : 0);
}

/** Entities named between start and end of the source text. */
export function mentionsIn(text: string, start: number, end: number, registry: Registry): Mention[] {
  const tokens = tokensBetween(text, start, end, registry);
  const out: Mention[] = [];
  // Tokens already in a mention, by index.
  const used = new Uint8Array(tokens.length);
  const push = (from: number, to: number, entity: Entity) => {
    for (let k = from; k < to; k++) used[k] = 1;
    out.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, entity });
  };
  // People: a run of name tokens whose folded form is a registered name or one distinctive part of it.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] === 1 || !tokens[i]!.capital) continue;
    if (!registry.parts.has(foldText(tokens[i]!.text))) continue;
    let matched = false;
    for (let len = adjacentRun(text, tokens, i, 4); len >= 2 && !matched; len--) {
      const words = tokens.slice(i, i + len);
      const person = registry.persons.get(nameKey(words.map((w) => w.text).join(' ')));
      if (person) {
        push(i, i + len, person);
        matched = true;
      }
    }
    if (matched) continue;
    const key = registry.byToken.get(foldText(tokens[i]!.text));
    if (key && isNameToken(tokens[i]!)) push(i, i + 1, registry.persons.get(key)!);
  }
  // Bodies the source defined with an acronym, before places: "Asia-Pacific Economic Cooperation".
  if (registry.longFirst.size) {
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] === 1 || !tokens[i]!.capital) continue;
      const [len, long] = longFormAt(text, tokens, i, registry);
      if (!long) continue;
      push(i, i + len, long);
      i += len - 1;
    }
  }
  // Places from the lexicon, longest first.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] === 1 || !tokens[i]!.capital || !startsPlaceName(tokens[i]!.text)) continue;
    for (let len = adjacentRun(text, tokens, i, MAX_PLACE_WORDS); len >= 1; len--) {
      const words = tokens.slice(i, i + len);
      const place = knownPlace(words.map((w) => w.text).join(' '));
      // "US$46.2 billion": a currency, not a mention of the country.
      const after = words[words.length - 1]!.end;
      if (place && text[after] !== '$' && !(text[after] === '.' && text[after + 1] === '$')) {
        push(i, i + len, { name: place, type: 'place', key: foldText(place) });
        i += len - 1;
        break;
      }
    }
  }
  // Organisations: a capitalised run (with "of", "and", "the" inside) that holds an organisation
  // word, or a known acronym.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capital) continue;
    if (t.text.length <= 7 && /^[A-Z][A-Za-z]{1,6}$/.test(t.text) && /[A-Z].*[A-Z]/.test(t.text)) {
      const acronym = used[i] === 1 ? undefined : acronymEntity(text, tokens, i, registry);
      if (acronym) push(i, i + 1, acronym);
      if (acronym || ORGANISATION_ACRONYMS.has(t.text)) continue;
    }
    let j = i;
    let cue = -1;
    while (j < tokens.length) {
      const w = tokens[j]!;
      const lower = w.lower;
      if (j > i && !adjacent(text, tokens[j - 1]!, w)) break;
      // A person named inside the run, or a title, ends the body: "Party General Secretary To Lam".
      if (j > i && (used[j] === 1 || titleAt(tokens, j) > 0) && cue >= 0) break;
      if (!w.capital && !(CONNECTORS.has(lower) && tokens[j + 1]?.capital)) break;
      if (ORGANISATION_CUES.has(lower) || (lower.endsWith('.') && ORGANISATION_CUES.has(lower.slice(0, -1)))) cue = j;
      if (w.possessive) {
        j++;
        break;
      }
      j++;
    }
    if (cue >= 0 && used[cue] !== 1) {
      // Extend to the end of the run only through "of X" ("Communist Party of Vietnam").
      let last = cue;
      let k = cue + 1;
      while (k < j) {
        if (CONNECTORS.has(tokens[k]!.lower)) {
          k++;
          continue;
        }
        last = k;
        k++;
      }
      let first = i;
      while (first < last && (used[first] === 1 && !knownPlace(tokens[first]!.text) ? true : CONNECTORS.has(tokens[first]!.lower) || NOT_NAMES.has(tokens[first]!.lower))) first++;
      const name = text.slice(tokens[first]!.start, tokens[last]!.end);
      if (last > first || tokens[first]!.text.length > 3) {
        for (let k2 = first; k2 <= last; k2++) used[k2] = 1;
        out.push({ start: tokens[first]!.start, end: tokens[last]!.end, entity: { name, type: 'organisation', key: bodyKey(name, registry) } });
      }
      i = j - 1;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The distinct entities of a list of mentions, in order of first mention. */
export function distinctEntities(mentions: readonly Mention[]): Entity[] {
  const seen = new Map<string, Entity>();
  for (const m of mentions) {
    const id = `${m.entity.type}:${m.entity.key}`;
    if (!seen.has(id)) seen.set(id, m.entity);
  }
  return [...seen.values()];
}

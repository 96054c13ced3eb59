// The cross-source rule for entities, in one place: when two sources' people, places or bodies
// are one. Keys already fold diacritics, name order, titles, place aliases ("U.S." / "America" →
// United States) and bodies' acronyms; this adds what one key alone cannot say.
import type { Entity } from '../model';
import { foldText, nameKey } from './fold';
import { bodyForm, knownBodyKey, knownPlace } from './lexicon';

export const MATCH_RULES = {
  'entity.same-key': 'the same type and the same key',
  'person.name-subset': "one person's name words are all among the other's (a surname alone, a title dropped)",
  'place.alias': 'two names of one place (an abbreviation, a short or official form)',
  'body.alias': "a body's acronym and its long form: a known international body, or initials that spell the acronym",
} as const;

export type MatchRule = keyof typeof MATCH_RULES;

// Small words a body's acronym leaves out ("Association of Southeast Asian Nations" → ASEAN).
const SMALL = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', 'el', 'del', '&']);

function words(key: string): string[] {
  return key.split(' ').filter((w) => w.length > 0);
}

function personWords(e: Entity): string[] {
  // Keys are nameKey's sorted words without titles; a key made elsewhere from a titled name
  // ("President Ramaphosa" as a speaker) is read from its name again.
  return words(e.key === nameKey(e.name) ? e.key : nameKey(e.name));
}

function placeOf(e: Entity): string {
  return foldText(knownPlace(e.name) ?? knownPlace(e.key) ?? e.key);
}

function bodyKeyOf(e: Entity): string {
  return knownBodyKey(e.name) ?? e.key;
}

/** "independent electoral commission" → "iec"; hyphenated words give one initial a part. */
function initials(form: string): string {
  let out = '';
  for (const w of words(form)) {
    if (SMALL.has(w)) continue;
    for (const part of w.split('-')) if (part) out += part[0];
  }
  return out;
}

/** An acronym key (one word of 2–6 letters) that spells the other body's initials. */
function acronymOf(short: string, long: Entity): boolean {
  if (!/^[a-z]{2,6}$/.test(short)) return false;
  const form = bodyForm(long.name);
  return words(form).length >= 2 && initials(form) === short;
}

/** Which rule makes a and b one entity, or undefined where none does. */
export function matchRule(a: Entity, b: Entity): MatchRule | undefined {
  if (a.type !== b.type) return undefined;
  if (a.key === b.key) return 'entity.same-key';
  if (a.type === 'person') {
    const wa = new Set(personWords(a));
    const wb = new Set(personWords(b));
    const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
    if (small.size === 0) return undefined;
    for (const w of small) if (!big.has(w)) return undefined;
    return 'person.name-subset';
  }
  if (a.type === 'place') return placeOf(a) === placeOf(b) ? 'place.alias' : undefined;
  const ka = bodyKeyOf(a);
  const kb = bodyKeyOf(b);
  if (ka === kb || acronymOf(ka, b) || acronymOf(kb, a)) return 'body.alias';
  return undefined;
}

/**
 * Whether two entities, from the same or different sources, are one person, place or body: the
 * same type, and equal keys, or (people) one's name words a subset of the other's, or (places and
 * bodies) a known alias or an acronym spelling the other's initials.
 */
export function entitiesMatch(a: Entity, b: Entity): boolean {
  return matchRule(a, b) !== undefined;
}

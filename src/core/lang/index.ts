// The language packs: one folder per language (lang/<code>/index.ts exports its LanguagePack),
// registered here. Every reader of language data (calendar, extract/locale, numbers, segment,
// clean/…) reads it from these packs and compiles what it needs once, at module load.
//
// To add a language: write lang/<code>/index.ts with the fields it has (see pack.ts), and add it
// to PACKS below (one line, and its import). Order matters only where readers must break ties
// (the language guesser prefers the earlier of two equally likely languages).
//
// Inheritance: a pack names the pack it inherits from ('en' for all but English). packFor(code)
// resolves it: a field the pack leaves out is the inherited pack's (but its script, which names
// one language only), so a language that says nothing of its decimal comma writes a decimal
// point, as English does. Readers that collect one
// field over all languages (every month name, every scale word) read each pack's own fields
// (ownPacks()), not the resolved ones, so English's words are not counted once per language.
import { ar } from './ar';
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { he } from './he';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nb } from './nb';
import { nl } from './nl';
import { no } from './no';
import type { LanguagePack, ResolvedPack } from './pack';
import { pl } from './pl';
import { pt } from './pt';
import { ro } from './ro';
import { ru } from './ru';
import { sv } from './sv';
import { th } from './th';
import { tr } from './tr';
import { vi } from './vi';

export type { DatePattern, LanguagePack, ResolvedPack, Script, StampWords } from './pack';

const PACKS: LanguagePack[] = [
  en,
  vi,
  fr,
  de,
  es,
  it,
  pt,
  nl,
  id,
  ja,
  ko,
  th,
  ar,
  he,
  ru,
  el,
  pl,
  tr,
  ro,
  cs,
  sv,
  da,
  nb,
  no,
  fi,
];

const BY_CODE = new Map<string, LanguagePack>(PACKS.map((pack) => [pack.code, pack]));
const RESOLVED = new Map<string, ResolvedPack>();

/**
 * Adds a pack at run time (tests). NOTE: readers compile their tables at module load, so a pack
 * added here is seen by packFor() and ownPacks(), not by extraction already loaded.
 */
export function registerPack(pack: LanguagePack): void {
  if (BY_CODE.has(pack.code)) throw new Error(`language pack '${pack.code}' is already registered`);
  PACKS.push(pack);
  BY_CODE.set(pack.code, pack);
}

/** The packs as written, in registry order. */
export function ownPacks(): readonly LanguagePack[] {
  return PACKS;
}

/** The pack of a language code ("fr", "fr-CA", "FR") as written, without inheritance. */
export function ownPack(code: string): LanguagePack | undefined {
  return BY_CODE.get(baseCode(code));
}

/** The pack of a language code with its inheritance resolved, or undefined for a language without one. */
export function packFor(code: string): ResolvedPack | undefined {
  const base = baseCode(code);
  const known = RESOLVED.get(base);
  if (known) return known;
  const pack = BY_CODE.get(base);
  if (!pack) return undefined;
  const resolved = resolve(pack, new Set());
  RESOLVED.set(base, resolved);
  return resolved;
}

function resolve(pack: LanguagePack, seen: Set<string>): ResolvedPack {
  if (seen.has(pack.code)) throw new Error(`language pack '${pack.code}' inherits from itself`);
  seen.add(pack.code);
  if (pack.inherits === null) {
    const missing = FIELDS.filter((field) => pack[field] === undefined);
    if (missing.length > 0) throw new Error(`language pack '${pack.code}' inherits nothing, so it must set ${missing.join(', ')}`);
    return pack as ResolvedPack;
  }
  const parent = BY_CODE.get(pack.inherits);
  if (!parent) throw new Error(`language pack '${pack.code}' inherits from '${pack.inherits}', which is not registered`);
  const from = resolve(parent, seen);
  const out: Record<string, unknown> = { code: pack.code, inherits: pack.inherits };
  if (pack.script) out.script = pack.script;
  for (const field of FIELDS) out[field] = pack[field] ?? from[field];
  return out as ResolvedPack;
}

// Every field a pack may leave out and inherit; English (inheriting nothing) sets them all.
const FIELDS = [
  'decimalComma',
  'months',
  'monthsShort',
  'scaleWords',
  'dayPoint',
  'datePatterns',
  'weekdays',
  'dateWords',
  'stamp',
  'detectionWords',
  'events',
] as const satisfies ReadonlyArray<Exclude<keyof LanguagePack, 'code' | 'inherits' | 'script'>>;

function baseCode(code: string): string {
  return code.toLowerCase().split('-')[0]!;
}

/**
 * Scale words of every pack → the power of ten they multiply by (English's first, then the
 * others': their sources are read through the English grammar). Read once, when first imported:
 * extraction finds figures by them and grouping reads a figure's stated precision by them.
 * NOTE: "billion" is 10^9 here as in English news, not the old long scale.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = Object.assign({}, ...PACKS.map((pack) => pack.scaleWords ?? {}));

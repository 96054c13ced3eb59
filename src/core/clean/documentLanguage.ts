// The source's language, for its metadata: the writing system where it names one (kana,
// Hangul, Cyrillic …, decided by the language packs' scripts in language.ts), and otherwise eld,
// an n-gram detector over 60 languages (its 'small' data, built into the module: nothing is
// loaded at run time). The packs' 40-word detection lists miss Polish, Swedish, Danish, Czech,
// Finnish … and mistake Dutch for French; eld names them. Cleaning's per-line counts still use
// the word lists (stopDensityOf): only the document-level guess is eld's.
import { eld } from 'eld/small';
import { ownPacks } from '../lang';

/** Characters eld reads: enough for a sure answer, and keeps long files cheap. */
const SAMPLE = 5_000;

/**
 * The language of a cleaned text, given what the word lists and scripts named (`counted`): a
 * non-Latin script's answer stands; for Latin-script text eld's answer, when it is reliable;
 * else what was counted.
 */
export function documentLanguage(text: string, counted: string | null): string | null {
  if (counted && !LATIN_SCRIPT.has(counted)) return counted;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : counted;
}

// Languages the packs name from their words: those with no script of their own, but Vietnamese
// (named by its stacked diacritics). The others are named by their script, which eld would only confirm.
const LATIN_SCRIPT = new Set(ownPacks().flatMap((pack) => (pack.script || pack.code === 'vi' ? [] : [pack.code])));

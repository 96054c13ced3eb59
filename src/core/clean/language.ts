// A small language guesser: the writing system first (kana means Japanese, Hangul Korean …),
// then, for Latin script, which language's commonest words cover most of the text. Enough to
// label a source and to pick stop words for cleaning; not a general identifier.

export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the of and to a in is that for on with as was by at it from are be has have this which or an its their were will not but said his her they been also after more than who over'.split(' '),
  ),
  vi: new Set(
    'của và các là có được trong cho với những không một này người đã về từ khi đến tại như cũng để theo sẽ năm nhiều ông bà việc đó ra hai nước'.split(' '),
  ),
  fr: new Set(
    'le la les de des du et un une est en que qui dans pour sur par pas au aux avec ce ces il elle ont sont été plus son sa ses mais ou se ne leur'.split(' '),
  ),
  de: new Set(
    'der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie'.split(' '),
  ),
  es: new Set(
    'el la los las de del y en que un una es por con para se no su al lo como más pero sus le ha fue son este esta entre sobre también'.split(' '),
  ),
  it: new Set('il lo la gli le di del della e che un una è per con non sono nel alla al si da come ma anche più ha'.split(' ')),
  pt: new Set('o a os as de do da dos das e que um uma é em para com não por se mais foi ao no na como mas também'.split(' ')),
  id: new Set('yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga oleh sebagai telah'.split(' ')),
};

const SCRIPT_LANGUAGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af]/gu, 'ko'],
  [/[\u0e00-\u0e7f]/gu, 'th'],
  [/[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/gu, 'ar'],
  [/[\u0590-\u05ff]/gu, 'he'],
  [/[\u0400-\u04ff]/gu, 'ru'],
  [/[\u0370-\u03ff]/gu, 'el'],
];

// Letters with stacked or hooked diacritics that only Vietnamese uses among Latin scripts.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Words of a text, lower-cased, split on anything that is not a letter or apostrophe. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
}

/** The share of words that are stop words of `language` (0 when the language is unknown). */
export function stopWordDensity(words: readonly string[], language: string | null): number {
  const stops = language ? STOP_WORDS[language] : undefined;
  if (!stops || words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (stops.has(w)) hits++;
  return hits / words.length;
}

/** ISO 639-1 code of the text's language, or null when there is too little text to tell. */
export function guessLanguage(text: string): string | null {
  // NOTE: samples at most 20k characters: enough to decide, and keeps large files cheap.
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return null;
  for (const [pattern, code] of SCRIPT_LANGUAGES) {
    const n = sample.match(pattern)?.length ?? 0;
    if (n / letters > (code === 'ja' ? 0.05 : 0.3)) return code;
  }
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han / letters > 0.3) return 'zh';

  const words = wordsOf(sample);
  if (words.length === 0) return null;
  const viLetters = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (viLetters / letters > 0.03) return 'vi';
  let best: string | null = null;
  let bestScore = 0;
  for (const code of Object.keys(STOP_WORDS)) {
    const score = stopWordDensity(words, code);
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  // A handful of words can hit a stop word by chance; demand a real share before naming one.
  return bestScore >= (words.length < 20 ? 0.15 : 0.08) ? best : null;
}

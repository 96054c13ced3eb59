// Checkable statements without a figure: agreements and pledges ("agreed to", "signed"),
// firsts ("his first visit since taking office", "the first country in the world to"),
// quotations and statements attributed to someone ("…,” Ambassador Ito stated").
import { NUMBER_WORD } from './numbers';
import type { Found } from './found';

// NOTE: module constants, not literals in the functions: esbuild (tsx, the bundles) turns a
// literal with \p{…} into `new RegExp(…)`, built again at every call.
const WORD_AND_STOP = /\p{Ll}{3,}\.$/u;
const NAME_OR_PRONOUN = /\p{Lu}|\b(?:he|she|they)\b/u;
const HAS_UPPER = /\p{Lu}/u;
const NAME_AFTER = /^\s*(?:to\s+)?((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s?){1,6})/u;

export interface StatementHit {
  kind: 'agreement' | 'claim' | 'quote';
  /** Absolute offsets of the words that make it a statement ("agreed", "first", the quote). */
  start: number;
  end: number;
  /** A "first" is also an ordinal value: it is what the analyst checks. */
  value?: Found;
  /** Absolute offsets of the words naming who said it, where the sentence says. */
  speaker?: { start: number; end: number };
}

export const AGREEMENT_TRIGGER =
  /\b(agreed|agrees|agree(?=\s+(?:to|on|that|upon)\b)|pledged|pledges|pledge(?=\s+to\b)|signed|signs|sign(?=\s+(?:a|an|the|agreements?|deals?|contracts?|memorand\w*|treaty)\b)|inked|promised|promises|vowed|vows|committed\s+to|commits\s+to|ratified|(?:reached|struck|concluded|clinched|sealed|finali[sz]ed)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|consensus|deal|treaty|pact|accord|talks|negotiations))\b/i;

const FIRST = new RegExp(
  `(?:\\b(?:the|its|his|her|their|our|this|a)|\\p{L}['’]s)\\s+(?:very\\s+)?(first(?:-ever)?)\\b(?!\\s+(?:${NUMBER_WORD}|\\d|half|quarter|months?|weeks?|days?|years?|phase|stage|step|round|session|part|place|of|and|or)\\b)`,
  'iu',
);

// NOTE: lower case only (bar "According to" opening a sentence): a capitalised "States" or
// "Notes" is a name ("the United States"), not someone speaking.
export const SPEECH_VERB =
  /\b(said|says|stated|states|affirmed|affirms|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|noted|notes|added|told|reiterated|announced|confirmed|declared|asserted|insisted|warned|underlined|[Aa]ccording\s+to)\b/;

/** A quotation long enough to be a statement (not a scare-quoted word). */
export const QUOTE = /[“"]([^“”"]{20,})[”"]/;

export function findStatements(sentence: string, base: number): StatementHit[] {
  const hits: StatementHit[] = [];
  const first = /first/i.test(sentence) ? FIRST.exec(sentence) : null;
  if (first) {
    const word = first[1]!;
    const start = base + first.index + first[0].length - word.length;
    hits.push({
      kind: 'claim',
      start,
      end: start + word.length,
      value: { type: 'ordinal', canonical: '1', start, end: start + word.length },
    });
  }
  const agreement = AGREEMENT_TRIGGER.exec(sentence);
  if (agreement && !/\b(?:a|the|this|that)\s+$/i.test(sentence.slice(0, agreement.index))) {
    const hit: StatementHit = { kind: 'agreement', start: base + agreement.index, end: base + agreement.index + agreement[0].length };
    // "“We have agreed to …,” Paetongtarn said": an agreement someone announces keeps its speaker.
    const quoted = /[“"]/.test(sentence) ? QUOTE.exec(sentence) : null;
    const speech = quoted ? null : SPEECH_VERB.exec(sentence);
    const speaker = quoted
      ? quoteSpeaker(sentence, quoted.index, quoted.index + quoted[0].length)
      : speech && speakerNear(sentence, speech.index, speech.index + speech[0].length);
    if (speaker) hit.speaker = { start: base + speaker.start, end: base + speaker.end };
    hits.push(hit);
    return hits;
  }
  const quote = /[“"]/.test(sentence) ? QUOTE.exec(sentence) : null;
  if (quote) {
    const hit: StatementHit = { kind: 'quote', start: base + quote.index, end: base + quote.index + quote[0].length };
    const speaker = quoteSpeaker(sentence, quote.index, quote.index + quote[0].length);
    if (speaker) hit.speaker = { start: base + speaker.start, end: base + speaker.end };
    hits.push(hit);
    return hits;
  }
  const speech = SPEECH_VERB.exec(sentence);
  if (speech) {
    const speaker = speakerNear(sentence, speech.index, speech.index + speech[0].length);
    if (speaker) {
      hits.push({
        kind: 'claim',
        start: base + speech.index,
        end: base + speech.index + speech[0].length,
        speaker: { start: base + speaker.start, end: base + speaker.end },
      });
    }
  }
  return hits;
}

// Words that start with a capital after "said" but name a time or open the reported clause.
const NOT_A_SPEAKER = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|That|This|These|Those|It|There|On|In|At|Last|Next|Earlier|Today|Yesterday|Tomorrow)\b/;
// What may follow a speaker named after the verb ("…, said Ito.", "said Mr. Reeves, who …"); a
// verb there means the name opens what was said ("officials said Sudan had …").
const AFTER_SPEAKER = /^\s*(?:[,.;:()—–-]|$|(?:in|on|at|of|who|during|after|before|from|to|when|while|as|told)\b)/;
// Auxiliaries and adverbs between a speaker and the verb: "Sudan has said", "Obama also said".
const BEFORE_VERB = /\s+(?:has|have|had|also|will|would|was|were|is|are|then|later|earlier|previously|again|publicly|repeatedly|once|recently)$/i;

const VERB_WORDS = 'said|says|stated|states|added|adds|noted|notes|told|tells|stressed|stresses|emphasi[sz]ed|affirmed|declared|remarked|wrote|writes|recalled|explained|insisted|warned|asked';
const NAME = "(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s?){1,6}";
const VERB_THEN_NAME = new RegExp(`^[,\\s]*(?:${VERB_WORDS})\\s+(${NAME})`, 'u');
const PHRASE_THEN_VERB = new RegExp(`^[,\\s]*([^,.;“”"]{1,80}?)\\s+(?:${VERB_WORDS})\\b`);
const PHRASE_VERB_BEFORE_QUOTE = new RegExp(`([^,;.:“”"]{1,100}?)\\s+(?:${VERB_WORDS})(?:\\s+(?:reporters|journalists|the\\s+\\p{L}+|him|her|them|us))?\\s*[,:]?\\s*$`, 'u');

/** A speaker's words: a final full stop goes unless it ends an initial or a title ("Werner." but "Mr."). */
function nameSpan(at: number, text: string): { start: number; end: number } {
  let name = text.trimEnd();
  if (WORD_AND_STOP.test(name)) name = name.slice(0, -1);
  return { start: at, end: at + name.length };
}

/** Who a quotation is from: "“…,” says Werner", "“…,” Ito said", "Ishiba said: “…”". */
function quoteSpeaker(sentence: string, start: number, end: number): { start: number; end: number } | undefined {
  const after = sentence.slice(end, end + 100);
  const named = VERB_THEN_NAME.exec(after);
  if (named && !NOT_A_SPEAKER.test(named[1]!)) return nameSpan(end + named[0].length - named[1]!.length, named[1]!);
  const phrase = PHRASE_THEN_VERB.exec(after);
  if (phrase && NAME_OR_PRONOUN.test(phrase[1]!)) return nameSpan(end + phrase[0].indexOf(phrase[1]!), phrase[1]!);
  // Before the quotation, only where a verb of saying introduces it ("as if to say" is no one's).
  const lead = PHRASE_VERB_BEFORE_QUOTE.exec(sentence.slice(Math.max(0, start - 120), start));
  if (!lead) return undefined;
  let words = lead[1]!.trim();
  while (BEFORE_VERB.test(words)) words = words.replace(BEFORE_VERB, '');
  if (!words || /\bto$/.test(words) || !(HAS_UPPER.test(words) || /^(?:he|she|they)\b/i.test(words))) return undefined;
  const leadStart = Math.max(0, start - 120) + lead.index + lead[1]!.indexOf(words);
  return nameSpan(leadStart, words);
}

/** The words that name the speaker: before the verb ("Ambassador Ito stated"), after it ("said Ito"). */
function speakerNear(sentence: string, start: number, end: number): { start: number; end: number } | undefined {
  const after = sentence.slice(end, end + 100);
  const verbAfter = /^[,\s]*([^,.;“”"]{1,80}?)\s+(?:said|stated|says|added|noted|told|stressed|emphasi[sz]ed|affirmed|declared|remarked|wrote)\b/.exec(after);
  if (verbAfter && NAME_OR_PRONOUN.test(verbAfter[1]!)) {
    const at = end + verbAfter[0].indexOf(verbAfter[1]!);
    return { start: at, end: at + verbAfter[1]!.length };
  }
  const nameAfter = NAME_AFTER.exec(after);
  if (
    nameAfter &&
    /^(?:said|says|stated|according\s+to)/i.test(sentence.slice(start, end)) &&
    !NOT_A_SPEAKER.test(nameAfter[1]!) &&
    AFTER_SPEAKER.test(after.slice(nameAfter[0].length))
  ) {
    const at = end + nameAfter[0].indexOf(nameAfter[1]!);
    return { start: at, end: at + nameAfter[1]!.trimEnd().length };
  }
  // Before the verb: from the clause start up to the verb.
  const before = sentence.slice(Math.max(0, start - 120), start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('”'), before.lastIndexOf('"'));
  const phrase = before.slice(clauseStart + 1);
  let trimmed = phrase.trim();
  while (BEFORE_VERB.test(trimmed)) trimmed = trimmed.replace(BEFORE_VERB, '');
  if (!trimmed || !(HAS_UPPER.test(trimmed) || /^(?:he|she|they)\b/i.test(trimmed))) return undefined;
  const at = start - before.length + clauseStart + 1 + phrase.indexOf(trimmed);
  return { start: at, end: at + trimmed.length };
}

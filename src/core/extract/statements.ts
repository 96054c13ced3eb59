// Checkable statements without a figure: agreements and pledges ("agreed to", "signed"),
// firsts ("his first visit since taking office", "the first country in the world to"),
// quotations and statements attributed to someone ("…,” Ambassador Ito stated").
import { NUMBER_WORD } from './numbers';
import type { Found } from './found';

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
  /\b(agreed|agrees|agree(?=\s+(?:to|on|that|upon)\b)|pledged|pledges|pledge(?=\s+to\b)|signed|signs|sign(?=\s+(?:a|an|the|agreements?|deals?|contracts?|memorand\w*|treaty)\b)|inked|promised|promises|vowed|vows|committed\s+to|commits\s+to|ratified|reached\s+(?:an?\s+)?(?:agreement|consensus|deal)|concluded\s+(?:an?\s+)?(?:agreement|deal|treaty|talks|negotiations))\b/i;

const FIRST = new RegExp(
  `(?:\\b(?:the|its|his|her|their|our|this|a)|\\p{L}['’]s)\\s+(?:very\\s+)?(first(?:-ever)?)\\b(?!\\s+(?:${NUMBER_WORD}|\\d|half|quarter|months?|weeks?|days?|years?|phase|stage|step|round|session|part|place|of|and|or)\\b)`,
  'iu',
);

export const SPEECH_VERB =
  /\b(said|says|stated|states|affirmed|affirms|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|noted|notes|added|told|reiterated|announced|confirmed|declared|asserted|insisted|warned|underlined|according\s+to)\b/i;

const QUOTE = /[“"]([^“”"]{20,})[”"]/;

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
    hits.push({ kind: 'agreement', start: base + agreement.index, end: base + agreement.index + agreement[0].length });
    return hits;
  }
  const quote = /[“"]/.test(sentence) ? QUOTE.exec(sentence) : null;
  if (quote) {
    const hit: StatementHit = { kind: 'quote', start: base + quote.index, end: base + quote.index + quote[0].length };
    const speaker = speakerNear(sentence, quote.index, quote.index + quote[0].length);
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

/** The words that name the speaker: before the verb ("Ambassador Ito stated"), after it ("said Ito"). */
function speakerNear(sentence: string, start: number, end: number): { start: number; end: number } | undefined {
  const after = sentence.slice(end, end + 100);
  const verbAfter = /^[,\s]*([^,.;“”"]{1,80}?)\s+(?:said|stated|says|added|noted|told|stressed|emphasi[sz]ed|affirmed|declared|remarked|wrote)\b/i.exec(after);
  if (verbAfter && /\p{Lu}|\b(?:he|she|they)\b/u.test(verbAfter[1]!)) {
    const at = end + verbAfter[0].indexOf(verbAfter[1]!);
    return { start: at, end: at + verbAfter[1]!.length };
  }
  const nameAfter = /^\s*(?:to\s+)?((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s?){1,6})/u.exec(after);
  if (nameAfter && /^(?:said|says|stated|according\s+to)/i.test(sentence.slice(start, end))) {
    const at = end + nameAfter[0].indexOf(nameAfter[1]!);
    return { start: at, end: at + nameAfter[1]!.trimEnd().length };
  }
  // Before the verb: from the clause start up to the verb.
  const before = sentence.slice(Math.max(0, start - 120), start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('”'), before.lastIndexOf('"'));
  const phrase = before.slice(clauseStart + 1);
  const trimmed = phrase.trim();
  if (!trimmed || !(/\p{Lu}/u.test(trimmed) || /^(?:he|she|they)\b/i.test(trimmed))) return undefined;
  const at = start - before.length + clauseStart + 1 + phrase.indexOf(trimmed);
  return { start: at, end: at + trimmed.length };
}

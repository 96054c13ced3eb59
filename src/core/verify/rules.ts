// Every grouping rule by id, with what it says in general terms and the thresholds it uses: the
// one place to read (and tune) why facts are joined or set against each other. A group records
// the id of the rule that made it (`Group.rule`) and what that rule found (`Group.evidence`);
// `attache why <fact> <fact>` names the rule that joins two facts, or the test that kept them apart.

export interface RuleInfo {
  relation: 'corroborated' | 'conflict';
  /** The rule in one general sentence, as the analyst is shown it. */
  says: string;
}

export const RULES = {
  'figure.same-value': { relation: 'corroborated', says: 'Two sources give the same figure (within rounding) for a like subject at a compatible time.' },
  'figure.same-event': {
    relation: 'corroborated',
    says: 'Two sources give the same figure in clauses an event rule reports as one event, however differently the words around each figure run.',
  },
  'figure.same-named-thing': {
    relation: 'corroborated',
    says: 'Two sources that tell one story give the same figure for the same counted thing in sentences naming the same person or body, whatever other figures for it they give.',
  },
  'figure.different-value': { relation: 'conflict', says: 'Two sources give different figures for a closely alike subject, at the same time, naming the same people and bodies.' },
  'conflict.same-head': {
    relation: 'conflict',
    says: 'Two sources that tell one story each give one figure for the same specific counted thing (or scale), and the figures cannot both hold.',
  },
  'event.same-action': {
    relation: 'corroborated',
    says: 'Two sources report the same kind of action (paraphrases folded) by compatible actors, at a compatible place and time, on alike words.',
  },
  'event.same-content': { relation: 'corroborated', says: 'Two sources state the same claim: most of their rarer words (paraphrases folded) are shared, nothing in their parts disagrees.' },
  'event.same-quote': { relation: 'corroborated', says: 'Two sources quote the same words, from the same speaker or one unnamed.' },
  'event.same-wording': {
    relation: 'corroborated',
    says: 'Two sources share a run of the same words (several rarer words among them) in otherwise alike sentences: one phrase, quoted or taken from one report.',
  },
  'event.different-place': { relation: 'conflict', says: 'Two sources report the same action by the same actors on the same day, at different places.' },
  'event.different-day': { relation: 'conflict', says: 'Two sources report the same action by the same actors at the same place, on different days.' },
  'event.different-speaker': { relation: 'conflict', says: 'Two sources give the same words to different speakers.' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/**
 * Thresholds of the event rules, with why each is where it is. Likeness is the weighted cosine
 * of two clauses' content words, each word weighted by how rare it is among the project's
 * clauses (a word every report of the event uses counts little).
 */
export const EVENT_THRESHOLDS = {
  /** Same action class: the clauses must still be alike beyond it, or "X met Y" joins every meeting. */
  sameActionLikeness: 0.3,
  /** …and share this many content words besides the action. */
  sameActionShared: 2,
  /** …of which this many are lower-case words (not names) in both. */
  sameActionPlain: 1,
  /** No shared action: nearly the same claim in other words. */
  sameContentLikeness: 0.4,
  sameContentShared: 4,
  /** …of which this many are lower-case words (not names) in both, or this many named places or bodies. */
  sameContentPlain: 2,
  sameContentNames: 4,
  /**
   * The same wording: a verbatim run of this many words, holding this many lower-case content
   * words of this summed weight, in sentences at least this alike. A run alone is not enough:
   * "search and rescue teams" or "the national and provincial elections" are set phrases that
   * reports of different facts share; sentences that are also alike besides are one report.
   */
  sameWordingTokens: 4,
  sameWordingContent: 2,
  sameWordingWeight: 4.5,
  sameWordingLikeness: 0.3,
  /** Quotes: shared words of the quoted text, and their likeness. */
  sameQuoteShared: 4,
  sameQuoteLikeness: 0.45,
  /** Or fewer shared words of the quoted text where they are most of both quotations (their likeness this high). */
  shortQuoteShared: 3,
  shortQuoteLikeness: 0.6,
  /** A quoted phrase of at least this many content words found whole inside another source's quotation. */
  containedQuoteWords: 2,
  /** A conflict about place, day or speaker needs the event to be the same beyond doubt. */
  conflictLikeness: 0.45,
  conflictShared: 3,
  /** Words in more clauses than this share are not used to find candidate pairs (they still count in likeness). */
  blockingShare: 0.2,
  /** …and never words in more clauses than this: a pair alike enough to join shares rarer words too. */
  blockingMax: 64,
  /** A statement given to two speakers is a conflict only when its words are nearly the same: two people often say alike things. */
  speakerConflictShared: 5,
  speakerConflictLikeness: 0.5,
  /** Two clusters merge where at least this share of their cross-source pairs are judged the same. */
  mergeShare: 0.5,
  /** A corroborated event group holds at most this many facts per source: more is a chain, not one event. */
  maxPerSource: 3,
} as const;

/**
 * Thresholds of the figure rules (./index.ts), with why each is where it is. Likeness is the
 * subject similarity of two figures (shared subject words and counted heads, `subjectSimilarity`),
 * from 0 to 1. How close two values must be to be one figure is their family's tolerance
 * (`VALUE_TOLERANCES`, kept with the number rules in ./values/numbers.ts).
 */
export const FIGURE_THRESHOLDS = {
  /** figure.same-value: the same figure for subjects this alike is one report. */
  corroborateAt: 0.5,
  /** figure.different-value: different figures conflict only for subjects this alike: a false conflict costs more than a miss. */
  conflictAt: 0.7,
  /** A sum of two significant figures or more ("US$450 million") is rarely two things' by chance: this likeness will do, with this many shared words. */
  specificSumAt: 0.3,
  specificSumShared: 2,
  /** Two day-precise dates in sentences naming the same people (this share of the smaller set) are one report at this likeness. */
  sameDayAt: 0.2,
  sameDayNamed: 0.5,
  /** Dates: many events share a year, so a conflict between dates needs nearly the same words (likeness, and Dice of the subject words). */
  dateConflictAt: 0.8,
  dateConflictDice: 0.6,
  /** Statements without a value corroborate on their words alone; the same speaker's on a little less. */
  statementAt: 0.7,
  sameSpeakerStatementAt: 0.6,
  /**
   * conflict.same-head: two sources tell one story where this share of the smaller one's clause
   * words and names are in the other: reports of one event share 0.2 or more, reports of different
   * events far less (0.16 at most on the invented projects of three events).
   */
  sameStoryOverlap: 0.2,
} as const;

export { NUMBER_RULES as VALUE_TOLERANCES } from './values/numbers';

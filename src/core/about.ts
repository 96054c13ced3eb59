// What a fact is about, as grouping compares it: the features the extractor reads from the words
// around a fact's value (src/core/extract/subject.ts), and their stored form on the fact
// (`Fact.about`), so that verification reads them from the fact and never parses its sentence
// again, nor imports the extractor.
import type { SubjectAbout } from './model';

export interface SubjectFeatures {
  /** Stemmed, folded content words. */
  tokens: Set<string>;
  /** The counted thing, ranked role, or noun an ordinal or duration qualifies. */
  head?: string;
  /** Every head of a coordination ("trading partner and tourism contributor": partner, contributor); `head` is among them. */
  heads?: string[];
  /** Place after a preposition: "in" → "japan". */
  slots: Map<string, string>;
  /** Folded capitalised phrases of two or more words ("comprehensive strategic partnership"). */
  names: Set<string>;
  /** Readable words, in order. */
  words: string[];
  /**
   * Figures: whose figure it is, where its clause names it before the value ("The Greens have
   * won 12 seats" → greens): the nearest capitalised word that is neither a place nor a common
   * word, folded. Two figures of different owners measure different things.
   */
  owner?: string;
  /** Acronyms the sentence names (all capitals, two to six letters, places and codes aside): "UNHCR", "MDC". */
  acronyms?: Set<string>;
  /**
   * A sum's measured thing, where the sentence says it in so many words (`measuredNoun`): "a trade
   * deficit of $24 billion", "the deficit with India stands at $24 billion", "the $25 billion
   * trade deficit" → deficit. Kept apart from `head`, which subject likeness reads.
   */
  measured?: string;
}

/** The stored form of a fact's features: arrays, as JSON holds them. */
export function aboutOf(f: SubjectFeatures): SubjectAbout {
  const about: SubjectAbout = { tokens: [...f.tokens], words: f.words };
  if (f.slots.size) about.slots = Object.fromEntries(f.slots);
  if (f.names.size) about.names = [...f.names];
  if (f.head !== undefined) about.head = f.head;
  if (f.heads) about.heads = f.heads;
  if (f.owner !== undefined) about.owner = f.owner;
  if (f.acronyms) about.acronyms = [...f.acronyms];
  if (f.measured !== undefined) about.measured = f.measured;
  return about;
}

const NONE: SubjectAbout = { tokens: [], words: [] };

/**
 * A fact's features from their stored form. A fact without them (none is written without, and
 * projects of older versions are given theirs on open) is about nothing grouping can compare.
 */
export function featuresOf(about: SubjectAbout | undefined): SubjectFeatures {
  const a = about ?? NONE;
  const f: SubjectFeatures = { tokens: new Set(a.tokens), slots: new Map(Object.entries(a.slots ?? {})), names: new Set(a.names ?? []), words: a.words };
  if (a.head !== undefined) f.head = a.head;
  if (a.heads) f.heads = a.heads;
  if (a.owner !== undefined) f.owner = a.owner;
  if (a.acronyms) f.acronyms = new Set(a.acronyms);
  if (a.measured !== undefined) f.measured = a.measured;
  return f;
}

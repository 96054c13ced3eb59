// The project's full-text index: facts (their sentence and speaker) and source text in passages.
// Kept per source, so that a source added, read again or removed changes only its own documents;
// never rebuilt for a query. Words are folded and stemmed (terms.ts); the last word of a query
// being typed also matches the words it begins; a word found nowhere is matched loosely.
import { foldText } from '../entities/fold';
import type { Fact, Source } from '../model';
import { highlightRanges, snippetOf, type TextRange } from './highlight';
import { InvertedIndex, MAX_WORDS, type Ranking, type TermWeight } from './invertedIndex';
import { splitPassages } from './passages';
import { foldWord, forEachWord, indexTerms, queryWords, splitWords, type QueryWord } from './terms';

export type SearchScope = 'facts' | 'sources' | 'all';

/** What the index needs of a fact: what it searches and where the fact stands. */
export type SearchFact = Pick<Fact, 'id' | 'sourceId' | 'text' | 'start' | 'end' | 'speaker'>;

/** What the index needs of a source. */
export interface SearchSource {
  id: string;
  text: string;
}

export interface SearchOptions {
  scope?: SearchScope;
  limit?: number;
  /** The last word may be unfinished (typing): it also matches the words it begins. */
  prefix?: boolean;
  /** Only facts this accepts are found (a status filter, the citation picker's verified facts). */
  acceptFact?: (factId: string) => boolean;
}

export interface SearchHit {
  kind: 'fact' | 'source';
  /** The fact's id, or the passage's (`<source id>#<n>`). */
  id: string;
  sourceId: string;
  factId: string | null;
  /** Where the snippet stands in the source's text. */
  start: number;
  end: number;
  score: number;
  /** How many of the query's words the hit has: hits with more come first. */
  matched: number;
  /** Plain text; render as text. */
  snippet: string;
  /** Offsets into `snippet` of the words to mark. */
  highlights: TextRange[];
}

/** Which facts a filter's words find (see SearchIndex.matchFacts). */
export interface FactMatch {
  /** The query's words that were searched (function words are not). */
  words: number;
  factIds: string[];
}

export interface SearchOutcome {
  /** The query's words that were searched (function words are not). */
  words: number;
  /** Hits with any of the words, before the limit. */
  total: number;
  /** Hits with all of them. */
  complete: number;
  hits: SearchHit[];
}

interface PassageRef {
  id: string;
  sourceId: string;
  start: number;
  end: number;
}

/** A word shorter than this is not searched as a prefix: one letter begins too much of a language. */
export const MIN_PREFIX = 2;
export const DEFAULT_LIMIT = 50;
// A word begun counts less than a word given whole, the more so the more is left to type.
const PREFIX_WEIGHT = 0.6;
// Beyond this many postings the rarer completions of a short prefix are not scored: "in" begins a
// good part of the language, and the words nearest to what was typed are the likeliest.
const PREFIX_POSTINGS = 400_000;
const FUZZY_WEIGHT = 0.45;

/** Counts what the index has done, for tests and benchmarks: documents added since it was made. */
export interface IndexCounters {
  documentsAdded: number;
}

export class SearchIndex {
  private readonly facts = new InvertedIndex<SearchFact>();
  private readonly passages = new InvertedIndex<PassageRef>();
  private readonly sourceTexts = new Map<string, string>();
  private readonly docsOf = new Map<string, { facts: string[]; passages: string[] }>();
  readonly counters: IndexCounters = { documentsAdded: 0 };

  get sourceCount(): number {
    return this.docsOf.size;
  }

  get factCount(): number {
    return this.facts.size;
  }

  get passageCount(): number {
    return this.passages.size;
  }

  has(sourceId: string): boolean {
    return this.docsOf.has(sourceId);
  }

  /** Indexes a source and its facts, in place of what the index had for it. */
  setSource(source: SearchSource, facts: readonly SearchFact[]): void {
    this.removeSource(source.id);
    const counts = new Map<string, number>();
    for (const f of facts) {
      counts.clear();
      const length = countTerms(f.text, 0, f.text.length, counts) + (f.speaker ? countTerms(f.speaker, 0, f.speaker.length, counts) : 0);
      this.facts.add(f.id, f, counts, length);
    }
    const passageIds: string[] = [];
    splitPassages(source.text).forEach((p, i) => {
      const id = `${source.id}#${i}`;
      counts.clear();
      const length = countTerms(source.text, p.start, p.end, counts);
      this.passages.add(id, { id, sourceId: source.id, start: p.start, end: p.end }, counts, length);
      passageIds.push(id);
    });
    this.sourceTexts.set(source.id, source.text);
    this.docsOf.set(source.id, { facts: facts.map((f) => f.id), passages: passageIds });
    this.counters.documentsAdded += facts.length + passageIds.length;
  }

  removeSource(sourceId: string): void {
    const docs = this.docsOf.get(sourceId);
    if (!docs) return;
    for (const id of docs.facts) this.facts.remove(id);
    for (const id of docs.passages) this.passages.remove(id);
    this.sourceTexts.delete(sourceId);
    this.docsOf.delete(sourceId);
  }

  search(query: string, options: SearchOptions = {}): SearchOutcome {
    const words = queryWords(query);
    if (!words.length) return { words: 0, total: 0, complete: 0, hits: [] };
    const scope = options.scope ?? 'all';
    const limit = options.limit ?? DEFAULT_LIMIT;
    const indexes = [...(scope !== 'sources' ? [this.facts] : []), ...(scope !== 'facts' ? [this.passages] : [])];
    const terms = this.queryTerms(query, words, indexes, options.prefix ?? true);
    const accept = options.acceptFact;
    const factRanking: Ranking<SearchFact> | null = scope !== 'sources' ? this.facts.rank(terms, limit, accept ? (f) => accept(f.id) : undefined) : null;
    const passageRanking: Ranking<PassageRef> | null = scope !== 'facts' ? this.passages.rank(terms, limit) : null;
    const matchedTerms = new Set(terms.flat().map((t) => t.term));
    const stops = new Set(splitWords(query).filter((w) => foldWord(w) === null).map((w) => foldText(w)));
    const ranked = [
      ...(factRanking?.hits ?? []).map((h) => ({ ...h, hit: () => this.factHit(h.ref, matchedTerms, stops) })),
      ...(passageRanking?.hits ?? []).map((h) => ({ ...h, hit: () => this.passageHit(h.ref, matchedTerms, stops) })),
    ].sort((a, b) => b.matched - a.matched || b.score - a.score);
    return {
      words: words.length,
      total: (factRanking?.total ?? 0) + (passageRanking?.total ?? 0),
      complete: (factRanking?.complete ?? 0) + (passageRanking?.complete ?? 0),
      hits: ranked.slice(0, limit).map((r) => ({ ...r.hit(), score: r.score, matched: r.matched })),
    };
  }

  /**
   * The facts the words find, for a filter: those with every word, or where none has them all,
   * every fact with any (as ranked search would list them), in no order and with no snippet or
   * marks, so the Facts list can filter 100,000 facts per key press (ranking, marking and sending
   * 30,000 hits took most of a second).
   */
  matchFacts(query: string, prefix = true): FactMatch {
    const words = queryWords(query);
    if (!words.length) return { words: 0, factIds: [] };
    const terms = this.queryTerms(query, words, [this.facts], prefix);
    const all = Math.min(words.length, MAX_WORDS);
    const found = this.facts.matching(terms);
    const complete = found.filter((f) => f.matched === all);
    return { words: words.length, factIds: (complete.length ? complete : found).map((f) => f.ref.id) };
  }

  /** Each query word's terms; a word found nowhere may be misspelt, and only then is it matched loosely. */
  private queryTerms(query: string, words: QueryWord[], indexes: InvertedIndex<unknown>[], prefix: boolean): TermWeight[][] {
    const typing = prefix && !/\s$/.test(query);
    const terms = words.map((w, i) => this.termsOf(w, indexes, typing && i === words.length - 1, false));
    if (terms.some((t) => t.length > 0)) return terms;
    return words.map((w, i) => this.termsOf(w, indexes, typing && i === words.length - 1, true));
  }

  /** The terms one query word is matched by in these indexes. */
  private termsOf(word: QueryWord, indexes: InvertedIndex<unknown>[], typed: boolean, loose: boolean): TermWeight[] {
    const inAny = (term: string) => indexes.some((ix) => ix.has(term));
    const terms: TermWeight[] = [];
    const add = (term: string, weight: number) => {
      const known = terms.find((t) => t.term === term);
      if (known) known.weight = Math.max(known.weight, weight);
      else if (inAny(term)) terms.push({ term, weight });
    };
    add(word.stem, 1);
    // The word as typed, where the stem stands for more ("investors" as well as "invest").
    if (word.folded !== word.stem) add(word.folded, 1);
    if (typed && word.folded.length >= MIN_PREFIX) {
      let budget = PREFIX_POSTINGS;
      const seen = new Set<string>();
      for (const ix of indexes) {
        for (const { term, count } of ix.withPrefix(word.folded)) {
          if (budget <= 0) break;
          budget -= count;
          if (seen.has(term)) continue;
          seen.add(term);
          const rest = term.length - word.folded.length;
          add(term, rest === 0 ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * rest));
        }
      }
    }
    if (loose && word.stem.length >= 4) {
      const distance = word.stem.length >= 8 ? 2 : 1;
      for (const ix of indexes) for (const near of ix.near(word.stem, distance)) add(near.term, (FUZZY_WEIGHT * near.term.length) / (near.term.length + near.distance));
    }
    return terms;
  }

  private factHit(fact: SearchFact, matched: ReadonlySet<string>, stops: ReadonlySet<string>): Omit<SearchHit, 'score' | 'matched'> {
    return {
      kind: 'fact',
      id: fact.id,
      sourceId: fact.sourceId,
      factId: fact.id,
      start: fact.start,
      end: fact.end,
      snippet: fact.text,
      highlights: highlightRanges(fact.text, matched, stops),
    };
  }

  private passageHit(ref: PassageRef, matched: ReadonlySet<string>, stops: ReadonlySet<string>): Omit<SearchHit, 'score' | 'matched'> {
    const passage = this.sourceTexts.get(ref.sourceId)!.slice(ref.start, ref.end);
    const cut = snippetOf(passage, highlightRanges(passage, matched, stops));
    return {
      kind: 'source',
      id: ref.id,
      sourceId: ref.sourceId,
      factId: null,
      start: ref.start + cut.start,
      end: ref.start + cut.end,
      snippet: passage.slice(cut.start, cut.end),
      highlights: cut.ranges,
    };
  }
}

/** A whole project indexed at once (the CLI, and a project opened in the app). */
export function indexProject(project: { sources: readonly Pick<Source, 'id' | 'text'>[]; facts: readonly SearchFact[] }, index = new SearchIndex()): SearchIndex {
  const bySource = factsBySource(project.facts);
  for (const s of project.sources) index.setSource({ id: s.id, text: s.text }, bySource.get(s.id) ?? []);
  return index;
}

export function factsBySource<F extends SearchFact>(facts: readonly F[]): Map<string, F[]> {
  const bySource = new Map<string, F[]>();
  for (const f of facts) {
    const list = bySource.get(f.sourceId);
    if (list) list.push(f);
    else bySource.set(f.sourceId, [f]);
  }
  return bySource;
}

/** The part of a fact the index keeps (a fact crossing to the search worker carries no more). */
export function searchFact(f: SearchFact): SearchFact {
  return { id: f.id, sourceId: f.sourceId, text: f.text, start: f.start, end: f.end, ...(f.speaker !== undefined ? { speaker: f.speaker } : {}) };
}

/** Adds the terms of `text` between `from` and `to` to `counts`; returns how many words it has. */
function countTerms(text: string, from: number, to: number, counts: Map<string, number>): number {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  let words = 0;
  forEachWord(part, (start, end) => {
    const terms = indexTerms(part.slice(start, end));
    if (terms.length) words++;
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return words;
}

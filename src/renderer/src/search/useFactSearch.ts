// Full-text search of the open project's facts, for any view that lists them (the citation
// picker; the Facts view): a query in, the facts that have its words out, best first, each with
// the words to mark in its sentence. The back end keeps one index; this only asks it, the latest
// answer winning, and asks again when facts or decisions change.
import { useEffect, useRef, useState } from 'react';
import type { FactStatus, SearchResult, TextRange } from '../../../shared/api';

export interface RankedFact {
  factId: string;
  /** How many of the query's words the fact has. */
  matched: number;
  /** Offsets into the fact's sentence (fact.text) of the words to mark. */
  highlights: TextRange[];
}

export interface FactSearch {
  /** Null while there is no query: show every fact, unranked. */
  ranked: RankedFact[] | null;
  /** The query's words that were searched; facts with all of them have `matched === words`. */
  words: number;
  /** Facts with any of the words, and with all of them (before the limit). */
  total: number;
  complete: number;
  /** A query is out and its answer not in yet (the list shows the previous answer meanwhile). */
  pending: boolean;
  error: string | null;
}

export interface FactSearchOptions {
  /** Only facts with this status (the picker: verified). */
  status?: FactStatus;
  /** How many facts at most (the best ones). */
  limit?: number;
}

const NONE: FactSearch = { ranked: null, words: 0, total: 0, complete: 0, pending: false, error: null };

/** Asks the back end once: the query's facts, best first. */
export async function searchFacts(query: string, options: FactSearchOptions = {}): Promise<SearchResult> {
  const result = await window.attache.search({
    query,
    scope: 'facts',
    limit: options.limit ?? 200,
    ...(options.status ? { status: options.status } : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function rankedFacts(result: SearchResult): RankedFact[] {
  return result.hits.flatMap((h) => (h.factId ? [{ factId: h.factId, matched: h.matched, highlights: h.highlights }] : []));
}

/**
 * The hits a list should show: those with every word when there are some ("type to narrow"),
 * else the best partial ones.
 */
export function shownHits(search: FactSearch): RankedFact[] | null {
  if (!search.ranked) return null;
  return search.complete > 0 ? search.ranked.filter((r) => r.matched === search.words) : search.ranked;
}

export function useFactSearch(query: string, options: FactSearchOptions = {}): FactSearch {
  const [state, setState] = useState<FactSearch>(NONE);
  const [changes, setChanges] = useState(0);
  const latest = useRef(0);
  const { status, limit } = options;

  useEffect(
    () =>
      window.attache.on('projectChanged', ({ what }) => {
        if (what === 'facts' || what === 'decisions' || what === 'project') setChanges((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    const asked = ++latest.current;
    if (!query.trim()) {
      setState(NONE);
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    searchFacts(query, { ...(status ? { status } : {}), ...(limit ? { limit } : {}) }).then(
      (result) => {
        if (asked !== latest.current) return;
        setState({ ranked: rankedFacts(result), words: result.words, total: result.total, complete: result.complete, pending: false, error: null });
      },
      (err: unknown) => {
        if (asked !== latest.current) return;
        setState({ ...NONE, error: err instanceof Error ? err.message : String(err) });
      },
    );
  }, [query, status, limit, changes]);

  return state;
}

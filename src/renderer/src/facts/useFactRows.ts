// The facts list as a window over the back end's rows: the back end filters and sorts, this keeps
// the blocks of rows asked for so far and asks for more as the list scrolls. A new query or a
// change to the project starts a new generation; answers for an older one are dropped.
import { useCallback, useReducer, useRef, useState } from 'react';
import type { FactCounts, FactQuery, FactsPage, FactView } from '../../../shared/api';

/**
 * Rows per request: a screenful is about a dozen, with the list's overscan about 30 are drawn.
 * Every new filter asks for one block, so its size is paid per key press (50 rows were 60 KB).
 */
export const BLOCK_ROWS = 25;

export interface FactRowsState {
  generation: number;
  total: number;
  counts: FactCounts;
  /** The words were matched plainly, the search index being still built (FactsPage.plainWords). */
  plainWords: boolean;
}

export interface FactRows {
  state: FactRowsState | null;
  rowAt(index: number): FactView | undefined;
  /** Asks for the blocks holding rows `from` to `to` that are not loaded yet. */
  ensure(from: number, to: number): void;
  /** The ids of rows `from` to `to` (both included), from the blocks held or the back end. */
  idsBetween(from: number, to: number): Promise<string[] | null>;
  /**
   * Drops every row and loads the block around row `around`, locating the given facts; or the
   * block of the fact `follow`, where the list now holds it.
   */
  reload(around: number, locate: readonly string[], follow?: string): Promise<FactsPage | null>;
}

export function useFactRows(query: FactQuery, onError: (message: string) => void): FactRows {
  const rows = useRef(new Map<number, FactView>());
  const blocks = useRef(new Set<number>());
  const generation = useRef(0);
  const [state, setState] = useState<FactRowsState | null>(null);
  const [, rowsArrived] = useReducer((n: number) => n + 1, 0);
  const queryRef = useRef(query);
  queryRef.current = query;
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const put = (page: FactsPage) => page.rows.forEach((row, i) => rows.current.set(page.offset + i, row));

  const reload = useCallback(async (around: number, locate: readonly string[], follow?: string) => {
    const g = ++generation.current;
    // Should the list have got shorter than the row asked about, the back end gives its last block,
    // which holds the row now nearest it: one request, where asking again cost a second per key.
    const result = await window.attache.factsPage({
      query: queryRef.current,
      offset: Math.max(0, Math.floor(around / BLOCK_ROWS)) * BLOCK_ROWS,
      limit: BLOCK_ROWS,
      locate: [...locate],
      clampToEnd: true,
      ...(follow ? { follow } : {}),
    });
    if (g !== generation.current) return null;
    if (!result.ok) {
      errorRef.current(result.error.message);
      return null;
    }
    const block = Math.floor(result.value.offset / BLOCK_ROWS);
    rows.current = new Map();
    blocks.current = new Set([block]);
    put(result.value);
    setState({ generation: g, total: result.value.total, counts: result.value.counts, plainWords: result.value.plainWords === true });
    return result.value;
  }, []);

  const ensure = useCallback((from: number, to: number) => {
    const g = generation.current;
    for (let block = Math.max(0, Math.floor(from / BLOCK_ROWS)); block <= Math.floor(to / BLOCK_ROWS); block++) {
      if (blocks.current.has(block)) continue;
      blocks.current.add(block);
      void window.attache.factsPage({ query: queryRef.current, offset: block * BLOCK_ROWS, limit: BLOCK_ROWS }).then((result) => {
        if (g !== generation.current) return;
        if (!result.ok) {
          blocks.current.delete(block);
          errorRef.current(result.error.message);
          return;
        }
        put(result.value);
        rowsArrived();
      });
    }
  }, []);

  const idsBetween = useCallback(async (from: number, to: number) => {
    const held: string[] = [];
    for (let i = from; i <= to; i++) {
      const row = rows.current.get(i);
      if (!row) break;
      held.push(row.fact.id);
    }
    if (held.length === to - from + 1) return held;
    const g = generation.current;
    const result = await window.attache.factsIds({ query: queryRef.current, offset: from, limit: to - from + 1 });
    if (g !== generation.current) return null;
    if (!result.ok) {
      errorRef.current(result.error.message);
      return null;
    }
    return result.value;
  }, []);

  const rowAt = useCallback((index: number) => rows.current.get(index), []);

  return { state, rowAt, ensure, idsBetween, reload };
}

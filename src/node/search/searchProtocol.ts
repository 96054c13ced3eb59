// Messages between the service and the search worker, which holds the open project's index.
// The worker reads the project file itself when it starts, so the main thread never copies a
// whole project to it; afterwards it is sent only the sources that changed, each with its facts.
import type { AttacheErrorShape } from '../../core/errors';
import type { FactMatch, SearchFact, SearchOutcome, SearchScope } from '../../core/search';

/** What the worker is started with (workerData), so the shared worker entry knows its role. */
export const SEARCH_ROLE = 'search';

export interface SearchRequest {
  query: string;
  scope: SearchScope;
  limit: number;
  prefix: boolean;
  /** Facts by id: only these (keep) or all but these (drop). */
  facts?: { ids: string[]; keep: boolean };
}

export interface IndexStats {
  /** Whole projects indexed (once per start); a change to a source never adds one. */
  builds: number;
  documentsAdded: number;
  sources: number;
  facts: number;
}

export type ToSearchWorker =
  | { type: 'load'; path: string }
  | { type: 'set'; source: { id: string; text: string }; facts: SearchFact[] }
  | { type: 'remove'; sourceId: string }
  | { type: 'search'; id: number; request: SearchRequest }
  /** The Facts list's filter: which facts the words find (SearchIndex.matchFacts). */
  | { type: 'match'; id: number; query: string; prefix: boolean }
  | { type: 'stats'; id: number };

export type FromSearchWorker =
  | { type: 'result'; id: number; value: SearchOutcome | FactMatch | IndexStats }
  | { type: 'error'; id: number; error: AttacheErrorShape }
  | { type: 'loadFailed'; error: AttacheErrorShape };

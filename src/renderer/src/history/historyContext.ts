// The project screen's decision history, handed to the views below it (they record into it).
import { createContext, useContext } from 'react';
import type { DecisionHistory } from './decisionHistory';

/** The project screen's history; views record into it. Null outside a project (nothing records). */
export const HistoryContext = createContext<DecisionHistory | null>(null);

export function useDecisionHistory(): DecisionHistory | null {
  return useContext(HistoryContext);
}

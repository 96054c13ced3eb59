// Words to find in the facts list and the citation picker. One function, so that full-text search
// can take its place without either caller changing: today a case-blind substring of the fact's
// sentence or its subject.
import type { Fact, Project } from '../../core/model';

export type FactTextMatch = (fact: Fact) => boolean;

/** A test for the facts the words find; null when there are no words (every fact passes). */
export function factTextMatch(_project: Project, text: string | undefined): FactTextMatch | null {
  const needle = text?.trim().toLowerCase();
  if (!needle) return null;
  return (fact) => fact.text.toLowerCase().includes(needle) || fact.subject.toLowerCase().includes(needle);
}

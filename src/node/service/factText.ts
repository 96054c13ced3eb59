// Words to find in the facts list and the citation picker. One function, so that full-text search
// can take its place without either caller changing: today a case-blind substring of the fact's
// sentence or its subject.
import type { FactIndex } from '../../core/factIndex';
import type { Project } from '../../core/model';

/** Whether the fact at a position of the index has the words. */
export type FactTextMatch = (position: number) => boolean;

// Each fact's words folded once per index, not once per query: a query at 100,000 facts would
// otherwise lower-case 100,000 sentences per key press.
const folded = new WeakMap<FactIndex, string[]>();

/** A test for the facts the words find; null when there are no words (every fact passes). */
export function factTextMatch(_project: Project, index: FactIndex, text: string | undefined): FactTextMatch | null {
  const needle = text?.trim().toLowerCase();
  if (!needle) return null;
  let words = folded.get(index);
  if (!words) {
    words = index.facts.map((f) => `${f.text}\u241f${f.subject}`.toLowerCase());
    folded.set(index, words);
  }
  const all = words;
  return (position) => all[position]!.includes(needle);
}

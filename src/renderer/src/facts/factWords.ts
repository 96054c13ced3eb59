// How a fact is named in the list and the evidence pane.
import type { FactView, Group } from '../../../shared/api';

/**
 * The primary value as the source wrote it, with its hedge. Agreements, claims and quotes carry
 * no value: their sentence names them instead (the list and headings cut it with an ellipsis).
 */
export function primaryValueText(view: Pick<FactView, 'fact'>): string {
  const value = view.fact.values[0];
  if (!value) return view.fact.text.trim() || view.fact.subject;
  const qualifier = value.qualifier && !value.surface.toLowerCase().startsWith(value.qualifier.toLowerCase()) ? `${value.qualifier} ` : '';
  return `${qualifier}${value.surface}`;
}

/** Distinct sources in the fact's corroborating groups, its own included (as the groups' reasons count them). */
export function corroboratingSourceCount(
  factId: string,
  groups: readonly Group[],
  sourceOf: (factId: string) => string | undefined,
): number {
  const sources = new Set<string>();
  for (const g of groups) {
    if (g.relation !== 'corroborated' || !g.factIds.includes(factId)) continue;
    for (const id of g.factIds) {
      const s = sourceOf(id);
      if (s !== undefined) sources.add(s);
    }
  }
  return sources.size;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const CREDIBILITY_WORDS: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'cannot be judged',
};

// Who's who as the renderer asks for it: a window of entries (filtered by type and by any of their
// names) and one entry's facts, and the analyst's merges and splits made into decisions. The
// entries are worked out once per change of facts or decisions (whosWho, in core) and kept while
// both arrays stay the same, so scrolling never recomputes them.
import { AttacheError } from '../../core/errors';
import type { FactIndex } from '../../core/factIndex';
import { foldText } from '../../core/entities/fold';
import type { EntityType, Fact, Project } from '../../core/model';
import { effectiveMeta, type WhoDecision, type WhoName } from '../../core/model';
import { whoBase, whoWithDecisions, type WhoBase, type WhoEntry } from '../../core/whosWho';
import type { FactView, WhoPage, WhoRow } from '../../shared/api';
import { factView, sourceLookup } from './factViews';

/** Per facts array: the automatic grouping, and the entries with the decisions last asked for. */
const built = new WeakMap<readonly Fact[], { base: WhoBase; decisions: readonly WhoDecision[]; entries: WhoEntry[] }>();

/**
 * The project's Who's who entries, the analyst's merges and splits applied. The automatic grouping
 * is worked out once per change of facts; a merge or split (a new decisions array: it is replaced,
 * never changed in place) works out again only the entries it touches.
 */
export function whoEntries(project: Project): WhoEntry[] {
  let held = built.get(project.facts);
  if (!held) {
    const base = whoBase(project.facts);
    held = { base, decisions: project.whoDecisions, entries: whoWithDecisions(base, project.whoDecisions) };
    built.set(project.facts, held);
  } else if (held.decisions !== project.whoDecisions) {
    held.decisions = project.whoDecisions;
    held.entries = whoWithDecisions(held.base, project.whoDecisions);
  }
  return held.entries;
}

function requireEntry(project: Project, id: string): WhoEntry {
  const entry = whoEntries(project).find((e) => e.id === id);
  if (!entry) throw new AttacheError('NOT_FOUND', 'That name is no longer in the project (its sources were removed or read again, or it was merged or split).');
  return entry;
}

/** “To Lam”, “Tô Lâm” and 2 more: names in a status line, never a list without end. */
function quoted(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => `“${n}”`);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown.join('');
}

export interface WhoDecisionDraft {
  decision: { kind: 'merge'; into: WhoName; names: WhoName[] } | { kind: 'split'; name: WhoName };
  /** Past tense, for the status line and the undo menu. */
  message: string;
}

/**
 * Merging entries into one: the decision names every name of each (so the merge still holds if a
 * later grouping files them apart), and the entry merged into keeps its name.
 */
export function mergeDraft(project: Project, ids: readonly string[], intoId?: string): WhoDecisionDraft {
  const unique = [...new Set(ids)];
  if (intoId !== undefined && !unique.includes(intoId)) unique.unshift(intoId);
  if (unique.length < 2) throw new AttacheError('BAD_ARGUMENT', 'Choose two or more names to merge.');
  const entries = unique.map((id) => requireEntry(project, id));
  // Unless the analyst says which, the merge goes into the entry the sources mention most (the list's order).
  const into = intoId !== undefined ? entries.find((e) => e.id === intoId)! : [...entries].sort((a, b) => b.sourceIds.length - a.sourceIds.length || b.factPositions.length - a.factPositions.length)[0]!;
  const names: WhoName[] = [];
  const seen = new Set<string>();
  for (const entry of [into, ...entries.filter((e) => e !== into)]) {
    for (const n of entry.names) {
      const key = `${n.type}\u241f${n.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(n);
    }
  }
  const intoName = into.names.find((n) => n.name === into.name) ?? into.names[0]!;
  const others = entries.filter((e) => e !== into).map((e) => e.name);
  return { decision: { kind: 'merge', into: intoName, names }, message: `Merged ${quoted(others)} into “${into.name}”` };
}

/** Moving one name of an entry (with the facts that use it) out into an entry of its own. */
export function splitDraft(project: Project, id: string, name: string): WhoDecisionDraft {
  const entry = requireEntry(project, id);
  const named = entry.names.find((n) => n.name === name);
  if (!named) throw new AttacheError('NOT_FOUND', `“${name}” is not one of the names of “${entry.name}” (any more).`);
  if (entry.variants.length < 2) throw new AttacheError('NOT_ALLOWED', `“${name}” is the only name of this entry: there is nothing to split from it.`);
  return { decision: { kind: 'split', name: named }, message: `Split “${name}” from “${entry.name}”` };
}

/** The entry that holds a name now (after a merge or split, the one to show). */
export function entryWithName(project: Project, name: WhoName): WhoEntry | undefined {
  return whoEntries(project).find((e) => e.names.some((n) => n.type === name.type && n.name === name.name));
}

function rowOf(entry: WhoEntry, sourceName: (id: string) => string): WhoRow {
  return {
    id: entry.id,
    type: entry.type,
    name: entry.name,
    variants: entry.variants,
    factCount: entry.factPositions.length,
    decided: entry.decided,
    sources: entry.sourceIds.map((id) => ({ id, name: sourceName(id) })),
  };
}

function sourceNames(project: Project): (id: string) => string {
  const byId = new Map(project.sources.map((s) => [s.id, effectiveMeta(s).title ?? s.fileName]));
  return (id) => byId.get(id) ?? '(removed source)';
}

export function whoPage(project: Project, request: { type?: EntityType | undefined; text?: string | undefined; offset: number; limit: number }): WhoPage {
  const words = request.text ? foldText(request.text).trim() : '';
  const matched = whoEntries(project).filter(
    (e) => (!request.type || e.type === request.type) && (!words || e.variants.some((v) => foldText(v.name).includes(words))),
  );
  const offset = Math.min(request.offset, matched.length);
  const name = sourceNames(project);
  return { offset, total: matched.length, rows: matched.slice(offset, offset + request.limit).map((e) => rowOf(e, name)) };
}

const MAX_FACTS = 1000;

export function whoFacts(project: Project, index: FactIndex, id: string): { row: WhoRow; facts: FactView[]; total: number } {
  const entry = requireEntry(project, id);
  const sourceOf = sourceLookup(project);
  return {
    row: rowOf(entry, sourceNames(project)),
    // whosWho counts positions in the project's facts, which is the index's order too.
    facts: entry.factPositions.slice(0, MAX_FACTS).map((p) => factView(project, index, p, sourceOf)),
    total: entry.factPositions.length,
  };
}

// Who's who as the renderer asks for it: a window of entries (filtered by type and by any of their
// names) and one entry's facts. The entries are worked out once per change of facts (whosWho, in
// core) and kept while the facts array stays the same, so scrolling never recomputes them.
import { AttacheError } from '../../core/errors';
import type { FactIndex } from '../../core/factIndex';
import { foldText } from '../../core/entities/fold';
import type { EntityType, Fact, Project } from '../../core/model';
import { effectiveMeta } from '../../core/model';
import { whosWho, type WhoEntry } from '../../core/whosWho';
import type { FactView, WhoPage, WhoRow } from '../../shared/api';
import { factView, sourceLookup } from './factViews';

const built = new WeakMap<readonly Fact[], WhoEntry[]>();

/** The project's Who's who entries, worked out once per change of facts. */
export function whoEntries(project: Project): WhoEntry[] {
  let entries = built.get(project.facts);
  if (!entries) {
    entries = whosWho(project.facts);
    built.set(project.facts, entries);
  }
  return entries;
}

function rowOf(entry: WhoEntry, sourceName: (id: string) => string): WhoRow {
  return {
    id: entry.id,
    type: entry.type,
    name: entry.name,
    variants: entry.variants,
    factCount: entry.factPositions.length,
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
  const entry = whoEntries(project).find((e) => e.id === id);
  if (!entry) throw new AttacheError('NOT_FOUND', 'That name is no longer in the project (its sources were removed or read again).');
  const sourceOf = sourceLookup(project);
  return {
    row: rowOf(entry, sourceNames(project)),
    // whosWho counts positions in the project's facts, which is the index's order too.
    facts: entry.factPositions.slice(0, MAX_FACTS).map((p) => factView(project, index, p, sourceOf)),
    total: entry.factPositions.length,
  };
}

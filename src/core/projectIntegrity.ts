// What a project file must hold together beyond its schema, checked when it is opened: ids that
// are unique, facts whose offsets lie in their source and whose words are its words there, and
// references (a fact's source, a group's members, the brief's citations, a decision's fact) that
// lead somewhere. A file written by Attaché always does; a damaged or hand-edited one may not.
//
// Each problem comes with its repair, and no repair drops the analyst's work silently: a
// duplicated id is renamed and kept (an exact copy of an entry is removed, as it holds nothing
// new), a fact's offsets are moved only to where its own words stand, a fact whose words its
// source does not hold is kept as it is (the brief refuses to quote it), a citation of a missing
// fact is kept (the brief's check lists it), and only groups (which verification forms, not the
// analyst) lose members that are gone. Pure: the project given is never changed; the repaired
// one shares every part the repairs did not touch.
import type { Brief, Decision, Fact, FactValue, Group, Project, Section, Source } from './model';
import { citedFactIds } from './brief/walk';
import { factWordsProblem, findFactWords, shortQuote, wordsAt } from './sourceWords';

export type IntegrityFindingKind =
  | 'duplicate-source'
  | 'duplicate-fact'
  | 'duplicate-group'
  | 'duplicate-section'
  | 'fact-offsets'
  | 'fact-words'
  | 'value-offsets'
  | 'missing-source'
  | 'group-member'
  | 'brief-citation'
  | 'decision-fact';

export interface IntegrityFinding {
  kind: IntegrityFindingKind;
  /** What was found and what was done about it, in a person's words. */
  message: string;
  /** False when nothing was changed for it (kept as it is and reported). */
  repaired: boolean;
}

export interface ProjectIntegrity {
  findings: IntegrityFinding[];
  /** The project with the repairs made; null when none was needed. */
  repaired: Project | null;
}

export function checkProjectIntegrity(project: Project): ProjectIntegrity {
  const findings: IntegrityFinding[] = [];
  let changed = false;
  const note = (kind: IntegrityFindingKind, message: string, repaired: boolean) => {
    findings.push({ kind, message, repaired });
    if (repaired) changed = true;
  };

  const sources = uniqueSources(project.sources, project.facts, note);
  let facts = uniqueEntries(sources.facts, 'fact', (f) => `fact ${f.id} (“${shortQuote(f.text)}”)`, (f, id) => ({ ...f, id }), note, 'duplicate-fact', 'its decision, groups and citations stay with the first; the renamed one is unverified');
  const groups = uniqueEntries(project.groups, 'group', (g) => `group ${g.id} (${g.subject || g.relation})`, (g, id) => ({ ...g, id }), note, 'duplicate-group', '');
  const brief = project.brief ? uniqueSections(project.brief, note) : null;

  facts = factsInTheirSources(facts, new Map(sources.sources.map((s) => [s.id, s])), note);
  const factIds = new Set(facts.map((f) => f.id));
  const memberGroups = groupsOfFacts(groups, factIds, note);
  const decisions = decisionsOfTheirFacts(project.decisions, note);
  if (brief) {
    const missing = citedFactIds(brief).filter((id) => !factIds.has(id));
    for (const id of missing) {
      note('brief-citation', `The brief cites fact ${id}, which is not in the project. The citation is kept and the brief's integrity check lists it: export refuses it until you remove it.`, false);
    }
  }

  if (!changed) return { findings, repaired: null };
  return { findings, repaired: { ...project, sources: sources.sources, facts, groups: memberGroups, decisions, brief } };
}

type Note = (kind: IntegrityFindingKind, message: string, repaired: boolean) => void;

/** `${id}-2`, `${id}-3` …: the first not taken. */
function freshId(id: string, taken: Set<string>): string {
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  const fresh = `${id}-${n}`;
  taken.add(fresh);
  return fresh;
}

/**
 * Entries sharing an id: an exact copy of the first is removed, any other is renamed and kept.
 * Returns the same array when every id is unique.
 */
function uniqueEntries<T extends { id: string }>(
  entries: readonly T[],
  what: string,
  describe: (entry: T) => string,
  rename: (entry: T, id: string) => T,
  note: Note,
  kind: IntegrityFindingKind,
  consequence: string,
): T[] {
  const first = new Map<string, T>();
  let duplicated = false;
  for (const entry of entries) {
    if (first.has(entry.id)) duplicated = true;
    else first.set(entry.id, entry);
  }
  if (!duplicated) return entries as T[];
  const taken = new Set(first.keys());
  const out: T[] = [];
  for (const entry of entries) {
    const original = first.get(entry.id)!;
    if (original === entry) {
      out.push(entry);
    } else if (JSON.stringify(original) === JSON.stringify(entry)) {
      note(kind, `The project held ${describe(entry)} twice, exactly the same; the copy was removed (nothing in it is lost).`, true);
    } else {
      const id = freshId(entry.id, taken);
      note(kind, `Two ${what}s had the id ${entry.id}; the second, ${describe(entry)}, is kept as ${what} ${id}${consequence ? `: ${consequence}` : ''}.`, true);
      out.push(rename(entry, id));
    }
  }
  return out;
}

/** Sources sharing an id, made unique; a renamed source takes the facts whose words are its own. */
function uniqueSources(sources: readonly Source[], facts: readonly Fact[], note: Note): { sources: Source[]; facts: Fact[] } {
  const renamedFrom = new Map<string, { original: Source; renamed: Source[] }>();
  const unique = uniqueEntries(
    sources,
    'source',
    (s) => `source ${s.id} (${s.fileName})`,
    (s, id) => {
      const renamed = { ...s, id };
      const firstOf = sources.find((o) => o.id === s.id)!;
      const entry = renamedFrom.get(s.id) ?? { original: firstOf, renamed: [] };
      entry.renamed.push(renamed);
      renamedFrom.set(s.id, entry);
      return renamed;
    },
    note,
    'duplicate-source',
    'the facts whose words stand in it, and not in the first, go with it',
  );
  if (renamedFrom.size === 0) return { sources: unique, facts: facts as Fact[] };
  const moved = facts.map((f) => {
    const entry = renamedFrom.get(f.sourceId);
    if (!entry || !factWordsProblem(f, entry.original.text)) return f;
    const home = entry.renamed.find((s) => !factWordsProblem(f, s.text));
    return home ? { ...f, sourceId: home.id } : f;
  });
  return { sources: unique, facts: moved };
}

function uniqueSections(brief: Brief, note: Note): Brief {
  const sections = uniqueEntries(brief.sections, 'brief section', (s: Section) => `“${s.title || 'Untitled section'}”`, (s, id) => ({ ...s, id }), note, 'duplicate-section', '');
  return sections === brief.sections ? brief : { ...brief, sections };
}

/** Offsets in range and the source's own words there; moves offsets to the fact's words where it can. */
function factsInTheirSources(facts: Fact[], sourceById: ReadonlyMap<string, Source>, note: Note): Fact[] {
  let out: Fact[] | null = null;
  const missing = new Map<string, number>();
  facts.forEach((fact, i) => {
    const source = sourceById.get(fact.sourceId);
    if (!source) {
      missing.set(fact.sourceId, (missing.get(fact.sourceId) ?? 0) + 1);
      return;
    }
    let next = fact;
    const wrong = factWordsProblem(fact, source.text);
    if (wrong) {
      const found = findFactWords(fact, source.text);
      const where = `characters ${fact.start}–${fact.end}`;
      const said = wrong === 'out-of-range' ? `${where} lie outside its ${source.text.length} characters` : `it says “${shortQuote(wordsAt(fact, source.text))}” at ${where}`;
      const fact_ = `Fact ${fact.id} (“${shortQuote(fact.text)}”) of ${source.fileName}`;
      if (found) {
        next = moveFact(fact, found.start - fact.start, source.text);
        note('fact-offsets', `${fact_} did not point at its words (${said}); its words stand at characters ${found.start}–${found.end}, and it now points there.`, true);
      } else {
        note(
          wrong === 'out-of-range' ? 'fact-offsets' : 'fact-words',
          `${fact_} is not the source's words: ${said}. It is kept as it is, with your decision on it; the brief will not quote it (remove its citations, or restore the project from its backup).`,
          false,
        );
      }
    }
    const values = valuesInRange(next, source, note);
    if (values !== next.values) next = { ...next, values };
    if (next !== fact) (out ??= facts.slice())[i] = next;
  });
  for (const [sourceId, count] of missing) {
    note('missing-source', `${count === 1 ? 'A fact names' : `${count} facts name`} source ${sourceId}, which is not in the project. ${count === 1 ? 'It is' : 'They are'} kept with your decisions; the brief will not cite ${count === 1 ? 'it' : 'them'} until the source is back.`, false);
  }
  return out ?? facts;
}

/** The fact `delta` characters further on, with its values, but for those already on their words. */
function moveFact(fact: Fact, delta: number, sourceText: string): Fact {
  const values = fact.values.map((v) => (sourceText.slice(v.start, v.end) === v.surface ? v : { ...v, start: v.start + delta, end: v.end + delta }));
  return { ...fact, start: fact.start + delta, end: fact.end + delta, values };
}

/** Values whose offsets leave the source are moved to their surface within the fact, else reported. */
function valuesInRange(fact: Fact, source: Source, note: Note): FactValue[] {
  let out: FactValue[] | null = null;
  fact.values.forEach((value, i) => {
    if (value.start <= value.end && value.end <= source.text.length) return;
    const at = value.surface ? source.text.indexOf(value.surface, fact.start) : -1;
    if (at >= 0 && at + value.surface.length <= fact.end) {
      (out ??= fact.values.slice())[i] = { ...value, start: at, end: at + value.surface.length };
      note('value-offsets', `The value “${value.surface}” of fact ${fact.id} pointed outside ${source.fileName}; it now points at its words in the fact's sentence.`, true);
    } else {
      note('value-offsets', `The value “${value.surface}” of fact ${fact.id} points outside ${source.fileName}; it is kept, and is not highlighted.`, false);
    }
  });
  return out ?? fact.values;
}

/** Groups keep the members that exist, each once; a group left with fewer than two is dissolved. */
function groupsOfFacts(groups: Group[], factIds: ReadonlySet<string>, note: Note): Group[] {
  let changed = false;
  const out: Group[] = [];
  for (const group of groups) {
    const members = [...new Set(group.factIds)].filter((id) => factIds.has(id));
    if (members.length === group.factIds.length) {
      out.push(group);
      continue;
    }
    changed = true;
    const gone = group.factIds.filter((id) => !factIds.has(id));
    const what = `Group ${group.id} (${group.subject || group.relation})`;
    const goneText = gone.length ? `named ${gone.length === 1 ? 'a fact' : `${gone.length} facts`} not in the project (${[...new Set(gone)].slice(0, 5).join(', ')}${gone.length > 5 ? ' …' : ''})` : 'named a fact twice';
    if (members.length >= 2) {
      note('group-member', `${what} ${goneText}; ${gone.length ? 'they were' : 'it is'} taken out of it, and its other ${members.length} facts stay grouped.`, true);
      out.push({ ...group, factIds: members });
    } else {
      note('group-member', `${what} ${goneText}; with fewer than two facts left it groups nothing and was removed (your decisions on its facts stay).`, true);
    }
  }
  return changed ? out : groups;
}

/** A decision is found by its key: the fact it names inside must be the same one. */
function decisionsOfTheirFacts(decisions: Record<string, Decision>, note: Note): Record<string, Decision> {
  let out: Record<string, Decision> | null = null;
  for (const [key, decision] of Object.entries(decisions)) {
    if (decision.factId === key) continue;
    (out ??= { ...decisions })[key] = { ...decision, factId: key };
    note('decision-fact', `The decision on fact ${key} named fact ${decision.factId} inside it; it is the decision on ${key} (where Attaché looks it up), and now says so.`, true);
  }
  return out ?? decisions;
}

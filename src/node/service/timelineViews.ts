// The Timeline tab as the renderer asks for it: a window of marks (dated facts, those the groups
// tie together as one mark with all their sources), narrowed to a person, place or body of Who's
// who and to a kind of fact; one mark with its facts; and the marks shown as a table for the
// brief. The marks are worked out once per change of facts or groups (buildTimeline, in core).
import { AttacheError } from '../../core/errors';
import type { FactIndex } from '../../core/factIndex';
import type { Brief, FactKind, Project, Section, Source } from '../../core/model';
import { effectiveMeta } from '../../core/model';
import { buildTimeline, type Timeline, type TimelineMark } from '../../core/timeline';
import { clip, timelineTable, timeWords } from '../../core/brief/timelineTable';
import { valueWords } from '../../core/valueWords';
import type { FactView, TimelineFilter, TimelineMarkView, TimelinePage } from '../../shared/api';
import { factView, sourceLookup } from './factViews';
import { whoEntries } from './whoViews';

const built = new WeakMap<FactIndex, Timeline>();

function timelineOf(index: FactIndex): Timeline {
  let timeline = built.get(index);
  if (!timeline) {
    timeline = buildTimeline(index);
    built.set(index, timeline);
  }
  return timeline;
}

/** The marks the filter lets through: one with a fact of the kind, one with a fact naming the entity. */
function matchMarks(project: Project, index: FactIndex, filter: TimelineFilter): TimelineMark[] {
  const marks = timelineOf(index).marks;
  let naming: ReadonlySet<number> | null = null;
  if (filter.entityId) {
    const entry = whoEntries(project).find((e) => e.id === filter.entityId);
    if (!entry) throw new AttacheError('NOT_FOUND', 'That name is no longer in the project (its sources were removed or read again); choose another.');
    naming = new Set(entry.factPositions);
  }
  const kind: FactKind | undefined = filter.kind;
  if (!naming && !kind) return marks;
  return marks.filter((m) => (!kind || m.kinds.includes(kind)) && (!naming || m.positions.some((p) => naming.has(p))));
}

/** How a mark names a source: its outlet, else its title, else its file name. */
function shortName(source: Source | undefined): string {
  if (!source) return '(removed source)';
  const meta = effectiveMeta(source);
  return meta.outlet?.trim() || clip(meta.title?.trim() || '', 60) || source.fileName;
}

function markView(project: Project, index: FactIndex, mark: TimelineMark, sources: ReadonlyMap<string, Source>): TimelineMarkView {
  const lead = index.facts[mark.positions[0]!]!;
  let verified = 0;
  let rejected = 0;
  for (const p of mark.positions) {
    const status = project.decisions[index.facts[p]!.id]?.status;
    if (status === 'verified') verified++;
    else if (status === 'rejected') rejected++;
  }
  return {
    id: mark.id,
    start: mark.time.start,
    end: mark.time.end,
    when: timeWords(mark.time.canonical, mark.time.type),
    times: mark.times.map((t) => valueWords({ type: t.includes('/') ? 'daterange' : 'date', canonical: t })),
    what: clip(lead.text.replace(/\s+/g, ' ').trim(), 240),
    leadFactId: lead.id,
    kinds: mark.kinds,
    conflict: mark.conflict,
    differing: mark.differing,
    sources: mark.sourceIds.map((id) => ({ id, name: shortName(sources.get(id)) })),
    factCount: mark.positions.length,
    verified,
    rejected,
  };
}

export function timelinePage(project: Project, index: FactIndex, request: TimelineFilter & { offset: number; limit: number }): TimelinePage {
  const timeline = timelineOf(index);
  const matched = matchMarks(project, index, request);
  const offset = Math.min(request.offset, matched.length);
  const sources = new Map(project.sources.map((s) => [s.id, s]));
  return {
    offset,
    total: matched.length,
    marks: matched.slice(offset, offset + request.limit).map((m) => markView(project, index, m, sources)),
    first: matched[0]?.time.start ?? null,
    last: matched.reduce<string | null>((end, m) => (end === null || m.time.end > end ? m.time.end : end), null),
    placedFacts: timeline.placedFacts,
    yearlessFacts: timeline.yearlessFacts,
  };
}

const MAX_FACTS = 1000;

export function timelineMark(project: Project, index: FactIndex, id: string): { mark: TimelineMarkView; facts: FactView[]; total: number } {
  const mark = timelineOf(index).marks.find((m) => m.id === id);
  if (!mark) throw new AttacheError('NOT_FOUND', 'That mark is no longer on the timeline (its facts were read again); choose another.');
  const sourceOf = sourceLookup(project);
  return {
    mark: markView(project, index, mark, new Map(project.sources.map((s) => [s.id, s]))),
    facts: mark.positions.slice(0, MAX_FACTS).map((p) => factView(project, index, p, sourceOf)),
    total: mark.positions.length,
  };
}

export interface TimelineInsert {
  brief: Brief;
  rows: number;
  /** Marks left out because none of their facts is verified. */
  unverified: number;
}

/**
 * The brief with a Timeline section holding the filtered marks as a table, placed before the
 * Sources section (where the endnotes print). Throws when no mark shown has a verified fact:
 * a table of nothing cited would only be removed again.
 */
export function briefWithTimeline(project: Project, index: FactIndex, brief: Brief, filter: TimelineFilter, title: string): TimelineInsert {
  const table = timelineTable(matchMarks(project, index, filter), index, project.decisions);
  if (table.rows.length === 0) {
    throw new AttacheError(
      'NOT_ALLOWED',
      table.unverified > 0
        ? 'None of the facts on this timeline is verified: a brief cites verified facts only. Verify the facts that belong in the brief (Facts tab), then insert the timeline.'
        : 'There is nothing on this timeline to put in the brief.',
    );
  }
  const taken = new Set(brief.sections.map((s) => s.id));
  let n = 1;
  while (taken.has(`section-timeline-${n}`)) n++;
  const section: Section = { id: `section-timeline-${n}`, title, role: 'timeline', blocks: [{ type: 'timeline', rows: table.rows }] };
  const at = brief.sections.findIndex((s) => s.role === 'sources');
  const sections = at < 0 ? [...brief.sections, section] : [...brief.sections.slice(0, at), section, ...brief.sections.slice(at)];
  return { brief: { ...brief, sections }, rows: table.rows.length, unverified: table.unverified };
}

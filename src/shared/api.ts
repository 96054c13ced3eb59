// The one contract between the renderer and the back end. Every call is declared once here: its
// argument schema and its result schema. src/main registers a handler per call, src/preload
// exposes one function per call, and the e2e harness builds the same window.attache from it.
import { z } from 'zod';
import type { AttacheErrorShape } from '../core/errors';
import {
  Brief,
  BriefTemplate,
  Credibility,
  Decision,
  EntityType,
  Fact,
  FactKind,
  FactStatus,
  Group,
  PageStart,
  OcrPage,
  Reliability,
  RemovedLine,
  SourceFormat,
  SourceMeta,
} from '../core/model';

// ---------------------------------------------------------------------------------------------
// Values that cross the boundary

export const ProjectInfo = z.object({
  path: z.string(),
  name: z.string(),
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sourceCount: z.number().int().nonnegative(),
  factCount: z.number().int().nonnegative(),
  /** True when the last write reached disk. */
  saved: z.boolean(),
  /** The file may not be written (e.g. mode 0444): shown, never changed. */
  readOnly: z.boolean(),
  /** What opening found and did, in a person's words (sources read again, read-only). */
  notices: z.array(z.string().max(2000)).max(100),
});
export type ProjectInfo = z.infer<typeof ProjectInfo>;

export const RecentProject = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentProject = z.infer<typeof RecentProject>;

export const SourceSummary = z.object({
  id: z.string(),
  fileName: z.string(),
  format: SourceFormat,
  byteLength: z.number(),
  importedAt: z.string(),
  meta: SourceMeta,
  reliability: Reliability,
  removedCount: z.number().int().nonnegative(),
  factCount: z.number().int().nonnegative(),
  charCount: z.number().int().nonnegative(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const ErrorShape = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  detail: z.unknown().optional(),
});

/** What happened to one file of an import. */
export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('added'), file: z.string(), sourceId: z.string(), notes: z.array(z.string()) }),
  z.object({
    status: z.literal('duplicate'),
    file: z.string(),
    sourceId: z.string(),
    /** The file name the existing source was imported as. */
    existingFileName: z.string(),
  }),
  z.object({ status: z.literal('failed'), file: z.string(), error: ErrorShape }),
  z.object({ status: z.literal('cancelled'), file: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export const ImportReport = z.object({
  outcomes: z.array(ImportOutcome),
  added: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  cancelled: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReport>;


export const SourceDetail = z.object({
  summary: SourceSummary,
  /** The cleaned text facts point into. Render as text, never as HTML. */
  text: z.string(),
  removed: z.array(RemovedLine),
  restoredLines: z.array(z.number().int().nonnegative()),
  /** The lines the analyst put back, with the text and the reason cleaning had dropped them for. */
  restored: z.array(RemovedLine),
  pages: z.array(PageStart),
  /** Pages whose words were read by OCR, with the engine's confidence. */
  ocrPages: z.array(OcrPage).default([]),
  guessed: SourceMeta,
  edited: SourceMeta.partial(),
});
export type SourceDetail = z.infer<typeof SourceDetail>;

/** A fact as the analyst sees it: with its decision, its groups and a suggested grade. */
export const FactView = z.object({
  fact: Fact,
  sourceFileName: z.string(),
  sourceTitle: z.string().nullable(),
  decision: Decision.nullable(),
  status: FactStatus,
  suggestedCredibility: Credibility,
  groupIds: z.array(z.string()),
  inConflict: z.boolean(),
  corroborated: z.boolean(),
  /** Distinct sources that report the fact: its own and those of the facts corroborating it. */
  supportCount: z.number().int().positive(),
});
export type FactView = z.infer<typeof FactView>;

/** One thing a grouping rule found, in words ("Shared words" → "fishery, port, vale"). Plain text. */
export const EvidenceItem = z.object({ label: z.string(), text: z.string() });
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/**
 * A group as the analyst sees it: its reason, the id of the rule that formed it (the figure rules
 * for groups that record none) with the rule's general sentence, and what the rule found.
 */
export const GroupView = Group.extend({
  rule: z.string(),
  ruleSays: z.string(),
  evidenceItems: z.array(EvidenceItem),
  /** Distinct sources among the group's facts still in the project. */
  sourceCount: z.number().int().nonnegative(),
});
export type GroupView = z.infer<typeof GroupView>;

/** A fact in full for the evidence pane: its view, its groups and the other facts in them. */
export const FactDetail = z.object({
  view: FactView,
  groups: z.array(GroupView),
  /** The other members of its groups still in the project: the first 20 of each group (all in the Comparison table). */
  members: z.array(FactView),
});
export type FactDetail = z.infer<typeof FactDetail>;

/** A disagreement between sources: what it is about, the values given, how many sources. */
export const ConflictSummary = z.object({
  groupId: z.string(),
  subject: z.string(),
  reason: z.string(),
  values: z.array(z.string()),
  sourceCount: z.number().int().nonnegative(),
  factIds: z.array(z.string()),
});
export type ConflictSummary = z.infer<typeof ConflictSummary>;

/** What a conflict's sources disagree on: a figure, the place, the day, or who said it. */
export const ComparedPoint = z.enum(['value', 'place', 'day', 'speaker']);
export type ComparedPoint = z.infer<typeof ComparedPoint>;

/** One source's say in a group, for the Comparison table: its words, what it gives, its date and grade. */
export const ComparisonRow = z.object({
  /** The fact (its sentence is the source's words: render as text), its decision and suggested grade. */
  view: FactView,
  outlet: z.string().nullable(),
  /** The source's publication date as people write it ("2 June 2024"), null when undated. */
  reported: z.string().nullable(),
  reliability: Reliability,
  /** What the source gives on the compared point, as written ("at least 2,946", "Rabat"); null when it gives none. */
  says: z.string().nullable(),
  /** Rows with the same side say the same thing (the same figure, hedged or not). */
  side: z.string(),
  /** The day the fact itself gives, as people write it, where it gives one. */
  when: z.string().nullable(),
});
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const GroupComparison = z.object({
  group: GroupView,
  /** What the group is about, its day written as people write it ("… (8 September 2023)"). */
  title: z.string(),
  point: ComparedPoint,
  /** One row per fact of the group still in the project: the same sides together, then in source order. */
  rows: z.array(ComparisonRow),
  /** How many different things the rows say. */
  sides: z.number().int().nonnegative(),
  /** For a conflict the analyst resolved (one side verified, every other rejected): the side that stands. */
  standingSide: z.string().nullable(),
});
export type GroupComparison = z.infer<typeof GroupComparison>;

/** A person, place or body of the project (Who's who), with its names and how widely it is mentioned. */
export const WhoRow = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  variants: z.array(z.object({ name: z.string(), count: z.number().int().positive() })),
  factCount: z.number().int().nonnegative(),
  /** The analyst's merges or splits made or changed it. */
  decided: z.boolean(),
  sources: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type WhoRow = z.infer<typeof WhoRow>;

export const WhoPage = z.object({
  offset: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  rows: z.array(WhoRow),
});
export type WhoPage = z.infer<typeof WhoPage>;

/** What a merge or split did: the entry to show now, the decision (for undo) and the status line. */
export const WhoChange = z.object({ entryId: z.string(), decisionId: z.string(), message: z.string() });
export type WhoChange = z.infer<typeof WhoChange>;
/** Which marks the Timeline shows: those with a fact naming an entity of Who's who, or of a kind. */
export const TimelineFilter = z
  .object({
    entityId: z.string().min(1).max(400).optional(),
    kind: FactKind.optional(),
  })
  .strict();
export type TimelineFilter = z.infer<typeof TimelineFilter>;

/**
 * A mark of the Timeline: dated facts the groups tie together (several sources reporting one thing,
 * or disagreeing on it) as one, with their sources; when, as people write it, and the lead fact's
 * words (source text: render as text).
 */
export const TimelineMarkView = z.object({
  id: z.string(),
  /** ISO start and end of the mark's time (YYYY, YYYY-MM or YYYY-MM-DD), for the axis. */
  start: z.string(),
  end: z.string(),
  when: z.string(),
  /** Every time its facts give, as written; more than one when the sources differ on when. */
  times: z.array(z.string()),
  what: z.string(),
  leadFactId: z.string(),
  kinds: z.array(FactKind),
  conflict: z.boolean(),
  /** The values the sides of its conflicts give, as written. */
  differing: z.array(z.string()),
  sources: z.array(z.object({ id: z.string(), name: z.string() })),
  factCount: z.number().int().positive(),
  verified: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});
export type TimelineMarkView = z.infer<typeof TimelineMarkView>;

export const TimelinePage = z.object({
  offset: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  marks: z.array(TimelineMarkView),
  /** The earliest start and latest end of the marks the filter lets through (null when none). */
  first: z.string().nullable(),
  last: z.string().nullable(),
  /** Dated facts on the whole timeline, and facts whose date has no year (not placed). */
  placedFacts: z.number().int().nonnegative(),
  yearlessFacts: z.number().int().nonnegative(),
});
export type TimelinePage = z.infer<typeof TimelinePage>;

export const FactFilter = z
  .object({
    status: FactStatus.optional(),
    kind: FactKind.optional(),
    sourceId: z.string().max(200).optional(),
    conflictsOnly: z.boolean().optional(),
    text: z.string().max(500).optional(),
  })
  .strict();
export type FactFilter = z.infer<typeof FactFilter>;

/**
 * The orders of the facts list: as the sources tell them (sources in import order, facts in
 * text order), most sources first, by the analyst's status (unverified first), by kind.
 */
export const FactSort = z.enum(['document', 'support', 'status', 'kind']);
export type FactSort = z.infer<typeof FactSort>;

/** Which facts, in which order: the back end filters and sorts, the renderer shows a window. */
export const FactQuery = z
  .object({
    filter: FactFilter.optional(),
    sort: FactSort.optional(),
  })
  .strict();
export type FactQuery = z.infer<typeof FactQuery>;

/** A window of the facts list can show at once; the list asks again as it scrolls. */
export const MAX_PAGE_ROWS = 1000;

/** Counts over the whole project, whatever the filter. */
export const FactCounts = z.object({
  facts: z.number().int().nonnegative(),
  unverified: z.number().int().nonnegative(),
  verified: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  inConflict: z.number().int().nonnegative(),
  corroborated: z.number().int().nonnegative(),
});
export type FactCounts = z.infer<typeof FactCounts>;

export const FactsPage = z.object({
  /** The first row's place in the whole filtered, sorted list. */
  offset: z.number().int().nonnegative(),
  /** How many facts match the query. */
  total: z.number().int().nonnegative(),
  /** Each row's fact without its event, about, parser and speakerKey (factsDetail has them). */
  rows: z.array(FactView),
  counts: FactCounts,
  /** Where each fact named in `locate` stands in the list; those the filter leaves out are absent. */
  located: z.record(z.string(), z.number().int().nonnegative()),
  /**
   * The words were matched as whole words (the last one begun) because the search index is still
   * being built: every fact listed has them, stems and near spellings are not found yet. The
   * searchReady event says when asking again gives the index's answer.
   */
  plainWords: z.literal(true).optional(),
});
export type FactsPage = z.infer<typeof FactsPage>;

export const IntegrityProblem = z.object({
  factId: z.string(),
  reason: z.string(),
  message: z.string(),
  /** False where allowing unverified citations does not let the export past it (a tampered quote). */
  overridable: z.boolean(),
});
export type IntegrityProblem = z.infer<typeof IntegrityProblem>;

export const Endnote = z.object({
  number: z.number().int().positive(),
  factId: z.string(),
  text: z.string(),
  /** The cited fact's own sentence (empty when the fact is gone), for the citation's tooltip. */
  sentence: z.string(),
});
export type Endnote = z.infer<typeof Endnote>;

export const MetaEdit = z
  .object({
    title: z.string().max(1000).nullable().optional(),
    outlet: z.string().max(300).nullable().optional(),
    author: z.string().max(300).nullable().optional(),
    publishedAt: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable()
      .optional(),
    language: z.string().max(35).nullable().optional(),
  })
  .strict();

/** Characters of a snippet, for marking the words a search matched (end exclusive). */
export const TextRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextRange = z.infer<typeof TextRange>;

export const SearchScope = z.enum(['facts', 'sources', 'all']);
export type SearchScope = z.infer<typeof SearchScope>;

export const SearchArgs = z
  .object({
    query: z.string().max(500),
    /** facts: their sentences; sources: the sources' text, in passages; all: both. */
    scope: SearchScope.default('facts'),
    limit: z.number().int().min(1).max(1000).default(50),
    /** The last word may be unfinished (the analyst is typing): it matches the words it begins. */
    prefix: z.boolean().default(true),
    /** Only facts with this status (the citation picker asks for verified ones). */
    status: FactStatus.optional(),
  })
  .strict();
export type SearchArgs = z.input<typeof SearchArgs>;

/** A fact or a passage of a source that has the words, best first. */
export const SearchHit = z.object({
  kind: z.enum(['fact', 'source']),
  /** The fact's id, or the passage's. */
  id: z.string(),
  sourceId: z.string(),
  factId: z.string().nullable(),
  /** Where the snippet stands in the source's cleaned text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number(),
  /** How many of the query's words it has; hits with more come first. */
  matched: z.number().int().nonnegative(),
  /** The fact's sentence, or a piece of the passage. Render as text, never as HTML. */
  snippet: z.string(),
  /** Offsets into `snippet` of the words to mark. */
  highlights: z.array(TextRange),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  /** The query's words that were searched (function words such as "the" are not). */
  words: z.number().int().nonnegative(),
  /** Hits with any of the words (before the limit), and with all of them. */
  total: z.number().int().nonnegative(),
  complete: z.number().int().nonnegative(),
  hits: z.array(SearchHit),
});
export type SearchResult = z.infer<typeof SearchResult>;

const Id = z.string().min(1).max(200);
const NoArg = z.undefined().or(z.object({}).strict());

// ---------------------------------------------------------------------------------------------
// Calls

/** The paths of files dropped on a window, as the preload read them from the drop. */
export const DroppedPaths = z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10000) }).strict();
export type DroppedPaths = z.infer<typeof DroppedPaths>;

function call<A extends z.ZodType, R extends z.ZodType>(arg: A, result: R) {
  return { arg, result };
}

export const calls = {
  /** Shows a save dialog and creates a project there; null when the analyst cancels. */
  projectNew: call(NoArg, ProjectInfo.nullable()),
  /** Shows an open dialog; null when the analyst cancels. */
  projectOpen: call(NoArg, ProjectInfo.nullable()),
  /** Opens a project from the recent list (no other path is accepted). */
  projectOpenRecent: call(z.object({ path: z.string().min(1).max(4096) }).strict(), ProjectInfo),
  /** Replaces a damaged project file with its last good copy (only offered after PROJECT_DAMAGED). */
  projectRestoreBackup: call(z.object({ path: z.string().min(1).max(4096) }).strict(), ProjectInfo),
  /**
   * Shows a save dialog and writes the open project there; the window then works on the new
   * file (the old one is left as it was). Null when the analyst cancels.
   */
  projectSaveAs: call(NoArg, ProjectInfo.nullable()),
  projectClose: call(NoArg, z.null()),
  projectInfo: call(NoArg, ProjectInfo.nullable()),
  recentList: call(NoArg, z.array(RecentProject)),
  /** Shows an open dialog for source files and imports what the analyst picks. */
  sourcesAddFromDialog: call(NoArg, ImportReport),
  /**
   * Imports files the analyst dropped on the window. The preload turns dropped File objects into
   * paths with webUtils; the renderer itself cannot name a path.
   */
  /** Preload only (see PRELOAD_ONLY_CALLS): imports paths of files dropped on the window. */
  sourcesAddDropped: call(DroppedPaths, ImportReport),
  /** Cancels the import under way, if any; files already in stay in. */
  sourcesCancelImport: call(NoArg, z.null()),
  sourcesList: call(NoArg, z.array(SourceSummary)),
  sourcesRemove: call(z.object({ sourceId: Id }).strict(), z.null()),
  /** Undo of sourcesRemove: a source removed since the project was opened comes back with its facts. */
  sourcesRestoreRemoved: call(z.object({ sourceId: Id }).strict(), SourceSummary),
  sourcesGet: call(z.object({ sourceId: Id }).strict(), SourceDetail),
  /** The analyst's edits win over guesses; a new publication date re-infers the years of facts. */
  sourcesUpdateMeta: call(
    z.object({ sourceId: Id, meta: MetaEdit.optional(), reliability: Reliability.optional() }).strict(),
    SourceSummary,
  ),
  /** Puts a line cleaning dropped back into the text (or drops it again) and re-extracts. */
  sourcesSetLineRestored: call(
    z.object({ sourceId: Id, line: z.number().int().nonnegative(), restored: z.boolean() }).strict(),
    SourceSummary,
  ),
  /**
   * Full-text search over the project's facts and source text: words folded ("To Lam" finds
   * "Tô Lâm") and stemmed ("investors" finds "investor"), ranked, with the words to mark.
   */
  search: call(SearchArgs, SearchResult),
  /**
   * A window of the facts list: `limit` rows from `offset` of the facts the query matches, in its
   * order, with the number matched and the project's counts. `locate` asks where given facts
   * stand (the selection, after the list changed).
   */
  factsPage: call(
    z
      .object({
        query: FactQuery.optional(),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().nonnegative().max(MAX_PAGE_ROWS),
        locate: z.array(Id).max(100000).optional(),
        /** An offset past the end gives the list's last block of `limit` rows, not none (the list got shorter). */
        clampToEnd: z.boolean().optional(),
        /**
         * The block of `limit` rows that holds this fact, where the query matches it, instead of
         * `offset`: the focused fact, which a new filter or order moves and the list follows.
         */
        follow: Id.optional(),
      })
      .strict(),
    FactsPage,
  ),
  /** The ids of a stretch of the list (a Shift range or Select all beyond the rows loaded). */
  factsIds: call(
    z
      .object({
        query: FactQuery.optional(),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().nonnegative().max(100000),
      })
      .strict(),
    z.array(z.string()),
  ),
  /** One fact with its groups and their other members, for the evidence pane. */
  factsDetail: call(z.object({ factId: Id }).strict(), FactDetail),
  /** Every disagreement between sources, in group order. */
  conflictsList: call(NoArg, z.array(ConflictSummary)),
  /**
   * Records the analyst's decision on facts; returns the previous decisions so the UI can undo.
   * Without a status, each fact keeps its own (a credibility or a note changed on several).
   */
  factsDecide: call(
    z
      .object({
        factIds: z.array(Id).min(1).max(100000),
        status: FactStatus.optional(),
        credibility: Credibility.nullable().optional(),
        note: z.string().max(10000).optional(),
      })
      .strict(),
    z.array(z.object({ factId: z.string(), previous: Decision.nullable() })),
  ),
  /** Puts decisions back as they were (undo of factsDecide). */
  factsRestoreDecisions: call(
    z.object({ decisions: z.array(z.object({ factId: Id, previous: Decision.nullable() })).max(100000) }).strict(),
    z.null(),
  ),
  /** What each source of a group or conflict says, side by side (the Comparison table). */
  groupCompare: call(z.object({ groupId: Id }).strict(), GroupComparison),
  /**
   * Verify all, Reject all (or Mark all unverified) on a group's facts, in one change; verified
   * without a grade, each stands at the credibility Attaché suggests. Returns the previous
   * decisions, so the UI undoes it as one step.
   */
  groupDecide: call(z.object({ groupId: Id, status: FactStatus }).strict(), z.array(z.object({ factId: z.string(), previous: Decision.nullable() }))),
  /**
   * "This one stands" on a conflict: the fact is verified and every fact giving another side is
   * rejected (others: 'reject') or keeps its status with a note naming what stands (others:
   * 'annotate'); each decision records the time. One change; returns the previous decisions.
   */
  conflictStands: call(
    z.object({ groupId: Id, factId: Id, others: z.enum(['reject', 'annotate']).default('reject') }).strict(),
    z.array(z.object({ factId: z.string(), previous: Decision.nullable() })),
  ),
  /**
   * A window of Who's who: the project's people, places and bodies (most sources first), each with
   * its name variants and sources; `type` and `text` (any of its names) narrow it.
   */
  whoPage: call(
    z
      .object({
        type: EntityType.optional(),
        text: z.string().max(200).optional(),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().nonnegative().max(MAX_PAGE_ROWS),
      })
      .strict(),
    WhoPage,
  ),
  /** One entry of Who's who with the facts that mention it (the first 1,000). */
  whoFacts: call(z.object({ id: Id }).strict(), z.object({ row: WhoRow, facts: z.array(FactView), total: z.number().int().nonnegative() })),
  /**
   * Merges entries of Who's who into one (into the entry `into`, else the one the sources mention
   * most), recorded with its time as the analyst's decision; it holds through re-extraction.
   */
  whoMerge: call(z.object({ ids: z.array(Id).min(2).max(1000), into: Id.optional() }).strict(), WhoChange),
  /** Moves one name of an entry, with the facts that use it, out into an entry of its own. */
  whoSplit: call(z.object({ id: Id, name: z.string().min(1).max(500) }).strict(), WhoChange),
  /** Takes a merge or split back (undo): Who's who is as if it had never been made. */
  whoUndoDecision: call(z.object({ decisionId: Id }).strict(), z.null()),
  /** A window of the Timeline: its marks in date order, narrowed by an entity of Who's who and a kind of fact. */
  timelinePage: call(
    TimelineFilter.extend({
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().nonnegative().max(MAX_PAGE_ROWS),
    }).strict(),
    TimelinePage,
  ),
  /** One mark of the Timeline with its facts (the first 1,000). */
  timelineMark: call(z.object({ id: Id }).strict(), z.object({ mark: TimelineMarkView, facts: z.array(FactView), total: z.number().int().nonnegative() })),
  /**
   * Puts the marks the filter lets through into the brief as a table (date · what · sources), in a
   * section of its own before Sources; each row cites its verified facts. Marks with no verified
   * fact are left out and counted. Returns the brief as it was (null: there was none), for undo.
   */
  briefAddTimeline: call(
    TimelineFilter,
    z.object({ brief: Brief, previous: Brief.nullable(), rows: z.number().int().positive(), unverified: z.number().int().nonnegative() }),
  ),
  briefGet: call(NoArg, Brief.nullable()),
  briefCreate: call(z.object({ template: BriefTemplate }).strict(), Brief),
  /** A first draft from the verified facts; replaces the current brief (the UI offers undo). */
  briefDraft: call(NoArg, Brief),
  briefUpdate: call(z.object({ brief: Brief }).strict(), z.null()),
  briefCheck: call(NoArg, z.array(IntegrityProblem)),
  briefEndnotes: call(NoArg, z.array(Endnote)),
  /** Shows a save dialog and writes the PDF; null when the analyst cancels. */
  briefExportPdf: call(
    z
      .object({
        paper: z.enum(['A4', 'Letter']).default('A4'),
        pdfa: z.boolean().optional(),
        allowUnverified: z.boolean().optional(),
        /** Cover and contents pages: by default only for a brief long enough to need them. */
        frontMatter: z.enum(['auto', 'always', 'never']).optional(),
      })
      .strict(),
    z.object({ path: z.string(), pages: z.number().int(), citations: z.number().int() }).nullable(),
  ),
  /** Shows a save dialog and writes the brief as a Word document (.docx); null when the analyst cancels. */
  briefExportDocx: call(
    z
      .object({
        paper: z.enum(['A4', 'Letter']).default('A4'),
        allowUnverified: z.boolean().optional(),
        frontMatter: z.enum(['auto', 'always', 'never']).optional(),
      })
      .strict(),
    z.object({ path: z.string(), citations: z.number().int() }).nullable(),
  ),
  /**
   * Print: the brief is written as its PDF to a temporary file and opened in the system's PDF
   * viewer, whose Print prints exactly the pages an export gives. Refuses what export refuses.
   */
  briefPrint: call(
    z
      .object({
        paper: z.enum(['A4', 'Letter']).default('A4'),
        allowUnverified: z.boolean().optional(),
        frontMatter: z.enum(['auto', 'always', 'never']).optional(),
      })
      .strict(),
    z.object({ pages: z.number().int(), citations: z.number().int() }),
  ),
  /**
   * Opens the file this window's last export wrote (open: in its application; folder: selected in
   * the file manager). Takes no path: main remembers what it wrote, the page only asks for "the last".
   */
  exportOpenLast: call(z.object({ how: z.enum(['open', 'folder']) }).strict(), z.null()),
  /**
   * Preload only (see PRELOAD_ONLY_CALLS): opens a project file dropped on the window, in place of
   * the open project. Null when another window already shows it (that window comes forward).
   */
  projectOpenDropped: call(z.object({ path: z.string().min(1).max(4096) }).strict(), ProjectInfo.nullable()),
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallArg<N extends CallName> = z.input<Calls[N]['arg']>;
export type CallValue<N extends CallName> = z.output<Calls[N]['result']>;

export const CALL_NAMES = Object.keys(calls) as CallName[];

export function channelOf(name: CallName): string {
  return `attache:${name}`;
}

/**
 * Calls the page never sees: the preload makes them itself. `sourcesAddDropped` takes paths, and
 * the renderer must not name a path: the preload reads them from dropped File objects with
 * webUtils.getPathForFile, and main imports only paths the preload announced from a real drop
 * (DROPPED_FILES_CHANNEL, src/main/droppedFiles.ts).
 */
export const PRELOAD_ONLY_CALLS = ['sourcesAddDropped', 'projectOpenDropped'] as const satisfies readonly CallName[];
export type PageCallName = Exclude<CallName, (typeof PRELOAD_ONLY_CALLS)[number]>;
export const PAGE_CALL_NAMES = CALL_NAMES.filter(
  (name) => !(PRELOAD_ONLY_CALLS as readonly string[]).includes(name),
) as PageCallName[];

/** The preload tells main which paths a drop on its window carried (not a contract call). */
export const DROPPED_FILES_CHANNEL = 'attache-preload:dropped';

// ---------------------------------------------------------------------------------------------
// Results and events

export type Result<T> = { ok: true; value: T } | { ok: false; error: AttacheErrorShape };

export const events = {
  importProgress: z.object({
    file: z.string(),
    index: z.number().int().nonnegative(),
    total: z.number().int().positive(),
    phase: z.enum(['reading', 'ocr', 'cleaning', 'extracting', 'done']),
    /** While OCR reads a PDF's scanned or undecodable pages: pages done, of how many. */
    ocr: z.object({ done: z.number().int().nonnegative(), pages: z.number().int().positive() }).optional(),
    outcome: ImportOutcome.optional(),
  }),
  projectSaved: z.object({ path: z.string(), at: z.string() }),
  projectSaveFailed: z.object({ path: z.string(), message: z.string() }),
  projectChanged: z.object({ what: z.enum(['sources', 'facts', 'decisions', 'who', 'brief', 'project']) }),
  /** The open project's search index is built: a list whose words were matched plainly can ask again. */
  searchReady: z.object({}),
  /** The native menu asks the renderer to do something (New, Open, Close …). */
  menuCommand: z.object({ command: z.string() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function eventChannelOf(name: EventName): string {
  return `attache-event:${name}`;
}

/** A project file's extension: a drop of one opens it rather than importing it as a source. */
export const PROJECT_EXTENSION = '.attache';

export function isProjectFileName(name: string): boolean {
  return name.toLowerCase().endsWith(PROJECT_EXTENSION);
}

/**
 * What the page knows of its host, from the preload (or the e2e harness): the platform, for naming
 * shortcuts its way, and whether a native menu handles the accelerators it lists.
 */
export const HostInfo = z.object({ platform: z.enum(['mac', 'windows', 'linux']), nativeMenu: z.boolean() }).strict();
export type HostInfo = z.infer<typeof HostInfo>;

/** The typed API the renderer sees as window.attache. */
export type AttacheApi = {
  [N in PageCallName]: (...args: CallArg<N> extends undefined ? [arg?: CallArg<N>] : [arg: CallArg<N>]) => Promise<
    Result<CallValue<N>>
  >;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Imports dropped File objects (their paths stay in the preload; see PRELOAD_ONLY_CALLS). */
  addDroppedFiles(files: readonly File[]): Promise<Result<ImportReport>>;
  /** Opens a dropped project file (its path stays in the preload, as for addDroppedFiles). */
  openDroppedProject(file: File): Promise<Result<ProjectInfo | null>>;
  readonly host: HostInfo;
};

// Re-exported so the renderer imports domain types from the contract only.
export { Brief, Credibility, FactStatus, Reliability };
export type { Decision, Fact, Group } from '../core/model';

// The domain model: every type is derived from its zod schema so that the project file, the IPC
// contract and the CLI's JSON all validate against one definition.
import { z } from 'zod';

/** Bump when the project file's shape changes, and add a migration in the Node side's store. */
export const SCHEMA_VERSION = 2;

const isoDateTime = z.string().min(1);

// ---------------------------------------------------------------------------------------------
// Sources

/** Admiralty/NATO source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Reliability = z.infer<typeof Reliability>;

export const SourceFormat = z.enum(['txt', 'md', 'html', 'pdf', 'docx']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Why cleaning dropped a line. Shown to the analyst next to the line. */
export const RemovalReason = z.enum([
  'navigation',
  'share',
  'related',
  'promotion',
  'notice',
  'follow',
  'repeat',
  'byline',
  'boilerplate',
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

export const RemovedLine = z.object({
  /** Index of the line in the source's original text (split on \n). */
  line: z.number().int().nonnegative(),
  text: z.string(),
  reason: RemovalReason,
});
export type RemovedLine = z.infer<typeof RemovedLine>;

export const SourceMeta = z.object({
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) where known. */
  publishedAt: z.string().nullable(),
  /** BCP 47 language tag where known. */
  language: z.string().nullable(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/** Where each PDF page starts in the cleaned text, so that a citation can say "p. 3". */
export const PageStart = z.object({ page: z.number().int().positive(), offset: z.number().int().nonnegative() });
export type PageStart = z.infer<typeof PageStart>;

/** A PDF page whose words were read by OCR (a scan, or text without a Unicode map), with the engine's mean word confidence (0–100). */
export const OcrPage = z.object({ page: z.number().int().positive(), confidence: z.number().min(0).max(100) });
export type OcrPage = z.infer<typeof OcrPage>;

export const Source = z.object({
  id: z.string().min(1),
  fileName: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: SourceFormat,
  byteLength: z.number().int().nonnegative(),
  importedAt: isoDateTime,
  /** The text as read from the file, before cleaning: kept so a dropped line can be restored. */
  originalText: z.string(),
  /** The cleaned article text that facts point into. */
  text: z.string(),
  removed: z.array(RemovedLine),
  /** Lines of `originalText` the analyst restored; cleaning keeps them on re-import. */
  restoredLines: z.array(z.number().int().nonnegative()).default([]),
  pages: z.array(PageStart).default([]),
  /** Pages read by OCR, not from the file's text: their words may hold recognition errors. Absent when none was. */
  ocrPages: z.array(OcrPage).optional(),
  /** What Attaché guessed from the document. */
  guessed: SourceMeta,
  /** What the analyst typed; a non-undefined field wins over the guess. */
  edited: SourceMeta.partial().default({}),
  reliability: Reliability.default('F'),
  /**
   * YYYY-MM-DD, only for a source without a publication date: the day its relative dates ("on
   * Tuesday") were counted from, inferred from the project's other sources. Never a publication date.
   */
  inferredDay: z.string().optional(),
  /**
   * Its text was read for facts and gave none (a page of links, a table of figures alone): an open
   * does not read it again. Absent on a source with facts, and on one an older Attaché saved
   * before its facts, which the open reads again.
   */
  noFacts: z.literal(true).optional(),
});
export type Source = z.infer<typeof Source>;

/** The metadata the analyst sees: their edits win over Attaché's guesses. */
export function effectiveMeta(source: Pick<Source, 'guessed' | 'edited'>): SourceMeta {
  return { ...source.guessed, ...stripUndefined(source.edited) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// ---------------------------------------------------------------------------------------------
// Facts

export const FactKind = z.enum([
  'money',
  'percent',
  'count',
  'quantity',
  'date',
  'daterange',
  'duration',
  'rank',
  'ordinal',
  'agreement',
  'claim',
  'quote',
]);
export type FactKind = z.infer<typeof FactKind>;

export const ValueType = z.enum([
  'money',
  'percent',
  'count',
  'quantity',
  'date',
  'daterange',
  'duration',
  'rank',
  'ordinal',
]);
export type ValueType = z.infer<typeof ValueType>;

/** A typed value inside a fact, with its canonical form (see shared/design/extract-json.md). */
export const FactValue = z.object({
  type: ValueType,
  canonical: z.string(),
  surface: z.string(),
  /** UTF-16 offsets of `surface` inside the source's cleaned text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Hedge kept apart from the number: "over", "about", "more than", "up to" … */
  qualifier: z.string().optional(),
  /** True where the year was not in the text and was inferred from the source's date. */
  inferred: z.boolean().optional(),
  /** Unit of a quantity ("tonnes", "km") where there is one. */
  unit: z.string().optional(),
  /**
   * True on a figure's time where it is the day the figure was reported ("…, the ministry reported
   * Saturday night"), not when the thing it counts happened: figures reported on different days
   * may still be of one thing, and a conflict between them says so.
   */
  reported: z.boolean().optional(),
});
export type FactValue = z.infer<typeof FactValue>;

export const EntityType = z.enum(['person', 'place', 'organisation']);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = z.object({
  name: z.string(),
  type: EntityType,
  /** Folded key: diacritics, case and name order removed, so aliases compare equal. */
  key: z.string(),
});
export type Entity = z.infer<typeof Entity>;

/**
 * What an event or claim is made of, read from its clause: who acted, what they did (the verb's
 * lemma and its paraphrase class), with or to whom, on what, where and when. Grouping matches
 * events on these parts, never on a shared word alone.
 */
export const EventParts = z.object({
  /** The main verb's (or event noun's) lemma as the text has it: "ink", "hold talks", "visit". */
  action: z.string(),
  /** The paraphrase class the action belongs to ("ink", "seal" and "conclude" are all `sign`). */
  actionClass: z.string(),
  /** Folded keys of the people, bodies and countries doing it (before the verb). */
  actors: z.array(z.string()),
  /** Folded keys of those it is done with or to ("talks with Modi", "urged the parties"). */
  others: z.array(z.string()),
  /** Content lemmas of what it is about (the object's noun phrase), paraphrases folded. */
  objects: z.array(z.string()),
  /** Folded key of a place the clause says it happened in or at. */
  place: z.string().optional(),
  /** ISO date the clause gives for it, where it gives one. */
  time: z.string().optional(),
  /** Said not to have happened ("did not sign", "never materialised", "not yet signed"). */
  negated: z.boolean().optional(),
  /** past: it happened; plan: it is to happen; appeal: someone urged it; report: someone said it. */
  mood: z.enum(['past', 'present', 'plan', 'appeal', 'report']),
  /** Every content lemma of the clause (paraphrases folded), what likeness is measured on. */
  lemmas: z.array(z.string()),
  /** The clause begins inside a quotation an earlier sentence of its paragraph opened. */
  quoteOpen: z.boolean().optional(),
});
export type EventParts = z.infer<typeof EventParts>;

/**
 * What a figure or statement is about, as grouping compares it (src/core/about.ts): the stemmed
 * content words around its value, the counted thing, whose figure it is. Written by extraction;
 * verification reads it instead of parsing the sentence again.
 */
export const SubjectAbout = z.object({
  tokens: z.array(z.string()),
  words: z.array(z.string()),
  slots: z.record(z.string(), z.string()).optional(),
  names: z.array(z.string()).optional(),
  head: z.string().optional(),
  heads: z.array(z.string()).optional(),
  owner: z.string().optional(),
  acronyms: z.array(z.string()).optional(),
  measured: z.string().optional(),
});
export type SubjectAbout = z.infer<typeof SubjectAbout>;

export const Fact = z.object({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  /** The sentence or list clause, exactly as it stands in the source's cleaned text. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: FactKind,
  values: z.array(FactValue),
  entities: z.array(Entity),
  /** What the value is about, in words built from the text around it. */
  subject: z.string(),
  /** Who said it, for attributed statements and quotes. */
  speaker: z.string().optional(),
  /** Folded key of the speaker, so "President Ramaphosa" and "Cyril Ramaphosa" compare equal. */
  speakerKey: z.string().optional(),
  /** Which parser made the fact ("money", "date.relative", "event.clause", "statement.quote" …). */
  parser: z.string().optional(),
  /** The language the fact was read with (BCP 47), where the source's is known. */
  language: z.string().optional(),
  /** The event or claim the fact's clause reports, with its parts. */
  event: EventParts.optional(),
  /** What its value or statement is about, as grouping compares it (not on a clause's own claim). */
  about: SubjectAbout.optional(),
});
export type Fact = z.infer<typeof Fact>;

// ---------------------------------------------------------------------------------------------
// Verification

export const GroupRelation = z.enum(['corroborated', 'conflict']);
export type GroupRelation = z.infer<typeof GroupRelation>;

export const Group = z.object({
  id: z.string().min(1),
  relation: GroupRelation,
  subject: z.string(),
  factIds: z.array(z.string()).min(2),
  /** Why the group was formed, in a sentence the analyst can check. */
  reason: z.string(),
  /** The id of the rule that formed it (see src/core/verify/rules.ts). */
  rule: z.string().optional(),
  /** What the rule found: shared actors, action, place, time, values, likeness. */
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
});
export type Group = z.infer<typeof Group>;

export const FactStatus = z.enum(['unverified', 'verified', 'rejected']);
export type FactStatus = z.infer<typeof FactStatus>;

/** Admiralty credibility: 1 confirmed by other sources … 5 improbable, 6 cannot be judged. */
export const Credibility = z.number().int().min(1).max(6);
export type Credibility = z.infer<typeof Credibility>;

/** The analyst's decision on a fact. Stored apart from facts so re-extraction never touches it. */
export const Decision = z.object({
  factId: z.string().min(1),
  status: FactStatus,
  credibility: Credibility.nullable(),
  /**
   * True when the credibility is the one Attaché suggested, recorded because the analyst verified
   * the fact without grading it (the brief says so); absent or false when the analyst chose it.
   */
  credibilitySuggested: z.boolean().optional(),
  note: z.string(),
  at: isoDateTime,
  by: z.string().optional(),
});
export type Decision = z.infer<typeof Decision>;

// ---------------------------------------------------------------------------------------------
// Who's who: the analyst's merges and splits

/** A name as the sources give it, of one kind: what the analyst's merges and splits name. */
export const WhoName = z.object({ type: EntityType, name: z.string().min(1).max(500) });
export type WhoName = z.infer<typeof WhoName>;

/**
 * The analyst's correction of Who's who, applied in order over the automatic grouping
 * (src/core/whosWho.ts). Stored by the names the sources give, never by fact, so that it holds
 * through re-extraction and new sources wherever those names still stand; a name no longer in the
 * project is passed over.
 */
export const WhoDecision = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('merge'),
    id: z.string().min(1),
    /** The entry the others were merged into, by its name: the merged entry keeps its name. */
    into: WhoName,
    /** Every name of every entry merged, the target's included. */
    names: z.array(WhoName).min(2).max(5000),
    at: isoDateTime,
    by: z.string().optional(),
  }),
  z.object({
    kind: z.literal('split'),
    id: z.string().min(1),
    /** The name moved out, with the facts that use it, into an entry of its own. */
    name: WhoName,
    at: isoDateTime,
    by: z.string().optional(),
  }),
]);
export type WhoDecision = z.infer<typeof WhoDecision>;

// ---------------------------------------------------------------------------------------------
// The brief

export const Marking = z.string().min(1).max(60);

export const Inline = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    /**
     * A prompt for the analyst ("State the purpose of the visit…"): a placeholder, marked in the
     * editor and replaced by what is typed over it, never printed; export lists one left in.
     */
    prompt: z.boolean().optional(),
  }),
  z.object({ type: z.literal('cite'), factId: z.string().min(1) }),
]);
export type Inline = z.infer<typeof Inline>;

export const KeyFigureRow = z.object({
  factId: z.string().min(1),
  indicator: z.string(),
  value: z.string(),
  asOf: z.string(),
});
export type KeyFigureRow = z.infer<typeof KeyFigureRow>;

/** A row of a timeline table: when, what happened (words the analyst may change), and the facts it cites. */
export const TimelineRow = z.object({
  date: z.string(),
  what: z.string(),
  factIds: z.array(z.string().min(1)).min(1),
});
export type TimelineRow = z.infer<typeof TimelineRow>;

export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: z.array(Inline) }),
  z.object({ type: z.literal('bullets'), items: z.array(z.array(Inline)) }),
  z.object({ type: z.literal('keyFigures'), rows: z.array(KeyFigureRow) }),
  z.object({ type: z.literal('timeline'), rows: z.array(TimelineRow) }),
]);
export type Block = z.infer<typeof Block>;

export const Section = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** Which part of a template the section plays (e.g. 'key-figures', 'sources'); free for blank. */
  role: z.string().optional(),
  blocks: z.array(Block),
});
export type Section = z.infer<typeof Section>;

export const BriefTemplate = z.enum(['visit', 'blank']);
export type BriefTemplate = z.infer<typeof BriefTemplate>;

export const Brief = z.object({
  template: BriefTemplate,
  title: z.string(),
  subtitle: z.string(),
  preparedFor: z.string(),
  preparedBy: z.string(),
  /** ISO date the brief is dated. */
  date: z.string(),
  marking: Marking,
  sections: z.array(Section),
});
export type Brief = z.infer<typeof Brief>;

// ---------------------------------------------------------------------------------------------
// The project

export const ProjectSettings = z.object({
  /** Files larger than this are refused at import. */
  maxFileBytes: z.number().int().positive().default(100 * 1024 * 1024),
});
export type ProjectSettings = z.infer<typeof ProjectSettings>;

export const Project = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  settings: ProjectSettings.default({ maxFileBytes: 100 * 1024 * 1024 }),
  sources: z.array(Source),
  facts: z.array(Fact),
  groups: z.array(Group),
  /** Keyed by fact id. */
  decisions: z.record(z.string(), Decision),
  /** The analyst's merges and splits of Who's who, oldest first (schema version 2). */
  whoDecisions: z.array(WhoDecision),
  brief: Brief.nullable(),
});
export type Project = z.infer<typeof Project>;

export function emptyProject(input: { id: string; name: string; now: string }): Project {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    name: input.name,
    createdAt: input.now,
    updatedAt: input.now,
    settings: { maxFileBytes: 100 * 1024 * 1024 },
    sources: [],
    facts: [],
    groups: [],
    decisions: {},
    whoDecisions: [],
    brief: null,
  };
}

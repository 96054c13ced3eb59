// The application service: the use-cases every host calls (Electron window, e2e harness, CLI).
// One session holds at most one open project; a window has its own session.
import { plural } from '../../core/plural';
import { access, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AttacheError, toErrorShape } from '../../core/errors';
import type { Brief, BriefTemplate, Decision, FactStatus, Project, Reliability, Source } from '../../core/model';
import { effectiveMeta } from '../../core/model';
import type {
  ConflictSummary,
  Endnote as EndnoteView,
  FactCounts,
  FactDetail,
  FactFilter,
  FactQuery,
  FactsPage,
  GroupComparison,
  WhoChange,
  WhoPage,
  TimelineFilter,
  TimelinePage,
  SearchArgs,
  SearchResult,
  IntegrityProblem as IntegrityProblemView,
  FactView,
  ImportOutcome,
  ImportReport,
  ProjectInfo,
  RecentProject,
  SourceDetail,
  SourceSummary,
} from '../../shared/api';
import { buildFactViews, factCounts, factDetail, factsPage, matchFacts, type PageRequest } from './factViews';
import { factIndexOf, type FactIndex } from '../../core/factIndex';
import { nextDecision } from '../../core/nextDecision';
import { conflictStandsDecisions, groupComparison, groupFactIds } from './comparison';
import { entryWithName, mergeDraft, splitDraft, whoEntries, whoFacts, whoPage, type WhoDecisionDraft } from './whoViews';
import { stableId } from '../../core/ids';
import type { WhoDecision } from '../../core/model';
import { briefWithTimeline, timelineMark, timelinePage } from './timelineViews';
import { briefTemplate, checkBriefIntegrity, draftBrief, numberCitations, type BriefInput } from '../../core/brief';
import { runTask } from '../workers/runTask';
import { importFiles } from '../ingest/importFiles';
import { createProjectFile, openProjectFile, restoreProjectBackup, type ProjectHandle } from '../store';
import { repairOnOpen } from '../store/projectIntegrity';
import { groupWithoutIndex, refreshFacts, releaseVerification, type FactsChange, type FactsOutcome } from './factsUpdate';
import { ProjectSearch } from '../search/projectSearch';
import { foldedFactText, plainMatchFacts } from '../../core/search/plainMatch';
import type { IndexStats } from '../search/searchProtocol';
import type { DesktopPort, DialogPort, EmitEvent, RecentList } from './ports';
import { summariseSource, summariseSources } from './summaries';

/**
 * Cleaning runs in the import's workers; the session needs it only when the analyst restores a
 * line. Loaded then, so that opening a project (every CLI command, the app's start) does not load
 * the cleaning rules and the language detector's n-gram tables (about 0.2 s of CPU).
 */
const loadCleaning = () => import('../../core/clean');

/** Each fact's folded words for the plain filter, once per fact index (the facts of one change). */
const foldedFacts = new WeakMap<FactIndex, string[]>();

export interface BriefExportOptions {
  paper?: 'A4' | 'Letter';
  pdfa?: boolean;
  allowUnverified?: boolean;
  deterministic?: boolean;
  marking?: string;
  frontMatter?: 'auto' | 'always' | 'never';
}

export interface SessionOptions {
  dialogs: DialogPort;
  recent: RecentList;
  emit: EmitEvent;
  /** Shown to another process that finds the project locked. */
  owner: string;
  debounceMs?: number;
  now?: () => string;
  /**
   * Build the search index as soon as a project opens (the app), rather than at the first search
   * (the CLI, tests): it is built in a worker, so opening never waits for it.
   */
  searchOnOpen?: boolean;
  /** The most characters a project's JSON may grow to (the store's default; lowered in tests). */
  maxProjectChars?: number;
  /** Opens exported files for the analyst (the app); without it, Open, Show in folder and Print refuse. */
  desktop?: DesktopPort;
  /** Where Print writes its temporary PDFs (a folder of the system's temporary files by default). */
  printFolder?: string;
  /**
   * Keep the project's index in grouping's worker between changes (the app, default): false for a
   * process that makes one change and exits (the CLI), where the index only adds to the memory
   * the save needs.
   */
  keepVerificationIndex?: boolean;
}

export class AttacheSession {
  private handle: ProjectHandle | null = null;
  private importAbort: AbortController | null = null;
  private finder: ProjectSearch | null = null;
  private unsubscribe: Array<() => void> = [];
  /** The last list matched, for the windows the renderer asks as it scrolls (same project state, same query). */
  /** The last list matched; `plain` when its words were matched before the search index was built. */
  private lastMatch: { revision: number; key: string; positions: number[]; plain: boolean } | null = null;
  /** The search whose readiness the Facts list is waiting to hear of (see plainPositions). */
  private announcing: ProjectSearch | null = null;
  private lastCounts: { revision: number; counts: FactCounts } | null = null;
  /** What opening the project found and did (re-extracted sources, read-only), for the analyst. */
  private notices: string[] = [];
  /**
   * Sources removed since this project was opened, as they were, so that undo can bring one back
   * (its facts read again land with the same ids, and the decisions kept by those ids apply).
   */
  private removedSources = new Map<string, Source>();
  /** The file this window's last export wrote: Open and Show in folder act on it, never on a path the page names. */
  private lastExport: string | null = null;
  private printFolder: Promise<string> | null = null;

  constructor(private readonly options: SessionOptions) {}

  private now(): string {
    return this.options.now ? this.options.now() : new Date().toISOString();
  }

  private storeOptions() {
    return {
      owner: this.options.owner,
      ...(this.options.debounceMs !== undefined ? { debounceMs: this.options.debounceMs } : {}),
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.maxProjectChars !== undefined ? { maxProjectChars: this.options.maxProjectChars } : {}),
    };
  }

  get project(): Project {
    return this.requireProject().data;
  }

  requireProject(): ProjectHandle {
    if (!this.handle) throw new AttacheError('NO_PROJECT', 'No project is open. Create or open a project first.');
    return this.handle;
  }

  info(): ProjectInfo | null {
    const h = this.handle;
    if (!h) return null;
    const p = h.data;
    return {
      path: h.path,
      name: p.name,
      id: p.id,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      sourceCount: p.sources.length,
      factCount: p.facts.length,
      saved: h.saved,
      readOnly: h.readOnly,
      notices: [...this.notices],
    };
  }

  // -------------------------------------------------------------------------------------------
  // Projects

  async newProject(): Promise<ProjectInfo | null> {
    const path = await this.options.dialogs.chooseNewProjectPath();
    if (!path) return null;
    return this.createAt(path);
  }

  async createAt(path: string, name?: string): Promise<ProjectInfo> {
    const projectName = name ?? basename(path).replace(/\.attache$/i, '');
    const handle = await createProjectFile(path, projectName, this.storeOptions());
    await this.adopt(handle);
    return this.info()!;
  }

  /** Writes the project to a file the analyst chooses and carries on there (e.g. after a failed save). */
  async saveProjectAs(): Promise<ProjectInfo | null> {
    const handle = this.requireProject();
    const path = await this.options.dialogs.chooseNewProjectPath();
    if (!path) return null;
    await handle.saveAs(path);
    await this.options.recent.add(handle.path, handle.data.name);
    return this.info()!;
  }

  async openProject(): Promise<ProjectInfo | null> {
    const path = await this.options.dialogs.chooseProjectToOpen();
    if (!path) return null;
    return this.openAt(path);
  }

  async openRecent(path: string): Promise<ProjectInfo> {
    // The renderer may only name paths the analyst opened before: the recent list is the grant.
    if (!(await this.options.recent.has(path))) {
      throw new AttacheError('NOT_ALLOWED', 'That project is not in the recent list; open it with File › Open….', {
        file: path,
      });
    }
    return this.openAt(path);
  }

  async openAt(path: string): Promise<ProjectInfo> {
    // Open first, then close the current one: a failed open leaves the open project intact.
    const handle = await openProjectFile(path, this.storeOptions());
    await this.adopt(handle);
    await this.completeOnOpen();
    return this.info()!;
  }

  /**
   * A source without facts and not marked as read without any (`noFacts`) is an import an older
   * Attaché cut short (it saved a source before its facts): it is read again, and the open says
   * so when that found facts. A read-only project is only told about.
   */
  private async completeOnOpen(): Promise<void> {
    const handle = this.requireProject();
    if (handle.readOnly) {
      this.notices.push(`${basename(handle.path)} is read-only: Attaché shows it but cannot change it. Make the file writable, or save a copy to work on (File › Save Project As…).`);
    }
    // Integrity before reading sources again: that must see unique ids and sound references.
    const integrity = await repairOnOpen(handle, this.now());
    this.notices.push(...integrity.notices);
    if (integrity.repaired) this.finder?.sourcesChanged(handle.data.sources.map((s) => s.id));
    const withFacts = new Set(handle.data.facts.map((f) => f.sourceId));
    // Sources read before and found without facts are left alone: reading them at every open cost CPU and memory for nothing.
    const bare = handle.data.sources.filter((s) => !withFacts.has(s.id) && !s.noFacts);
    if (bare.length === 0) return;
    const names = (list: readonly Source[]) =>
      list.slice(0, 10).map((s) => s.fileName).join(', ') + (list.length > 10 ? ` and ${list.length - 10} more` : '');
    if (handle.readOnly) {
      this.notices.push(`${bare.length} source(s) have no facts (${names(bare)}); they were not read again because the project is read-only.`);
      return;
    }
    let outcome: FactsOutcome;
    try {
      outcome = await refreshFacts(handle, { extract: bare.map((s) => s.id), onlyIfFound: true });
    } catch (err) {
      this.notices.push(`${bare.length} source(s) have no facts (${names(bare)}) and could not be read again: ${toErrorShape(err).message}`);
      return;
    }
    this.finder?.sourcesChanged(bare.map((s) => s.id));
    const failed = bare.filter((s) => outcome.failed.has(s.id));
    if (outcome.factCount > 0) {
      const done = bare.filter((s) => !outcome.failed.has(s.id));
      this.notices.push(
        `${plural(done.length, 'source')} had no facts (an import that was interrupted, or a project from an older Attaché): ${names(done)} ${done.length === 1 ? 'was' : 'were'} read again and now ${done.length === 1 ? 'has' : 'have'} ${plural(outcome.factCount, 'fact')}.`,
      );
    }
    for (const s of failed.slice(0, 20)) this.notices.push(`${s.fileName} has no facts and could not be read again: ${toErrorShape(outcome.failed.get(s.id)).message.slice(0, 1000)}`);
    if (failed.length > 20) this.notices.push(`${failed.length - 20} more sources could not be read again.`);
    this.options.emit('projectChanged', { what: 'facts' });
  }

  async restoreBackup(path: string): Promise<ProjectInfo> {
    if (!(await this.options.recent.has(path))) {
      throw new AttacheError('NOT_ALLOWED', 'Only a project opened before can be restored from its backup.', {
        file: path,
      });
    }
    const handle = await restoreProjectBackup(path, this.storeOptions());
    await this.adopt(handle);
    await this.completeOnOpen();
    return this.info()!;
  }

  private async adopt(handle: ProjectHandle): Promise<void> {
    if (this.handle) await this.close();
    this.handle = handle;
    if (this.options.keepVerificationIndex === false) groupWithoutIndex(handle);
    // Revisions count from zero in each handle: a cache of another project's must not match.
    this.lastMatch = null;
    this.lastCounts = null;
    this.notices = [];
    this.removedSources = new Map();
    this.finder = new ProjectSearch(handle);
    if (this.options.searchOnOpen) this.finder.start();
    this.unsubscribe = [
      handle.on('saved', (p) => this.options.emit('projectSaved', { path: p.path, at: p.at ?? this.now() })),
      handle.on('saveFailed', (p) =>
        this.options.emit('projectSaveFailed', { path: p.path, message: p.message ?? 'The project could not be saved.' }),
      ),
    ];
    await this.options.recent.add(handle.path, handle.data.name);
    this.options.emit('projectChanged', { what: 'project' });
  }

  async close(): Promise<void> {
    const h = this.handle;
    if (!h) return;
    this.importAbort?.abort();
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.handle = null;
    this.lastExport = null;
    const finder = this.finder;
    this.finder = null;
    await finder?.close();
    await releaseVerification(h);
    await h.close();
    this.options.emit('projectChanged', { what: 'project' });
  }

  async listRecent(): Promise<RecentProject[]> {
    return this.options.recent.list();
  }

  // -------------------------------------------------------------------------------------------
  // Sources

  async addSourcesFromDialog(): Promise<ImportReport> {
    this.requireProject();
    const paths = await this.options.dialogs.chooseSourceFiles();
    if (!paths || paths.length === 0) return { outcomes: [], added: 0, duplicates: 0, failed: 0, cancelled: true };
    return this.addSources(paths);
  }

  /**
   * Reads every file, then extracts each on its own; the files that read and extracted land
   * together with their facts and the new groups in one change (one save). A file that fails at
   * any step gets its own failed line and never touches the others or the project.
   */
  async addSources(paths: readonly string[], options: { ocr?: boolean } = {}): Promise<ImportReport> {
    const handle = this.requireWritable();
    if (this.importAbort) {
      throw new AttacheError('NOT_ALLOWED', 'An import is already running; wait for it or cancel it first.');
    }
    const abort = new AbortController();
    this.importAbort = abort;
    try {
      const existing = new Map(
        handle.data.sources.map((s) => [s.sha256, { sourceId: s.id, fileName: s.fileName }] as const),
      );
      const { sources, outcomes: read } = await importFiles(paths, {
        maxFileBytes: handle.data.settings.maxFileBytes,
        existing,
        signal: abort.signal,
        now: () => this.now(),
        passwordFor: (file) => this.options.dialogs.askPdfPassword(file),
        onProgress: (p) => this.options.emit('importProgress', p),
        ...(options.ocr === false ? { ocr: false } : {}),
      });
      const outcomes = sources.length > 0 ? await this.landSources(handle, sources, read) : read;
      return {
        outcomes,
        added: outcomes.filter((o) => o.status === 'added').length,
        duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
        failed: outcomes.filter((o) => o.status === 'failed').length,
        cancelled: abort.signal.aborted,
      };
    } finally {
      this.importAbort = null;
    }
  }

  /** Extracts and lands `sources`; turns the lines of those that did not land into failed ones. */
  private async landSources(handle: ProjectHandle, sources: Source[], read: ImportOutcome[]): Promise<ImportOutcome[]> {
    let failed: (sourceId: string) => unknown;
    let notes: (sourceId: string) => string[] = () => [];
    try {
      const outcome = await refreshFacts(handle, { add: sources });
      failed = (id) => outcome.failed.get(id);
      notes = (id) => outcome.notes.get(id) ?? [];
      this.finder?.sourcesChanged(outcome.added);
    } catch (err) {
      // Grouping failed: nothing landed, so every file of this import failed with it.
      failed = () => err;
    }
    this.options.emit('projectChanged', { what: 'sources' });
    this.options.emit('projectChanged', { what: 'facts' });
    return read.map((line) => {
      if (line.status !== 'added') return line;
      const err = failed(line.sourceId);
      if (err === undefined) return notes(line.sourceId).length ? { ...line, notes: [...line.notes, ...notes(line.sourceId)] } : line;
      const shape = toErrorShape(err);
      // The project refused the whole import (it would grow past what it can be saved at): its words say so.
      if (shape.code === 'PROJECT_TOO_LARGE') return { status: 'failed', file: line.file, error: { ...shape, file: line.file } };
      return {
        status: 'failed',
        file: line.file,
        error: {
          ...shape,
          // A limit reached is already said in a whole sentence naming the file (factsUpdate.ts).
          message:
            shape.code === 'FILE_TOO_COMPLEX' || shape.code === 'OUT_OF_MEMORY'
              ? `${shape.message} It was not added.`
              : `its facts could not be extracted, so it was not added (${shape.message}); the other files are not affected.`,
          file: shape.file ?? line.file,
        },
      };
    });
  }

  /** The open project, unless it may not be changed (read-only): then a sentence saying so. */
  private requireWritable(): ProjectHandle {
    const handle = this.requireProject();
    if (handle.readOnly) {
      throw new AttacheError(
        'NOT_ALLOWED',
        `${basename(handle.path)} is read-only (its file may not be written), so nothing can be changed in it. Make it writable, or save a copy with File › Save Project As….`,
        { file: handle.path },
      );
    }
    return handle;
  }

  cancelImport(): void {
    this.importAbort?.abort();
  }

  listSources(): SourceSummary[] {
    return summariseSources(this.project);
  }

  async removeSource(sourceId: string): Promise<void> {
    const handle = this.requireWritable();
    const source = handle.data.sources.find((s) => s.id === sourceId);
    if (!source) {
      throw new AttacheError('NOT_FOUND', 'That source is no longer in the project.');
    }
    // Decisions stay keyed by fact id: re-importing the same file brings the analyst's work back.
    // The source, its facts and the regrouping go in one change.
    await this.changeFacts({ remove: [sourceId] });
    this.removedSources.set(sourceId, source);
    this.options.emit('projectChanged', { what: 'sources' });
  }

  /** Undo of removeSource in this session: the source as it was, its metadata edits included. */
  async restoreRemovedSource(sourceId: string): Promise<SourceSummary> {
    const handle = this.requireWritable();
    const source = this.removedSources.get(sourceId);
    if (!source) throw new AttacheError('NOT_FOUND', 'That source was not removed since the project was opened, so it cannot be brought back.');
    if (handle.data.sources.some((s) => s.id === sourceId)) {
      throw new AttacheError('NOT_ALLOWED', 'That source is in the project already.');
    }
    await this.changeFacts({ add: [source] });
    this.removedSources.delete(sourceId);
    this.options.emit('projectChanged', { what: 'sources' });
    return this.summary(sourceId);
  }

  /**
   * Re-extracts the named sources (only those) and regroups all facts. Those that extracted land;
   * a failure keeps its source's facts and is thrown after the others landed.
   */
  async updateFacts(sourceIds: readonly string[]): Promise<void> {
    await this.changeFacts({ extract: sourceIds });
  }

  /** Reads the named sources again (all of them when none is named): `attache reextract`. */
  async reextractSources(sourceIds?: readonly string[]): Promise<{
    sources: number;
    facts: number;
    failed: Array<{ sourceId: string; fileName: string; error: ReturnType<typeof toErrorShape> }>;
    /** Only when a bound of the extractor acted on a source (a cap on facts, words, sentences). */
    notes?: Array<{ sourceId: string; fileName: string; notes: string[] }>;
  }> {
    const handle = this.requireWritable();
    const ids = sourceIds && sourceIds.length ? [...new Set(sourceIds)] : handle.data.sources.map((s) => s.id);
    const unknown = ids.filter((id) => !handle.data.sources.some((s) => s.id === id));
    if (unknown.length) throw new AttacheError('NOT_FOUND', `The project has no source ${unknown.join(', ')}; \`attache sources\` lists them.`, { detail: { unknown } });
    const outcome = await refreshFacts(handle, { extract: ids });
    this.finder?.sourcesChanged(ids);
    this.options.emit('projectChanged', { what: 'facts' });
    const nameOf = (id: string) => handle.data.sources.find((s) => s.id === id)?.fileName ?? id;
    const notes = [...outcome.notes].map(([sourceId, list]) => ({ sourceId, fileName: nameOf(sourceId), notes: list }));
    return {
      sources: ids.length - outcome.failed.size,
      facts: outcome.factCount,
      failed: [...outcome.failed].map(([sourceId, err]) => ({ sourceId, fileName: nameOf(sourceId), error: toErrorShape(err) })),
      ...(notes.length ? { notes } : {}),
    };
  }

  /** One change of sources and facts (see refreshFacts); a source's extraction failure is thrown. */
  private async changeFacts(change: FactsChange): Promise<void> {
    const handle = this.requireWritable();
    const touched = [...(change.extract ?? []), ...(change.remove ?? []), ...(change.replace ?? []).map((s) => s.id)];
    const outcome = await refreshFacts(handle, change);
    this.finder?.sourcesChanged(touched);
    this.options.emit('projectChanged', { what: 'facts' });
    const [first] = outcome.failed.values();
    if (first !== undefined) throw first;
  }

  async getSource(sourceId: string): Promise<SourceDetail> {
    const p = this.project;
    const s = this.requireSource(sourceId);
    const { cleanArticle } = s.restoredLines.length ? await loadCleaning() : { cleanArticle: null };
    return {
      summary: summariseSource(s, p.facts.filter((f) => f.sourceId === s.id).length),
      text: s.text,
      removed: s.removed,
      restoredLines: s.restoredLines,
      // Cleaning without the analyst's restores says what each restored line was dropped for.
      restored: cleanArticle
        ? cleanArticle(s.originalText).removed.filter((r) => s.restoredLines.includes(r.line))
        : [],
      pages: s.pages,
      ocrPages: s.ocrPages ?? [],
      guessed: s.guessed,
      edited: s.edited,
    };
  }

  private requireSource(sourceId: string) {
    const s = this.project.sources.find((x) => x.id === sourceId);
    if (!s) throw new AttacheError('NOT_FOUND', 'That source is no longer in the project.');
    return s;
  }

  async updateSourceMeta(
    sourceId: string,
    meta: Partial<Record<'title' | 'outlet' | 'author' | 'publishedAt' | 'language', string | null | undefined>>,
    reliability?: Reliability,
  ): Promise<SourceSummary> {
    const handle = this.requireWritable();
    // The publication date anchors the years the text leaves out, and the language says how its
    // numbers and dates are written: a change to either means reading the text again.
    const reading = (source: Source) => {
      const m = effectiveMeta(source);
      return `${m.publishedAt ?? ''}\u241f${m.language ?? ''}`;
    };
    const current = this.requireSource(sourceId);
    const edited: Source = { ...current, edited: { ...current.edited } };
    for (const [key, value] of Object.entries(meta)) {
      if (value === undefined) continue;
      // An empty edit hands the field back to Attaché's guess.
      if (value === '') delete (edited.edited as Record<string, unknown>)[key];
      else (edited.edited as Record<string, unknown>)[key] = value;
    }
    if (reliability) edited.reliability = reliability;
    // Read again, the edit lands with the facts it gives, in one change (or not at all).
    if (reading(current) !== reading(edited)) await this.changeFacts({ replace: [edited] });
    else {
      handle.update((p) => {
        p.sources = p.sources.map((s) => (s.id === sourceId ? edited : s));
      });
    }
    this.options.emit('projectChanged', { what: 'sources' });
    return this.summary(sourceId);
  }

  async setLineRestored(sourceId: string, line: number, restored: boolean): Promise<SourceSummary> {
    this.requireWritable();
    const source = this.requireSource(sourceId);
    const lineCount = source.originalText.split('\n').length;
    if (line >= lineCount) throw new AttacheError('NOT_FOUND', `The source has no line ${line + 1}.`);
    const lines = new Set(source.restoredLines);
    if (restored) lines.add(line);
    else lines.delete(line);
    const restoredLines = [...lines].sort((a, b) => a - b);
    const { cleanArticle } = await loadCleaning();
    const cleaned = cleanArticle(source.originalText, { restoredLines });
    // The new text and the facts that point into it land together: never facts of the old text.
    await this.changeFacts({ replace: [{ ...source, restoredLines, text: cleaned.text, removed: cleaned.removed }] });
    this.options.emit('projectChanged', { what: 'sources' });
    return this.summary(sourceId);
  }

  private summary(sourceId: string): SourceSummary {
    const p = this.project;
    return summariseSource(this.requireSource(sourceId), p.facts.filter((f) => f.sourceId === sourceId).length);
  }

  // -------------------------------------------------------------------------------------------
  // Facts and the analyst's decisions

  /**
   * What the groups say about every fact: built once per change of facts or groups (factIndexOf
   * keeps it while both stay the same), so decisions and brief edits never rebuild it.
   */
  factIndex(): FactIndex {
    return factIndexOf(this.project);
  }

  /** Every fact the filter lets through (the CLI's list; the app asks for windows). */
  listFacts(filter?: FactFilter): FactView[] {
    return buildFactViews(this.project, this.factIndex(), filter);
  }

  private async matched(query: FactQuery = {}): Promise<{ positions: number[]; plain: boolean }> {
    const revision = this.requireProject().revision;
    const key = JSON.stringify([query.filter ?? {}, query.sort ?? 'document']);
    const held = this.lastMatch;
    if (held && held.revision === revision && held.key === key && !(held.plain && this.finder!.ready)) return held;
    const words = query.filter?.text?.trim();
    let found: ReadonlySet<number> | undefined;
    let plain = false;
    if (words && !this.finder!.ready) {
      // The index takes seconds to build after opening: the words are matched plainly meanwhile.
      found = this.plainPositions(words);
      plain = true;
    } else if (words) {
      // Should the search fail, the words are still matched, as a substring: the list never goes blank.
      found = await this.textPositions(words).catch(() => undefined);
    }
    const positions = matchFacts(this.project, this.factIndex(), query, found);
    this.lastMatch = { revision, key, positions, plain };
    return this.lastMatch;
  }

  /**
   * The facts with the words as whole words (the last one begun), without the index: a subset of
   * what the index finds (src/core/search/plainMatch.ts). The Facts list hears once the index is
   * built (the searchReady event) and asks again.
   */
  private plainPositions(words: string): ReadonlySet<number> {
    const finder = this.finder!;
    if (this.announcing !== finder) {
      this.announcing = finder;
      void finder.whenReady().then((built) => {
        if (this.announcing !== finder) return;
        this.announcing = null;
        if (built) this.options.emit('searchReady', {});
      });
    }
    const index = this.factIndex();
    let folded = foldedFacts.get(index);
    if (!folded) {
      folded = index.facts.map(foldedFactText);
      foldedFacts.set(index, folded);
    }
    return new Set(plainMatchFacts(words.slice(0, 500), folded, true));
  }

  private counts(): FactCounts {
    const revision = this.requireProject().revision;
    if (this.lastCounts?.revision !== revision) this.lastCounts = { revision, counts: factCounts(this.project, this.factIndex()) };
    return this.lastCounts.counts;
  }

  /**
   * The facts the Facts list's words find, by the project's search (folded, stemmed, the last word
   * a prefix): those with every word, or, where none has them all, the closest.
   */
  private async textPositions(words: string): Promise<ReadonlySet<number>> {
    this.requireProject();
    const found = await this.finder!.matchFacts(words.slice(0, 500), true);
    const index = this.factIndex();
    const positions = new Set<number>();
    for (const id of found.factIds) {
      const p = index.position(id);
      if (p !== undefined) positions.add(p);
    }
    return positions;
  }

  async factsPage(query: FactQuery | undefined, request: PageRequest): Promise<FactsPage> {
    const { positions, plain } = await this.matched(query);
    const page = factsPage(this.project, this.factIndex(), positions, this.counts(), request);
    return plain ? { ...page, plainWords: true } : page;
  }

  async factIds(query: FactQuery | undefined, offset: number, limit: number): Promise<string[]> {
    const { facts } = this.factIndex();
    return (await this.matched(query)).positions
      .slice(offset, offset + limit)
      .map((p) => facts[p]!.id);
  }

  factDetail(factId: string): FactDetail {
    const detail = factDetail(this.project, this.factIndex(), factId);
    if (!detail) throw new AttacheError('NOT_FOUND', 'That fact is no longer in the project.');
    return detail;
  }

  conflicts(): ConflictSummary[] {
    return this.factIndex().conflicts();
  }

  /** Ranked hits for the words; a status keeps only facts with that status. */
  async search(args: SearchArgs): Promise<SearchResult> {
    const handle = this.requireProject();
    const status = args.status;
    let facts: { ids: string[]; keep: boolean } | undefined;
    if (status) {
      // Facts without a decision are unverified: for that status, leave out the decided others.
      const decided = Object.values(handle.data.decisions);
      facts =
        status === 'unverified'
          ? { ids: decided.filter((d) => d.status !== 'unverified').map((d) => d.factId), keep: false }
          : { ids: decided.filter((d) => d.status === status).map((d) => d.factId), keep: true };
    }
    return this.finder!.search({
      query: args.query,
      scope: args.scope ?? 'facts',
      limit: args.limit ?? 50,
      prefix: args.prefix ?? true,
      ...(facts ? { facts } : {}),
    });
  }

  /** Settles once the open project's search index is built (true), or false if search stopped first. */
  whenSearchReady(): Promise<boolean> {
    this.requireProject();
    return this.finder!.whenReady();
  }

  /** What the search index has done since the project opened (tests: nothing is rebuilt per change). */
  searchStats(): Promise<IndexStats> {
    this.requireProject();
    return this.finder!.stats();
  }

  decide(
    factIds: readonly string[],
    /** Undefined keeps each fact's own status. */
    status: FactStatus | undefined,
    change: { credibility?: number | null | undefined; note?: string | undefined } = {},
  ): Array<{ factId: string; previous: Decision | null }> {
    const handle = this.requireProject();
    const known = new Set(handle.data.facts.map((f) => f.id));
    const missing = factIds.filter((id) => !known.has(id));
    if (missing.length) {
      throw new AttacheError('NOT_FOUND', missing.length === 1 ? `1 of those facts is no longer in the project.` : `${missing.length} of those facts are no longer in the project.`, {
        detail: { missing },
      });
    }
    const at = this.now();
    const previous = factIds.map((factId) => ({ factId, previous: handle.data.decisions[factId] ?? null }));
    const index = this.factIndex();
    handle.update((p) => {
      for (const factId of factIds) {
        const next = nextDecision(factId, p.decisions[factId], { status, ...change }, index.support(factId), at);
        p.decisions[factId] = next;
      }
    });
    this.options.emit('projectChanged', { what: 'decisions' });
    return previous;
  }

  /** What each source of a group or conflict says, side by side. */
  compareGroup(groupId: string): GroupComparison {
    return groupComparison(this.project, this.factIndex(), groupId);
  }

  /** Verify all / Reject all on a group: one change, undone as one step. */
  decideGroup(groupId: string, status: FactStatus): Array<{ factId: string; previous: Decision | null }> {
    return this.decide(groupFactIds(this.factIndex(), groupId), status);
  }

  /** "This one stands" on a conflict: the fact verified, the other sides rejected or annotated, in one change. */
  conflictStands(groupId: string, factId: string, others: 'reject' | 'annotate'): Array<{ factId: string; previous: Decision | null }> {
    const handle = this.requireWritable();
    const next = conflictStandsDecisions(handle.data, this.factIndex(), groupId, factId, others, this.now());
    const previous = next.map((d) => ({ factId: d.factId, previous: handle.data.decisions[d.factId] ?? null }));
    handle.update((p) => {
      for (const d of next) p.decisions[d.factId] = d;
    });
    this.options.emit('projectChanged', { what: 'decisions' });
    return previous;
  }

  /** A window of Who's who: the project's people, places and bodies with their names. */
  whoPage(request: Parameters<typeof whoPage>[1]): WhoPage {
    return whoPage(this.project, request);
  }

  /** One person, place or body with the facts that mention it. */
  whoFacts(id: string): ReturnType<typeof whoFacts> {
    return whoFacts(this.project, this.factIndex(), id);
  }

  /** Merges Who's who entries into one: the analyst's decision, recorded with its time. */
  whoMerge(ids: readonly string[], into?: string): WhoChange {
    this.requireWritable();
    return this.recordWho(mergeDraft(this.project, ids, into));
  }

  /** Moves a name (with the facts that use it) out of its entry into one of its own. */
  whoSplit(id: string, name: string): WhoChange {
    this.requireWritable();
    return this.recordWho(splitDraft(this.project, id, name));
  }

  /** Undo of a merge or split: the decision is taken out, as if never made. */
  whoUndoDecision(decisionId: string): void {
    const handle = this.requireWritable();
    if (!handle.data.whoDecisions.some((d) => d.id === decisionId)) {
      throw new AttacheError('NOT_FOUND', 'That merge or split is no longer in the project.');
    }
    handle.update((p) => {
      // A new array: Who's who is kept per decisions array (whoViews.whoEntries).
      p.whoDecisions = p.whoDecisions.filter((d) => d.id !== decisionId);
    });
    this.options.emit('projectChanged', { what: 'who' });
  }

  private recordWho(draft: WhoDecisionDraft): WhoChange {
    const handle = this.requireWritable();
    const at = this.now();
    const id = stableId('who', at, handle.data.whoDecisions.length, JSON.stringify(draft.decision));
    const decision = { ...draft.decision, id, at } as WhoDecision;
    handle.update((p) => {
      p.whoDecisions = [...p.whoDecisions, decision];
    });
    this.options.emit('projectChanged', { what: 'who' });
    const shown = entryWithName(this.project, decision.kind === 'merge' ? decision.into : decision.name);
    return { entryId: shown?.id ?? '', decisionId: id, message: draft.message };
  }

  /** A window of the Timeline: marks in date order, narrowed by an entity and a kind. */
  timelinePage(request: Parameters<typeof timelinePage>[2]): TimelinePage {
    return timelinePage(this.project, this.factIndex(), request);
  }

  /** One mark of the Timeline with its facts. */
  timelineMark(id: string): ReturnType<typeof timelineMark> {
    return timelineMark(this.project, this.factIndex(), id);
  }

  /** The Timeline's marks (as filtered) into the brief as a table; a blank brief is made when there is none. */
  addTimelineToBrief(filter: TimelineFilter): { brief: Brief; previous: Brief | null; rows: number; unverified: number } {
    this.requireWritable();
    const previous = this.project.brief;
    const base = previous ?? { ...briefTemplate('blank', this.briefDefaults()), sections: [] };
    const entity = filter.entityId ? whoEntries(this.project).find((e) => e.id === filter.entityId) : undefined;
    const title = entity ? `Timeline: ${entity.name}` : 'Timeline';
    const { brief, rows, unverified } = briefWithTimeline(this.project, this.factIndex(), base, filter, title);
    this.setBrief(brief);
    return { brief, previous, rows, unverified };
  }

  restoreDecisions(decisions: ReadonlyArray<{ factId: string; previous: Decision | null }>): void {
    const handle = this.requireProject();
    handle.update((p) => {
      for (const { factId, previous } of decisions) {
        if (previous) p.decisions[factId] = previous;
        else delete p.decisions[factId];
      }
    });
    this.options.emit('projectChanged', { what: 'decisions' });
  }

  // -------------------------------------------------------------------------------------------
  // The brief

  getBrief(): Brief | null {
    return this.project.brief;
  }

  setBrief(brief: Brief): void {
    this.requireProject().update((p) => {
      p.brief = brief;
    });
    this.options.emit('projectChanged', { what: 'brief' });
  }

  createBrief(template: BriefTemplate): Brief {
    const brief = briefTemplate(template, this.briefDefaults());
    this.setBrief(brief);
    return brief;
  }

  draftBrief(): Brief {
    const brief = draftBrief(this.briefInput(), this.briefDefaults());
    this.setBrief(brief);
    return brief;
  }

  briefInput(): BriefInput {
    const p = this.project;
    return { facts: p.facts, sources: p.sources, decisions: p.decisions, groups: p.groups };
  }

  private briefDefaults() {
    const current = this.project.brief;
    return {
      title: current?.title || this.project.name,
      date: current?.date || this.now().slice(0, 10),
      marking: current?.marking || 'OFFICIAL',
      preparedFor: current?.preparedFor ?? '',
      preparedBy: current?.preparedBy ?? '',
    };
  }

  requireBrief(): Brief {
    const brief = this.project.brief;
    if (!brief) throw new AttacheError('NOT_FOUND', 'This project has no brief yet. Create or draft one first.');
    return brief;
  }

  checkBrief(): IntegrityProblemView[] {
    return checkBriefIntegrity(this.requireBrief(), this.briefInput()).map((problem) => ({
      factId: problem.factId,
      reason: problem.reason,
      message: problem.message,
      overridable: problem.overridable,
    }));
  }

  endnotes(): EndnoteView[] {
    return numberCitations(this.requireBrief(), this.briefInput()).endnotes.map((note) => ({
      number: note.number,
      factId: note.factId,
      text: note.text,
      sentence: note.quote,
    }));
  }

  async exportBriefFromDialog(options: BriefExportOptions): Promise<{ path: string; pages: number; citations: number } | null> {
    const brief = this.requireBrief();
    const path = await this.options.dialogs.chooseExportPath(`${brief.title || this.project.name}.pdf`);
    if (!path) return null;
    const result = await this.exportBrief(path, options);
    this.lastExport = path;
    return result;
  }

  /** Writes the brief's PDF where Print keeps its files and opens it in the system's viewer, to print from. */
  async printBrief(options: BriefExportOptions): Promise<{ pages: number; citations: number }> {
    const brief = this.requireBrief();
    const desktop = this.requireDesktop('print');
    const given = this.options.printFolder;
    this.printFolder ??= given ? mkdir(given, { recursive: true }).then(() => given) : mkdtemp(join(tmpdir(), 'attache-print-'));
    const folder = await this.printFolder;
    const path = join(folder, `${fileNameOf(brief.title || this.project.name)}.pdf`);
    const result = await this.exportBrief(path, options);
    const failure = await desktop.openFile(path);
    if (failure) {
      throw new AttacheError('EXPORT_FAILED', `The brief is ready to print, but no application opened it: ${failure} The PDF is at ${path}.`, { file: path });
    }
    return { pages: result.pages, citations: result.citations };
  }

  /** Open or Show in folder for the file the last export wrote. */
  async openLastExport(how: 'open' | 'folder'): Promise<null> {
    const desktop = this.requireDesktop(how === 'open' ? 'open' : 'show');
    const path = this.lastExport;
    if (!path) throw new AttacheError('NOT_FOUND', 'Nothing was exported from this window yet: export the brief first.');
    try {
      await access(path);
    } catch {
      throw new AttacheError('NOT_FOUND', `${basename(path)} is no longer where it was exported (${path}): it was moved or deleted. Export the brief again.`, { file: path });
    }
    if (how === 'folder') {
      desktop.showInFolder(path);
      return null;
    }
    const failure = await desktop.openFile(path);
    if (failure) throw new AttacheError('NOT_ALLOWED', `${basename(path)} could not be opened: ${failure}`, { file: path });
    return null;
  }

  private requireDesktop(what: 'print' | 'open' | 'show'): DesktopPort {
    const desktop = this.options.desktop;
    if (!desktop) {
      const doing = what === 'print' ? 'print' : what === 'open' ? 'open files' : 'show files in their folder';
      throw new AttacheError('NOT_ALLOWED', `Attaché cannot ${doing} here: there is no desktop to hand the file to.`);
    }
    return desktop;
  }

  /** Refuses (BRIEF_INTEGRITY, listing each problem) unless every cited fact is still verified. */
  async exportBrief(outPath: string, options: BriefExportOptions): Promise<{ path: string; pages: number; citations: number }> {
    const brief = this.requireBrief();
    await this.flush();
    const result = (await runTask('exportPdf', {
      brief,
      input: this.briefInput(),
      outPath,
      options: { ...options, paper: options.paper ?? 'A4' },
    })) as { pages: number; citations: number };
    return { path: outPath, pages: result.pages, citations: result.citations };
  }

  async exportBriefDocxFromDialog(options: BriefExportOptions): Promise<{ path: string; citations: number } | null> {
    const brief = this.requireBrief();
    const path = await this.options.dialogs.chooseExportPath(`${brief.title || this.project.name}.docx`);
    if (!path) return null;
    const result = await this.exportBriefDocx(path, options);
    this.lastExport = path;
    return result;
  }

  /** The same brief as a Word document; refuses what exportBrief refuses, with the same override. */
  async exportBriefDocx(outPath: string, options: BriefExportOptions): Promise<{ path: string; citations: number }> {
    const brief = this.requireBrief();
    await this.flush();
    const result = await runTask('exportDocx', {
      brief,
      input: this.briefInput(),
      outPath,
      options: {
        paper: options.paper ?? 'A4',
        ...(options.allowUnverified !== undefined ? { allowUnverified: options.allowUnverified } : {}),
        ...(options.marking !== undefined ? { marking: options.marking } : {}),
        ...(options.frontMatter !== undefined ? { frontMatter: options.frontMatter } : {}),
      },
    });
    return { path: outPath, citations: result.citations };
  }

  async flush(): Promise<void> {
    await this.handle?.flush();
  }
}

/** A brief's title as a file name on every system: no separators, no characters Windows refuses. */
export function fileNameOf(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120);
  return cleaned || 'Brief';
}

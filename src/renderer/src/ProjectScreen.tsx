// An open project: its name and save state, three views (Sources, Facts, Brief) as tabs, and
// adding sources (dialog or drop) with progress per file and a report of what happened to each.
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, useSyncExternalStore, type DragEvent, type Ref } from 'react';
import type { ImportReport, ProjectInfo, SourceSummary } from '../../shared/api';
import { ErrorPanel, type ShownError } from './ErrorPanel';
import { ProjectNotices, ReadOnlyTag } from './ProjectNotices';
import { ProjectTabs, type ProjectTab } from './ProjectTabs';
import { SaveIndicator, type SaveState } from './SaveIndicator';
import { ImportProgress, type ImportProgressState } from './sources/ImportProgress';
import { SourcesPanel } from './sources/SourcesPanel';
import { DecisionHistory } from './history/decisionHistory';
import { HistoryContext } from './history/historyContext';
import { deskCommandForKey, isTyping, withShortcut } from './shortcuts';
import { DEFAULT_EXPORT_CHOICES, ExportRequestContext, type ExportChoices, type ExportKind, type ExportRequest, type ExportRequests } from './brief/exportRequest';

export interface ProjectScreenHandle {
  addFromDialog(): Promise<void>;
  showTab(tab: ProjectTab): void;
  /** File › Export PDF…, Export DOCX…, Print…: the Brief tab's export, with the options it shows. */
  exportBrief(kind: ExportKind): Promise<void>;
}

type ImportCall = () => Promise<Awaited<ReturnType<typeof window.attache.sourcesAddFromDialog>>>;

export function ProjectScreen(props: {
  ref?: Ref<ProjectScreenHandle>;
  project: ProjectInfo;
  onInfo: (info: ProjectInfo) => void;
  onClose: () => void;
  onSaveAs: () => void;
  /** A drop with a project file in it: true when it was taken care of (opened or refused). */
  onDropProject: (files: File[]) => boolean;
  error: ShownError | null;
  onDismissError: () => void;
}) {
  const { project, onInfo } = props;
  const [tab, setTab] = useState<ProjectTab>('sources');
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** Bumped whenever the back end says sources or facts changed: open views reload. */
  const [revision, setRevision] = useState(0);
  const [save, setSave] = useState<SaveState>(project.saved ? { kind: 'saved' } : { kind: 'saving' });
  const [importState, setImportState] = useState<ImportProgressState | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [dropping, setDropping] = useState(false);
  /** The project whose open notices the analyst dismissed (a project opened next shows its own). */
  const dragDepth = useRef(0);
  const importing = importState !== null;
  /** The analyst's decisions in this project, for undo and redo across the tabs. */
  const history = useMemo(() => new DecisionHistory(), [project.path]);
  const subscribe = useCallback((listener: () => void) => history.subscribe(listener), [history]);
  const historyReport = useSyncExternalStore(subscribe, () => history.lastReport);
  /** Ctrl+F asks the Facts tab to put the focus in its find box; it answers by resetting this. */
  const [findRequest, setFindRequest] = useState(0);
  const onFindAnswered = useCallback(() => setFindRequest(0), []);
  /** A fact another tab (the Timeline) asked to see in the Facts tab; the Facts view answers by clearing it. */
  const [openRequest, setOpenRequest] = useState<{ factId: string; n: number } | null>(null);
  const onOpenAnswered = useCallback(() => setOpenRequest(null), []);
  const onOpenFact = useCallback((factId: string) => {
    setOpenRequest((r) => ({ factId, n: (r?.n ?? 0) + 1 }));
    setTab('facts');
  }, []);

  // Undo and redo of decisions, and find, work from every tab. In a text field undo and redo
  // are the field's own typing undo; a dialog that is open keeps its keys.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const command = deskCommandForKey(event);
      if (!command) return;
      if (command === 'find') {
        event.preventDefault();
        setTab('facts');
        setFindRequest((n) => n + 1);
        return;
      }
      if (isTyping(event.target)) return;
      event.preventDefault();
      void (command === 'undo' ? history.undo() : history.redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history]);

  const refresh = useCallback(async () => {
    const [list, info] = await Promise.all([window.attache.sourcesList({}), window.attache.projectInfo({})]);
    if (list.ok) {
      setSources(list.value);
      // A selection whose source went away (removed here or elsewhere) moves to nothing.
      setSelectedId((id) => (id !== null && list.value.some((s) => s.id === id) ? id : (list.value[0]?.id ?? null)));
    } else {
      setError(list.error);
    }
    if (info.ok && info.value) onInfo(info.value);
  }, [onInfo]);

  useEffect(() => {
    void refresh();
  }, [refresh, project.path]);

  useEffect(() => {
    const offs = [
      // A save that succeeds clears an earlier failure: everything is on disk now.
      window.attache.on('projectSaved', () => setSave({ kind: 'saved' })),
      window.attache.on('projectSaveFailed', ({ message }) => setSave({ kind: 'failed', message })),
      window.attache.on('projectChanged', ({ what }) => {
        if (what === 'project') return;
        // A failed save stays on screen until a later save succeeds.
        setSave((s) => (s.kind === 'failed' ? s : { kind: 'saving' }));
        if (what === 'sources' || what === 'facts') setRevision((r) => r + 1);
      }),
      window.attache.on('importProgress', (p) =>
        setImportState((s) => {
          if (!s) return s;
          const done = p.phase === 'done' && !s.doneIndices.includes(p.index) ? [...s.doneIndices, p.index] : s.doneIndices;
          return { ...s, current: p, doneIndices: done };
        }),
      ),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  useEffect(() => {
    if (revision > 0) void refresh();
  }, [revision, refresh]);

  const runImport = useCallback(
    async (start: ImportCall) => {
      if (importing) return;
      setTab('sources');
      setImportState({ current: null, doneIndices: [], cancelling: false });
      setReport(null);
      setError(null);
      try {
        const result = await start();
        if (result.ok) {
          // A dialog the analyst cancelled comes back empty: nothing to report.
          if (result.value.outcomes.length > 0) {
            setReport(result.value);
            const firstAdded = result.value.outcomes.find((o) => o.status === 'added');
            if (firstAdded?.status === 'added') setSelectedId(firstAdded.sourceId);
          }
        } else {
          setError(result.error);
        }
      } finally {
        setImportState(null);
        await refresh();
      }
    },
    [importing, refresh],
  );

  const cancelImport = useCallback(() => {
    setImportState((s) => (s ? { ...s, cancelling: true } : s));
    void window.attache.sourcesCancelImport({});
  }, []);

  const addFromDialog = useCallback(() => runImport(() => window.attache.sourcesAddFromDialog({})), [runImport]);

  const [exportRequest, setExportRequest] = useState<ExportRequest | null>(null);
  // The export options of the open project: another project opened in this screen starts from the
  // defaults (never with "export anyway" carried over from the last one).
  const projectId = props.project.id;
  const [exportChoices, setExportChoices] = useState<{ projectId: string; choices: ExportChoices }>({ projectId, choices: DEFAULT_EXPORT_CHOICES });
  const choices = exportChoices.projectId === projectId ? exportChoices.choices : DEFAULT_EXPORT_CHOICES;
  const exportIds = useRef(0);
  const exportRequests = useMemo<ExportRequests>(
    () => ({
      request: exportRequest,
      answered: (id) => setExportRequest((r) => (r?.id === id ? null : r)),
      choices,
      choose: (change) =>
        setExportChoices((c) => ({ projectId, choices: { ...(c.projectId === projectId ? c.choices : DEFAULT_EXPORT_CHOICES), ...change } })),
    }),
    [exportRequest, choices, projectId],
  );
  const exportBrief = useCallback(async (kind: ExportKind) => {
    setTab('brief');
    setError(null);
    const brief = await window.attache.briefGet({});
    if (!brief.ok) {
      setError(brief.error);
      return;
    }
    if (brief.value === null) {
      const doing = kind === 'PRINT' ? 'print' : 'export';
      setError({ code: 'NOT_FOUND', message: `This project has no brief to ${doing} yet: draft one from the verified facts, or start from a template, in the Brief tab.` });
      return;
    }
    exportIds.current += 1;
    setExportRequest({ kind, id: exportIds.current });
  }, []);
  useImperativeHandle(props.ref, () => ({ addFromDialog, showTab: setTab, exportBrief }), [addFromDialog, exportBrief]);

  // Esc cancels an import under way, unless a dialog or a field has it.
  useEffect(() => {
    if (!importing) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      cancelImport();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [importing, cancelImport]);

  const dragHasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    dragDepth.current = 0;
    setDropping(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length === 0) return;
    if (importing) {
      setError({ code: 'NOT_ALLOWED', message: 'An import is already running; wait for it or cancel it, then drop the files again.' });
      return;
    }
    if (props.onDropProject(files)) return;
    void runImport(() => window.attache.addDroppedFiles(files));
  };

  const shownError = error ?? props.error;

  return (
    <main
      className={`project-screen${dropping ? ' dropping' : ''}`}
      onDragEnter={(event) => {
        if (!dragHasFiles(event)) return;
        dragDepth.current += 1;
        setDropping(true);
      }}
      onDragOver={(event) => {
        if (!dragHasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!dragHasFiles(event)) return;
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDropping(false);
      }}
      onDrop={onDrop}
    >
      <header className="project-header">
        <div className="project-title">
          <h1 title={project.path}>{project.name}</h1>
          <ReadOnlyTag project={project} />
          {project.readOnly ? null : <SaveIndicator state={save} />}
        </div>
        <div className="project-actions">
          <button
            type="button"
            className="primary"
            onClick={() => void addFromDialog()}
            disabled={importing || project.readOnly}
            title={
              project.readOnly
                ? 'This project is read-only: make its file writable, or save a copy with Save as…'
                : withShortcut('Add source files to this project', 'addSources')
            }
          >
            Add sources…
          </button>
          <button type="button" onClick={props.onSaveAs} title={withShortcut('Write this project to another file and carry on there', 'saveAs')}>
            Save as…
          </button>
          <button type="button" onClick={props.onClose} title={withShortcut('Close this project', 'close')}>
            Close project
          </button>
        </div>
      </header>

      <ProjectNotices project={project} />

      {shownError ? (
        <ErrorPanel
          error={shownError}
          onDismiss={() => {
            setError(null);
            props.onDismissError();
          }}
        />
      ) : null}


      {importState ? <ImportProgress state={importState} onCancel={cancelImport} /> : null}

      {historyReport ? (
        <p role="status" className={`history-status${historyReport.ok ? '' : ' failed'}`}>
          {historyReport.message}
        </p>
      ) : null}

      <HistoryContext value={history}>
        <ExportRequestContext value={exportRequests}>
        <ProjectTabs
          findRequest={findRequest}
          onFindAnswered={onFindAnswered}
          openRequest={openRequest}
          onOpenAnswered={onOpenAnswered}
          onOpenFact={onOpenFact}
          tab={tab}
        onTab={setTab}
        sourceCount={sources.length}
        factCount={project.factCount}
        sourcesPanel={
          <SourcesPanel
            sources={sources}
            selectedId={selectedId}
            onSelect={setSelectedId}
            revision={revision}
            report={report}
            onDismissReport={() => setReport(null)}
            onChanged={() => void refresh()}
            onError={setError}
            readOnly={project.readOnly}
          />
        }
        />
        </ExportRequestContext>
      </HistoryContext>
      {dropping ? <div className="drop-overlay">Drop files to add them as sources</div> : null}
    </main>
  );
}

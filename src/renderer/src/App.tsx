// The window: the start screen when no project is open, the project screen when one is. Commands
// from buttons, the native menu and (outside Electron) the keyboard all end up in `run`.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectInfo } from '../../shared/api';
import type { ShownError } from './ErrorPanel';
import { StartScreen } from './StartScreen';
import { ProjectScreen, type ProjectScreenHandle } from './ProjectScreen';
import { ShortcutsSheet } from './ShortcutsSheet';
import { commandForKey, commandForMenu, isSheetKey, isTyping, pageHandles, type AppCommand } from './shortcuts';
import { dropKindOf } from './droppedProject';

export function App() {
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [busy, setBusy] = useState(false);
  const [sheet, setSheet] = useState(false);
  const projectScreen = useRef<ProjectScreenHandle>(null);

  const refreshInfo = useCallback(async () => {
    const result = await window.attache.projectInfo({});
    if (result.ok) setProject(result.value);
    setLoaded(true);
  }, []);

  useEffect(() => {
    void refreshInfo();
    // Open Recent in the native menu opens a project without asking the page.
    return window.attache.on('projectChanged', (change) => {
      if (change.what === 'project') void refreshInfo();
    });
  }, [refreshInfo]);

  const openWith = useCallback(async (open: () => ReturnType<typeof window.attache.projectNew>, path?: string) => {
    setBusy(true);
    setError(null);
    try {
      const result = await open();
      if (result.ok) {
        if (result.value) setProject(result.value);
      } else {
        setError({ ...result.error, ...(path ? { path } : {}) });
      }
    } finally {
      setBusy(false);
    }
  }, []);

  const run = useCallback(
    async (command: AppCommand) => {
      switch (command) {
        case 'new':
          return openWith(() => window.attache.projectNew({}));
        case 'open':
          return openWith(() => window.attache.projectOpen({}));
        case 'close': {
          const result = await window.attache.projectClose({});
          if (result.ok) setProject(null);
          else setError(result.error);
          return;
        }
        case 'addSources':
          return projectScreen.current?.addFromDialog();
        case 'saveAs': {
          const result = await window.attache.projectSaveAs({});
          if (!result.ok) setError(result.error);
          else if (result.value) setProject(result.value);
          return;
        }
        case 'exportPdf':
          return projectScreen.current?.exportBrief('PDF');
        case 'exportDocx':
          return projectScreen.current?.exportBrief('DOCX');
        case 'print':
          return projectScreen.current?.exportBrief('PRINT');
        case 'shortcuts':
          setSheet(true);
          return;
        case 'tabSources':
          return projectScreen.current?.showTab('sources');
        case 'tabFacts':
          return projectScreen.current?.showTab('facts');
        case 'tabBrief':
          return projectScreen.current?.showTab('brief');
      }
    },
    [openWith],
  );

  useEffect(
    () =>
      window.attache.on('menuCommand', ({ command }) => {
        const c = commandForMenu(command);
        if (c) void run(c);
      }),
    [run],
  );

  const projectOpen = project !== null;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // ? is a character: in a field it is typed, and a dialog that is open keeps its keys.
      if (isSheetKey(event) && !isTyping(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        setSheet(true);
        return;
      }
      const command = commandForKey(event, { projectOpen });
      if (!command || !pageHandles(command)) return;
      event.preventDefault();
      void run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, projectOpen]);

  /** A project file dropped on the window opens in it (a drop with sources besides is refused). */
  const openDropped = useCallback(
    (files: File[]): boolean => {
      const drop = dropKindOf(files);
      if (drop.kind === 'sources') return false;
      if (drop.kind === 'refused') setError({ code: 'NOT_ALLOWED', message: drop.message });
      else void openWith(() => window.attache.openDroppedProject(drop.file));
      return true;
    },
    [openWith],
  );

  if (!loaded) return <main className="app loading" aria-busy="true" />;

  const closeSheet = () => setSheet(false);
  const screen = project ? (
    <ProjectScreen
      ref={projectScreen}
      project={project}
      onInfo={setProject}
      onClose={() => void run('close')}
      onSaveAs={() => void run('saveAs')}
      onDropProject={openDropped}
      error={error}
      onDismissError={() => setError(null)}
    />
  ) : (
    <StartScreen
      busy={busy}
      error={error}
      onNew={() => void run('new')}
      onOpen={() => void run('open')}
      onOpenRecent={(path) => openWith(() => window.attache.projectOpenRecent({ path }), path)}
      onRestore={(path) => openWith(() => window.attache.projectRestoreBackup({ path }), path)}
      onDismissError={() => setError(null)}
      onDrop={(files) => {
        if (!openDropped(files)) setError({ code: 'NO_PROJECT', message: 'Sources go into a project: open or create one first, then drop the files on it.' });
      }}
    />
  );

  return (
    <>
      {screen}
      {sheet ? <ShortcutsSheet onClose={closeSheet} /> : null}
    </>
  );
}

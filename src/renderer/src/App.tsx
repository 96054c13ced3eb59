// The window: the start screen when no project is open, the project screen when one is. Commands
// from buttons, the native menu and (outside Electron) the keyboard all end up in `run`.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectInfo } from '../../shared/api';
import type { ShownError } from './ErrorPanel';
import { StartScreen } from './StartScreen';
import { ProjectScreen, type ProjectScreenHandle } from './ProjectScreen';
import { commandForKey, commandForMenu, pageHandles, type AppCommand } from './shortcuts';

export function App() {
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [busy, setBusy] = useState(false);
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
      const command = commandForKey(event, { projectOpen });
      if (!command || !pageHandles(command)) return;
      event.preventDefault();
      void run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, projectOpen]);

  if (!loaded) return <main className="app loading" aria-busy="true" />;

  return project ? (
    <ProjectScreen
      ref={projectScreen}
      project={project}
      onInfo={setProject}
      onClose={() => void run('close')}
      onSaveAs={() => void run('saveAs')}
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
    />
  );
}

// Attaché's main process: one instance, sandboxed windows each with their own session, a native
// menu, and projects opened from the command line or the file manager.
import { app, dialog, Menu, protocol, session as electronSession } from 'electron';
import { join } from 'node:path';
import { RecentProjects } from '../node/store';
import { eventChannelOf } from '../shared/api';
import { appOriginFor } from './appOrigin';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appRequestHandler } from './appProtocol';
import { contentSecurityPolicy } from './contentSecurity';
import { menuTemplate, type MenuCommand } from './appMenu';
import { projectPathsIn } from './commandLine';
import { registerIpc } from './ipc';
import { ProjectWindows } from './projectWindows';
import { guardSession, guardWebContents } from './security';
import { keepSpellcheckOffline } from './spellcheck';
import { useBundledWorker } from './bundledWorker';
import { shutdownWorkers } from '../node/workers/runTask';

const APP_NAME = 'Attaché';
const here = import.meta.dirname;
// The dev server only when running from source (`electron-vite dev`), never in a packaged app.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const isDev = devServerUrl !== undefined;
const origin = appOriginFor({ rendererIndexFile: join(here, '../renderer/index.html'), devServerUrl });
const preload = join(here, '../preload/index.cjs');
const passwordPreload = join(here, '../preload/passwordPrompt.cjs');

app.setName(APP_NAME);
// Before the app is ready: the scheme our renderer is served from (see appProtocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
useBundledWorker(here);

// Paths handed to us before the app was ready (macOS open-file fires early) wait here.
const pendingPaths: string[] = projectPathsIn(process.argv.slice(1), process.cwd());
let windows: ProjectWindows | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another Attaché is running; it receives our argv in 'second-instance' and opens the files.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void openPaths(projectPathsIn(argv, workingDirectory), true);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (windows) void openPaths([path], false);
    else pendingPaths.push(path);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origin, isDev));
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  guardSession(electronSession.defaultSession, origin, devServerUrl);
  if (origin.entry.kind === 'app') {
    electronSession.defaultSession.protocol.handle(APP_SCHEME, appRequestHandler(origin.entry.folder, contentSecurityPolicy()));
  }
  keepSpellcheckOffline(electronSession.defaultSession, {
    dictionaryFolder: join(app.getAppPath(), 'resources/dictionaries'),
    systemLanguages: app.getPreferredSystemLanguages(),
    platform: process.platform,
  });
  const recent = new RecentProjects(join(app.getPath('userData'), 'recent-projects.json'));
  windows = new ProjectWindows({
    origin,
    preload,
    passwordPreload,
    recent,
    windowStateFile: join(app.getPath('userData'), 'window-state.json'),
    appName: APP_NAME,
    // Windows and macOS take the icon from the packaged executable.
    icon: process.platform === 'linux' ? join(app.getAppPath(), 'resources/icons/icon.png') : undefined,
    onProjectsChanged: () => void refreshMenu(recent),
  });
  const open = windows;
  registerIpc({
    handlersFor: (contents) => open.forContents(contents)?.handlers ?? null,
    isAppUrl: (url) => origin.isAppUrl(url),
    focusIfShownElsewhere: (sender, path) => {
      const showing = open.showing(path);
      if (!showing || showing.contentsId === sender.id) return false;
      open.focus(showing);
      return true;
    },
  });
  await refreshMenu(recent);
  // The project items are enabled for the window in front: switching windows may change them.
  app.on('browser-window-focus', () => buildMenu());

  const paths = pendingPaths.splice(0);
  if (paths.length > 0) await openPaths(paths, false);
  else await open.open();

  app.on('activate', () => {
    if (open.list().length === 0) void open.open();
  });
}

/** Opens each project in its own window (the first may reuse an empty window). */
async function openPaths(paths: readonly string[], focusIfNone: boolean): Promise<void> {
  const open = windows;
  if (!open) {
    pendingPaths.push(...paths);
    return;
  }
  if (paths.length === 0) {
    const current = open.current();
    if (current) open.focus(current);
    else if (focusIfNone) await open.open();
    return;
  }
  for (const path of paths) {
    const empty = open.list().find((entry) => entry.session.info() === null);
    await open.openPath(path, empty);
  }
}

let recentEntries: Awaited<ReturnType<RecentProjects['list']>> = [];

async function refreshMenu(recent: RecentProjects): Promise<void> {
  recentEntries = await recent.list().catch(() => []);
  buildMenu();
}

function buildMenu(): void {
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    isDev,
    appName: APP_NAME,
    recent: recentEntries,
    projectOpen: (windows?.current()?.session.info() ?? null) !== null,
    actions: {
      command: (command) => void runMenuCommand(command),
      openRecent: (path) => {
        const current = windows?.current();
        void windows?.openPath(path, current);
      },
      about: () => void showAbout(),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** A menu command goes to the renderer of the current window, as if its button was pressed. */
async function runMenuCommand(command: MenuCommand): Promise<void> {
  const open = windows;
  if (!open) return;
  const current = open.current();
  if (current && !current.window.isDestroyed()) {
    current.window.webContents.send(eventChannelOf('menuCommand'), { command });
    return;
  }
  // No window (macOS keeps running without one): open one and run the session directly.
  if (command === 'projectNew' || command === 'projectOpen') {
    const entry = await open.open();
    await open.run(entry, () => (command === 'projectNew' ? entry.session.newProject() : entry.session.openProject()));
  }
}

async function showAbout(): Promise<void> {
  const current = windows?.current();
  const options = {
    type: 'info' as const,
    title: `About ${APP_NAME}`,
    message: `${APP_NAME} ${app.getVersion()}`,
    detail: [
      'Turns source documents into verified facts and cited briefings, offline.',
      '',
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    ].join('\n'),
    buttons: ['OK'],
  };
  if (current && !current.window.isDestroyed()) await dialog.showMessageBox(current.window, options);
  else await dialog.showMessageBox(options);
}

// Quit waits until every project has reached disk.
let released = false;
let releasing = false;
app.on('before-quit', (event) => {
  if (released || !windows) return;
  event.preventDefault();
  if (releasing) return;
  releasing = true;
  void windows
    .releaseAll()
    .then(() => shutdownWorkers())
    .finally(() => {
      released = true;
      app.quit();
    });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// The open windows, each with its own application session (one project per window). Closing a
// window first closes its session, so the project's last changes reach disk before it goes.
import { app, BrowserWindow, dialog, screen, shell, type WebContents } from 'electron';
import { AttacheSession, createHandlers, type Handlers } from '../node/service';
import type { RecentProjects } from '../node/store';
import { toErrorShape } from '../core/errors';
import { eventChannelOf, type EventName, type EventPayload, type ProjectInfo } from '../shared/api';
import type { AppOrigin } from './appOrigin';
import { createAppWindow, loadApp } from './appWindow';
import { attachContextMenu } from './contextMenu';
import { nativeDialogsFor } from './nativeDialogs';
import { placeWindow, readWindowState, writeWindowState, type WindowState } from './windowState';

export interface ProjectWindow {
  readonly window: BrowserWindow;
  readonly contentsId: number;
  readonly session: AttacheSession;
  readonly handlers: Handlers;
  /** True once the session is closed and the window may really go. */
  released: boolean;
  releasing: Promise<void> | null;
}

export interface ProjectWindowsOptions {
  origin: AppOrigin;
  preload: string;
  passwordPreload: string;
  recent: RecentProjects;
  windowStateFile: string;
  appName: string;
  icon?: string | undefined;
  /** A project was opened or closed somewhere: the recent list and the menu may change. */
  onProjectsChanged(): void;
}

const CASCADE = 28;

export class ProjectWindows {
  private readonly entries = new Map<number, ProjectWindow>();
  private lastFocused: ProjectWindow | null = null;
  private stateWrites: Promise<void> = Promise.resolve();

  constructor(private readonly options: ProjectWindowsOptions) {}

  async open(): Promise<ProjectWindow> {
    const { options } = this;
    const saved = await readWindowState(options.windowStateFile);
    let placement = placeWindow(saved, screen.getAllDisplays().map((d) => d.workArea));
    const anchor = this.lastFocused?.window;
    if (anchor && !anchor.isDestroyed()) {
      const b = anchor.getNormalBounds();
      placement = { ...placement, x: b.x + CASCADE, y: b.y + CASCADE, maximized: false };
    }
    const window = createAppWindow({ preload: options.preload, placement, title: options.appName, icon: options.icon });
    const contentsId = window.webContents.id;
    const send = <E extends EventName>(event: E, payload: EventPayload<E>) => {
      if (!window.isDestroyed()) window.webContents.send(eventChannelOf(event), payload);
      if (event === 'projectChanged' && (payload as EventPayload<'projectChanged'>).what === 'project') {
        this.showProjectIn(window, session.info());
        options.onProjectsChanged();
      }
    };
    const session: AttacheSession = new AttacheSession({
      dialogs: nativeDialogsFor(window, options.passwordPreload),
      recent: options.recent,
      emit: send,
      owner: `${options.appName} (pid ${process.pid})`,
      // The index is ready by the time the analyst types (built in a worker; opening never waits).
      searchOnOpen: true,
      // Only files the session itself wrote reach these (its last export, its print file).
      desktop: { openFile: (path) => shell.openPath(path), showInFolder: (path) => shell.showItemInFolder(path) },
    });
    const entry: ProjectWindow = {
      window,
      contentsId,
      session,
      handlers: createHandlers(session),
      released: false,
      releasing: null,
    };
    this.entries.set(contentsId, entry);
    this.lastFocused = entry;

    attachContextMenu(window.webContents, window);
    // Our window title names the project; the page's <title> does not replace it.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('focus', () => {
      this.lastFocused = entry;
    });
    let placementTimer: NodeJS.Timeout | undefined;
    const rememberSoon = () => {
      clearTimeout(placementTimer);
      placementTimer = setTimeout(() => this.rememberPlacement(window), 800);
    };
    window.on('resize', rememberSoon);
    window.on('move', rememberSoon);
    window.on('close', (event) => {
      clearTimeout(placementTimer);
      this.rememberPlacement(window);
      if (entry.released) return;
      event.preventDefault();
      void this.release(entry).finally(() => {
        if (!window.isDestroyed()) window.destroy();
      });
    });
    window.on('closed', () => {
      this.entries.delete(contentsId);
      if (this.lastFocused === entry) this.lastFocused = [...this.entries.values()].at(-1) ?? null;
    });

    void loadApp(window, options.origin).catch((err: unknown) => {
      dialog.showErrorBox(`${options.appName} could not start`, toErrorShape(err).message);
    });
    return entry;
  }

  forContents(contents: WebContents): ProjectWindow | undefined {
    return this.entries.get(contents.id);
  }

  /** The window the analyst is working in: the focused one, else the one focused last. */
  current(): ProjectWindow | undefined {
    const focused = BrowserWindow.getFocusedWindow();
    const entry = focused ? this.forContents(focused.webContents) : undefined;
    // A modal prompt or DevTools may hold the focus; fall back to the window behind it.
    return entry ?? this.lastFocused ?? undefined;
  }

  showing(path: string): ProjectWindow | undefined {
    return [...this.entries.values()].find((e) => e.session.info()?.path === path);
  }

  list(): ProjectWindow[] {
    return [...this.entries.values()];
  }

  focus(entry: ProjectWindow): void {
    if (entry.window.isDestroyed()) return;
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.show();
    entry.window.focus();
  }

  /**
   * Opens a project file named outside the app (command line, Finder, Open Recent): focuses the
   * window already showing it, else opens it in the given window or in a new one.
   */
  async openPath(path: string, into?: ProjectWindow): Promise<void> {
    const already = this.showing(path);
    if (already) {
      this.focus(already);
      return;
    }
    const target = into && !into.window.isDestroyed() ? into : await this.open();
    await this.run(target, () => target.session.openAt(path), path);
  }

  /** Runs a session action for the main process; failures are shown over the window. */
  async run(entry: ProjectWindow, action: () => Promise<unknown>, path?: string): Promise<void> {
    try {
      await action();
    } catch (err) {
      const shape = toErrorShape(err);
      if (shape.code === 'PROJECT_DAMAGED' && path && (await this.options.recent.has(path))) {
        const answer = await dialog.showMessageBox(entry.window, {
          type: 'warning',
          message: 'This project file is damaged.',
          detail: `${shape.message}\n\nAttaché keeps the last good copy next to it. Restore that copy? Changes made after it was saved are lost.`,
          buttons: ['Restore Last Good Copy', 'Cancel'],
          defaultId: 0,
          cancelId: 1,
        });
        if (answer.response === 0) await this.run(entry, () => entry.session.restoreBackup(path));
        return;
      }
      if (shape.code === 'CANCELLED') return;
      await dialog.showMessageBox(entry.window, { type: 'error', message: shape.message, buttons: ['OK'] });
    }
  }

  /** Closes every session (flushing its project); used when the app quits. */
  async releaseAll(): Promise<void> {
    await Promise.all(this.list().map((entry) => this.release(entry)));
    await this.stateWrites;
  }

  private release(entry: ProjectWindow): Promise<void> {
    entry.releasing ??= (async () => {
      try {
        await entry.session.close();
      } catch (err) {
        const shape = toErrorShape(err);
        const file = shape.file ?? entry.session.info()?.path ?? 'the project';
        dialog.showErrorBox(`${this.options.appName} could not save ${file}`, shape.message);
      } finally {
        entry.released = true;
      }
    })();
    return entry.releasing;
  }

  private showProjectIn(window: BrowserWindow, info: ProjectInfo | null): void {
    if (window.isDestroyed()) return;
    window.setTitle(info ? `${info.name} — ${this.options.appName}` : this.options.appName);
    if (process.platform === 'darwin') window.setRepresentedFilename(info?.path ?? '');
    if (info) app.addRecentDocument(info.path);
  }

  private rememberPlacement(window: BrowserWindow): void {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const bounds = window.getNormalBounds();
    const state: WindowState = {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      maximized: window.isMaximized(),
    };
    const file = this.options.windowStateFile;
    this.stateWrites = this.stateWrites.then(() => writeWindowState(file, state)).catch(() => undefined);
  }
}

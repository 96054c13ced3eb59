import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventChannelOf, type ProjectInfo } from '../../../src/shared/api';

const fakes = vi.hoisted(() => ({ windows: [] as unknown[], focused: null as unknown, sessions: [] as unknown[] }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let nextId = 1;
  class BrowserWindow extends Emitter {
    static getFocusedWindow = () => fakes.focused;
    webContents = { id: nextId++, send: vi.fn(), on: vi.fn() };
    destroyed = false;
    title = '';
    bounds = { x: 100, y: 80, width: 1000, height: 700 };
    constructor(public options: Record<string, unknown>) {
      super();
      fakes.windows.push(this);
    }
    isDestroyed = () => this.destroyed;
    destroy = () => {
      if (this.destroyed) return;
      this.destroyed = true;
      this.emit('closed');
    };
    close = () => {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.destroy();
    };
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
    getNormalBounds = () => this.bounds;
    isMaximized = () => false;
    isMinimized = () => false;
    isFullScreen = () => false;
    maximize = vi.fn();
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn(() => {
      fakes.focused = this;
    });
    setTitle = (t: string) => {
      this.title = t;
    };
    setRepresentedFilename = vi.fn();
  }
  return {
    BrowserWindow,
    app: { addRecentDocument: vi.fn(), getPath: () => '/tmp' },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 1 })) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    ipcMain: { on: vi.fn(), removeListener: vi.fn() },
    shell: { openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() },
    Menu: { buildFromTemplate: vi.fn() },
  };
});

vi.mock('../../../src/node/service', () => {
  class AttacheSession {
    current: ProjectInfo | null = null;
    closed = 0;
    releaseClose: (() => void) | null = null;
    constructor(public options: { emit: (e: string, p: unknown) => void; owner: string; desktop?: { openFile(path: string): Promise<string>; showInFolder(path: string): void } }) {
      fakes.sessions.push(this);
    }
    info() {
      return this.current;
    }
    async openAt(path: string) {
      this.current = { path, name: path.split('/').pop()!.replace('.attache', ''), id: 'p', createdAt: '', updatedAt: '', sourceCount: 0, factCount: 0, saved: true, readOnly: false, notices: [] };
      this.options.emit('projectChanged', { what: 'project' });
      return this.current;
    }
    close() {
      // The test decides when the project has reached disk.
      return new Promise<void>((resolve) => {
        this.releaseClose = () => {
          this.closed += 1;
          this.current = null;
          resolve();
        };
      });
    }
  }
  return { AttacheSession, createHandlers: () => ({ marker: 'handlers' }) };
});

const { ProjectWindows } = await import('../../../src/main/projectWindows');
const { appOriginFor } = await import('../../../src/main/appOrigin');
const { readWindowState } = await import('../../../src/main/windowState');

type FakeWindow = EventEmitter & {
  webContents: { id: number; send: ReturnType<typeof vi.fn>; on: ReturnType<typeof vi.fn> };
  destroyed: boolean;
  title: string;
  bounds: { x: number; y: number; width: number; height: number };
  options: Record<string, unknown>;
  close(): void;
};
type FakeSession = {
  current: ProjectInfo | null;
  closed: number;
  releaseClose: (() => void) | null;
  options: { owner: string; desktop?: { openFile(path: string): Promise<string>; showInFolder(path: string): void } };
};

let folder: string;
let changed: number;

function makeWindows() {
  return new ProjectWindows({
    origin: appOriginFor({ rendererIndexFile: '/app/out/renderer/index.html' }),
    preload: '/app/out/preload/index.cjs',
    passwordPreload: '/app/out/preload/passwordPrompt.cjs',
    recent: { has: async () => false } as never,
    windowStateFile: join(folder, 'window-state.json'),
    appName: 'Attaché',
    onProjectsChanged: () => {
      changed += 1;
    },
  });
}

async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'attache-windows-'));
  fakes.windows.length = 0;
  fakes.sessions.length = 0;
  fakes.focused = null;
  changed = 0;
});
afterEach(async () => {
  // The window state is written as the window closes, without the test awaiting it: retry while it lands.
  await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
});

describe('project windows', () => {
  it('gives each window its own session, named for this process', async () => {
    const windows = makeWindows();
    const a = await windows.open();
    const b = await windows.open();
    expect(a.session).not.toBe(b.session);
    expect((a.session as unknown as FakeSession).options.owner).toBe(`Attaché (pid ${process.pid})`);
    expect(windows.forContents((a.window as unknown as FakeWindow).webContents as never)).toBe(a);
    expect(windows.forContents({ id: 999 } as never)).toBeUndefined();
  });

  it('hands the session’s files to the desktop through Electron’s shell, and gives each window its context menu', async () => {
    const electron = await import('electron');
    const windows = makeWindows();
    const a = await windows.open();
    const desktop = (a.session as unknown as FakeSession).options.desktop;
    expect(desktop).toBeDefined();
    await expect(desktop!.openFile('/out/Brief.pdf')).resolves.toBe('');
    desktop!.showInFolder('/out/Brief.pdf');
    expect(electron.shell.openPath).toHaveBeenCalledWith('/out/Brief.pdf');
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith('/out/Brief.pdf');
    expect((a.window as unknown as FakeWindow).webContents.on).toHaveBeenCalledWith('context-menu', expect.any(Function));
  });

  it('sends a session’s events to its own window only, and titles the window with the project', async () => {
    const windows = makeWindows();
    const a = await windows.open();
    const b = await windows.open();
    await a.session.openAt('/work/Mekong.attache');
    const wa = a.window as unknown as FakeWindow;
    const wb = b.window as unknown as FakeWindow;
    expect(wa.webContents.send).toHaveBeenCalledWith(eventChannelOf('projectChanged'), { what: 'project' });
    expect(wb.webContents.send).not.toHaveBeenCalled();
    expect(wa.title).toBe('Mekong — Attaché');
    expect(changed).toBe(1);
  });

  it('keeps a closing window open until its project has reached disk', async () => {
    const windows = makeWindows();
    const entry = await windows.open();
    const window = entry.window as unknown as FakeWindow;
    const session = entry.session as unknown as FakeSession;
    window.close();
    await settle();
    expect(window.destroyed).toBe(false);
    session.releaseClose!();
    await settle();
    expect(session.closed).toBe(1);
    expect(window.destroyed).toBe(true);
    expect(windows.list()).toEqual([]);
  });

  it('remembers where the window was when it closes', async () => {
    const windows = makeWindows();
    const entry = await windows.open();
    const window = entry.window as unknown as FakeWindow;
    window.bounds = { x: 300, y: 200, width: 1111, height: 777 };
    window.close();
    (entry.session as unknown as FakeSession).releaseClose!();
    await windows.releaseAll();
    expect(await readWindowState(join(folder, 'window-state.json'))).toEqual({
      x: 300,
      y: 200,
      width: 1111,
      height: 777,
      maximized: false,
    });
  });

  it('on quit closes every session before letting the windows go', async () => {
    const windows = makeWindows();
    const a = await windows.open();
    const b = await windows.open();
    let done = false;
    const all = windows.releaseAll().then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    (a.session as unknown as FakeSession).releaseClose!();
    await settle();
    expect(done).toBe(false);
    (b.session as unknown as FakeSession).releaseClose!();
    await all;
    expect(a.released && b.released).toBe(true);
    // Once released, closing is no longer held back.
    (a.window as unknown as FakeWindow).close();
    expect((a.window as unknown as FakeWindow).destroyed).toBe(true);
  });

  it('focuses the window that already shows a project instead of opening it twice', async () => {
    const windows = makeWindows();
    const a = await windows.open();
    await a.session.openAt('/work/Mekong.attache');
    await windows.open();
    const before = fakes.windows.length;
    await windows.openPath('/work/Mekong.attache');
    expect(fakes.windows.length).toBe(before);
    expect(fakes.focused).toBe(a.window);
    await windows.openPath('/work/Other.attache');
    expect(fakes.windows.length).toBe(before + 1);
    expect(windows.showing('/work/Other.attache')).toBeDefined();
  });

  it('opens a second window a little below and right of the current one', async () => {
    const windows = makeWindows();
    await windows.open();
    await windows.open();
    const [first, second] = fakes.windows as FakeWindow[];
    expect(first!.options['webPreferences']).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(second!.options['x']).toBe((first!.bounds.x) + 28);
    expect(second!.options['y']).toBe((first!.bounds.y) + 28);
  });
});

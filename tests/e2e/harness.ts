// The e2e harness: the real renderer in Chromium, wired to a real AttacheSession in the test
// process. It builds window.attache the way the preload does (one function per call the page may
// make), with dialogs answered from queues the test fills, and events pushed into the page. Drops
// go the preload's way too: the paths of a drop are announced before the page hears of it, and an
// import by drop is answered, as main answers it, only for announced paths (src/main/droppedFiles).
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PAGE_CALL_NAMES } from '../../src/shared/api';
import { DroppedFiles, notDroppedMessage } from '../../src/main/droppedFiles';
import { AttacheSession } from '../../src/node/service/session';
import { createHandlers } from '../../src/node/service/handlers';
import { dispatchCall } from '../../src/node/service/dispatch';
import type { DesktopPort, DialogPort, EmitEvent } from '../../src/node/service/ports';
import { RecentProjects } from '../../src/node/store';
import { shutdownWorkers } from '../../src/node/workers/runTask';
import { RENDERER_URL_VARIABLE } from './globalSetup';

/** Dialog answers, taken in order; an empty queue means the analyst pressed Cancel. */
export class ScriptedDialogs implements DialogPort {
  readonly newProjectPaths: string[] = [];
  readonly openPaths: string[] = [];
  readonly sourceFiles: string[][] = [];
  readonly exportPaths: string[] = [];
  readonly asked: string[] = [];

  async chooseNewProjectPath() {
    this.asked.push('newProject');
    return this.newProjectPaths.shift() ?? null;
  }
  async chooseProjectToOpen() {
    this.asked.push('open');
    return this.openPaths.shift() ?? null;
  }
  async chooseSourceFiles() {
    this.asked.push('sourceFiles');
    return this.sourceFiles.shift() ?? null;
  }
  async chooseExportPath(_suggestedName: string) {
    this.asked.push('export');
    return this.exportPaths.shift() ?? null;
  }
  async askPdfPassword(_file: string) {
    return null;
  }
}

/** The desktop, as a list of what the session handed it: files opened, files shown in their folder. */
export class RecordingDesktop implements DesktopPort {
  readonly opened: string[] = [];
  readonly shown: string[] = [];
  /** What the next openFile answers: "" for opened, else the system's reason. */
  failure = '';
  async openFile(path: string) {
    this.opened.push(path);
    return this.failure;
  }
  showInFolder(path: string) {
    this.shown.push(path);
  }
}

export interface AttacheFixture {
  /** This test's own folder: projects, sources and the recent list live here. */
  folder: string;
  dialogs: ScriptedDialogs;
  desktop: RecordingDesktop;
  session: AttacheSession;
  /** Writes a file into the test folder and returns its path. */
  writeSource(name: string, content: string | Uint8Array): Promise<string>;
  /** Loads the renderer with window.attache wired to this test's session. */
  open(): Promise<Page>;
  /** A screenshot into this test's output folder (test-results/…). */
  snap(name: string): Promise<void>;
}

declare global {
  interface Window {
    __attacheEmit?: (event: string, payload: unknown) => void;
  }
}

export const test = base.extend<{ attache: AttacheFixture }, { workers: void }>({
  // The import worker pool is shared per process: stop it when this worker's tests are done.
  workers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter.
    async ({}, use) => {
      await use();
      await shutdownWorkers();
    },
    { scope: 'worker', auto: true },
  ],

  attache: async ({ page }, use, testInfo) => {
    const folder = await mkdtemp(join(tmpdir(), 'attache-e2e-'));
    const dialogs = new ScriptedDialogs();
    const desktop = new RecordingDesktop();
    const emit: EmitEvent = (event, payload) => {
      // Events may fire while the page reloads or after it closed; those are simply lost, as
      // they would be for a window that is gone.
      page
        .evaluate(([e, p]) => window.__attacheEmit?.(e as string, p), [event, payload] as const)
        .catch(() => undefined);
    };
    const session = new AttacheSession({
      dialogs,
      recent: new RecentProjects(join(folder, 'recent.json')),
      emit,
      owner: 'attache e2e',
      debounceMs: 50,
      desktop,
      printFolder: join(folder, 'print'),
    });
    const handlers = createHandlers(session);

    const drops = new DroppedFiles();
    const WINDOW = 1;
    // Dropped File objects carry only a name in a browser; the test put the file with that name
    // in its folder, which stands in for the path the preload would get from webUtils.
    const pathsOf = (names: string[]) => names.map((name) => join(folder, basename(name)));
    await page.exposeBinding('__attacheInvoke', async (_source, name: string, arg: unknown) => {
      if (name === 'sourcesAddDropped') {
        const unknown = drops.claim(WINDOW, (arg as { paths: string[] }).paths);
        if (unknown.length > 0) return { ok: false, error: { code: 'NOT_ALLOWED', message: notDroppedMessage(unknown) } };
      }
      if (name === 'projectOpenDropped') {
        const unknown = drops.claim(WINDOW, [(arg as { path: string }).path]);
        if (unknown.length > 0) return { ok: false, error: { code: 'NOT_ALLOWED', message: notDroppedMessage(unknown, 'open') } };
      }
      return dispatchCall(handlers, name, arg);
    });
    await page.exposeBinding('__attacheDroppedPaths', (_source, names: string[]) => pathsOf(names));
    await page.exposeBinding('__attacheAnnounceDrop', (_source, names: string[]) => {
      drops.announce(WINDOW, { paths: pathsOf(names) });
    });
    await page.addInitScript((names: string[]) => {
      type Invoke = (name: string, arg: unknown) => Promise<unknown>;
      const w = window as unknown as Record<string, unknown>;
      const invoke = w['__attacheInvoke'] as Invoke;
      const droppedPaths = w['__attacheDroppedPaths'] as (names: string[]) => Promise<string[]>;
      const announceDrop = w['__attacheAnnounceDrop'] as (names: string[]) => Promise<void>;
      // As the preload: the drop's paths reach the back end before the page hears of the drop.
      // NOTE: the preload takes trusted drops only; the specs dispatch theirs (isTrusted false).
      let announced: Promise<void> = Promise.resolve();
      window.addEventListener(
        'drop',
        (event) => {
          const files = Array.from(event.dataTransfer?.files ?? []);
          if (files.length > 0) announced = announceDrop(files.map((file) => file.name));
        },
        true,
      );
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      w['__attacheEmit'] = (event: string, payload: unknown) => {
        for (const listener of listeners.get(event) ?? []) listener(payload);
      };
      const api: Record<string, unknown> = {};
      for (const name of names) api[name] = (arg?: unknown) => invoke(name, arg);
      api['on'] = (event: string, listener: (payload: unknown) => void) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      };
      api['addDroppedFiles'] = async (files: readonly File[]) => {
        if (!Array.isArray(files) || files.some((file) => !(file instanceof File))) {
          return { ok: false, error: { code: 'BAD_ARGUMENT', message: 'addDroppedFiles: pass the File objects of the drop, nothing else.' } };
        }
        await announced;
        const paths = await droppedPaths(files.map((file) => file.name));
        return invoke('sourcesAddDropped', { paths });
      };
      api['openDroppedProject'] = async (file: File) => {
        if (!(file instanceof File)) return { ok: false, error: { code: 'BAD_ARGUMENT', message: 'openDroppedProject: pass the File object of the drop, nothing else.' } };
        await announced;
        const [path] = await droppedPaths([file.name]);
        return invoke('projectOpenDropped', { path });
      };
      // A browser has no native menu: the page handles every shortcut itself.
      api['host'] = Object.freeze({ platform: 'linux', nativeMenu: false });
      w['attache'] = Object.freeze(api);
    }, PAGE_CALL_NAMES as string[]);

    const url = process.env[RENDERER_URL_VARIABLE];
    if (!url) throw new Error(`${RENDERER_URL_VARIABLE} is not set: the global setup did not run.`);

    let shot = 0;
    const fixture: AttacheFixture = {
      folder,
      dialogs,
      desktop,
      session,
      async writeSource(name, content) {
        const path = join(folder, name);
        await writeFile(path, content);
        return path;
      },
      async open() {
        await page.goto(url);
        return page;
      },
      async snap(name) {
        shot += 1;
        await page.screenshot({ path: testInfo.outputPath(`${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
      },
    };

    try {
      await use(fixture);
    } finally {
      await session.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
});

export { expect };

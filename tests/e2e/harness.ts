// The e2e harness: the real renderer in Chromium, wired to a real AttacheSession in the test
// process. It builds window.attache the way the preload does (one function per contract call),
// with dialogs answered from queues the test fills, and events pushed into the page.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CALL_NAMES } from '../../src/shared/api';
import { AttacheSession } from '../../src/node/service/session';
import { createHandlers } from '../../src/node/service/handlers';
import { dispatchCall } from '../../src/node/service/dispatch';
import type { DialogPort, EmitEvent } from '../../src/node/service/ports';
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

export interface AttacheFixture {
  /** This test's own folder: projects, sources and the recent list live here. */
  folder: string;
  dialogs: ScriptedDialogs;
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
    });
    const handlers = createHandlers(session);

    await page.exposeBinding('__attacheInvoke', (_source, name: string, arg: unknown) =>
      dispatchCall(handlers, name, arg),
    );
    // Dropped File objects carry only a name in a browser; the test put the file with that name
    // in its folder, which stands in for the path the preload would get from webUtils.
    await page.exposeBinding('__attacheDroppedPaths', (_source, names: string[]) =>
      names.map((name) => join(folder, basename(name))),
    );
    await page.addInitScript((names: string[]) => {
      type Invoke = (name: string, arg: unknown) => Promise<unknown>;
      const w = window as unknown as Record<string, unknown>;
      const invoke = w['__attacheInvoke'] as Invoke;
      const droppedPaths = w['__attacheDroppedPaths'] as (names: string[]) => Promise<string[]>;
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
        const paths = await droppedPaths(files.map((file) => file.name));
        return invoke('sourcesAddDropped', { paths });
      };
      w['attache'] = Object.freeze(api);
    }, CALL_NAMES as string[]);

    const url = process.env[RENDERER_URL_VARIABLE];
    if (!url) throw new Error(`${RENDERER_URL_VARIABLE} is not set: the global setup did not run.`);

    let shot = 0;
    const fixture: AttacheFixture = {
      folder,
      dialogs,
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

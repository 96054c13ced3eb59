// What the service's tests share: a session on a new project of invented articles in a temp folder,
// its handlers, and calls through the same dispatch every host uses (a refusal throws, naming it).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { AttacheSession, createHandlers, dispatchCall, noDialogs, type Handlers } from '../../../../src/node/service';
import { RecentProjects } from '../../../../src/node/store';

export interface ServiceDesk {
  dir: string;
  session: AttacheSession;
  handlers: Handlers;
  /** What the next "Add sources…" dialog answers (the articles' files at first). */
  files: string[];
  /** Each projectChanged event's `what`, in order. */
  changed: string[];
  call<T>(name: keyof Handlers, arg: unknown): Promise<T>;
  close(): Promise<void>;
}

export interface DeskOptions {
  /** Names the temp folder ("attache-<prefix>-…"). */
  prefix: string;
  projectFile: string;
  articles: ReadonlyArray<readonly [name: string, text: string]>;
  /** The day decisions are dated: each gets its own minute of it, so a test can tell which step recorded it. */
  day: string;
}

export async function openServiceDesk(options: DeskOptions): Promise<ServiceDesk> {
  const dir = await mkdtemp(join(tmpdir(), `attache-${options.prefix}-`));
  const files: string[] = [];
  const changed: string[] = [];
  let clock = 0;
  const session = new AttacheSession({
    dialogs: { ...noDialogs, chooseNewProjectPath: async () => join(dir, options.projectFile), chooseSourceFiles: async () => files },
    recent: new RecentProjects(join(dir, 'recent.json')),
    emit: (event, payload) => {
      if (event === 'projectChanged') changed.push((payload as { what: string }).what);
    },
    owner: 'test',
    debounceMs: 0,
    now: () => `${options.day}T10:${String(clock++).padStart(2, '0')}:00.000Z`,
  });
  const handlers = createHandlers(session);
  await session.newProject();
  for (const [name, text] of options.articles) {
    const path = join(dir, name);
    await writeFile(path, text);
    files.push(path);
  }
  expect((await session.addSourcesFromDialog()).added).toBe(options.articles.length);
  return {
    dir,
    session,
    handlers,
    files,
    changed,
    async call<T>(name: keyof Handlers, arg: unknown): Promise<T> {
      const result = await dispatchCall(handlers, name, arg);
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    async close() {
      await session.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// Grouping stopped by its worker's limits (time, memory, a crash) is said in words with what to do
// (PROJECT_TOO_LARGE), never INTERNAL; nothing of the import lands and the project stays as saved.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { AttacheSession, noDialogs } from '../../../../src/node/service';
import { RecentProjects } from '../../../../src/node/store';
import type * as RunTaskModule from '../../../../src/node/workers/runTask';

// The pool's own errors for a stopped worker, as workerPool.ts makes them.
const failing = vi.hoisted(() => ({ group: null as null | (() => Error) }));
vi.mock('../../../../src/node/workers/runTask', async (original) => {
  const real = await original<typeof RunTaskModule>();
  const runTask: typeof real.runTask = (name, payload, options = {}) => {
    if (name === 'group' && failing.group) return Promise.reject(failing.group());
    return real.runTask(name, payload, options);
  };
  return { ...real, runTask };
});

let dir: string;
let session: AttacheSession;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-group-'));
  failing.group = null;
  session = new AttacheSession({ dialogs: noDialogs, recent: new RecentProjects(join(dir, 'recent.json')), emit: () => {}, owner: 'test', debounceMs: 0 });
});

afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('grouping stopped by its limits', () => {
  it.each([
    ['timeout', () => new AttacheError('INTERNAL', 'The task "group" took longer than 120 s and was stopped.', { detail: { reason: 'timeout' } }), /facts across its sources took longer than \d+ s, so nothing was changed/],
    ['crash', () => new AttacheError('INTERNAL', 'A background worker stopped unexpectedly (exit code 1).', { detail: { reason: 'crash' } }), /facts across its sources stopped unexpectedly, so nothing was changed/],
    ['memory', () => new AttacheError('OUT_OF_MEMORY', 'The task "group" needed more memory than Attaché allows one file (1,024 MB) and was stopped.', { detail: { reason: 'memory', running: 1 } }), /facts across its sources needed more memory than Attaché allows one task, so nothing was changed/],
  ])('%s: every file of the import fails with PROJECT_TOO_LARGE and what to do', async (_, error, words) => {
    const file = join(dir, 'Talks.attache');
    await session.createAt(file);
    await session.flush();
    const saved = await readFile(file, 'utf8');
    await writeFile(join(dir, 'a.txt'), 'The delegation of 40 officials arrived in Hanoi on 9 September 2023 for talks.');
    failing.group = error;
    const report = await session.addSources([join(dir, 'a.txt')]);
    expect(report.added).toBe(0);
    const [line] = report.outcomes;
    expect(line).toMatchObject({ status: 'failed', file: 'a.txt', error: { code: 'PROJECT_TOO_LARGE', file: 'a.txt' } });
    const message = line!.status === 'failed' ? line!.error.message : '';
    expect(message).toMatch(/^Comparing the project's \d+ facts across its sources /);
    expect(message).toMatch(words);
    expect(message).toMatch(/Import fewer files at once, or start a new project for further sources\.$/);
    expect(session.project.sources).toHaveLength(0);
    await session.flush();
    expect(await readFile(file, 'utf8')).toBe(saved);
  });
});

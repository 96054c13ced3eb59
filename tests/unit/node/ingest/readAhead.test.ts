// The next small text file is read and cleaned in a worker while the one before it is: the
// workers overlap, yet outcomes, progress and duplicates come as a one-at-a-time import gives
// them; large files and formats that may ask for a password are read at their turn only.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFiles, type ImportOptions, type ImportProgress } from '../../../../src/node/ingest/importFiles';
import { shutdownWorkers } from '../../../../src/node/workers/runTask';
import type * as RunTaskModule from '../../../../src/node/workers/runTask';

// The readSource tasks as they start and run; `hold` keeps a file's task from finishing until
// the task of another file has started after it (or a few seconds pass), so an overlap shows in counts.
const tasks = vi.hoisted(() => ({
  started: [] as string[],
  running: 0,
  most: 0,
  hold: new Set<string>(),
  waiting: [] as Array<() => void>,
}));
vi.mock('../../../../src/node/workers/runTask', async (original) => {
  const real = await original<typeof RunTaskModule>();
  const runTask: typeof real.runTask = (name, payload, options = {}) => {
    if (name !== 'readSource') return real.runTask(name, payload, options);
    const label = options.label ?? '';
    const count = tasks.started.push(label);
    tasks.waiting.splice(0).forEach((release) => release());
    tasks.running++;
    tasks.most = Math.max(tasks.most, tasks.running);
    const running = real.runTask(name, payload, options);
    return running
      .then(async (result) => {
        if (tasks.hold.has(label) && tasks.started.length === count) {
          await new Promise<void>((resolve) => {
            tasks.waiting.push(resolve);
            setTimeout(resolve, 5_000);
          });
        }
        return result;
      })
      .finally(() => tasks.running--) as typeof running;
  };
  return { ...real, runTask };
});

const TEXT = 'The delegation arrived in Hanoi on Monday for two days of talks on trade and energy.\n';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-ahead-'));
  tasks.started = [];
  tasks.most = 0;
  tasks.hold.clear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));
afterAll(() => shutdownWorkers());

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ maxFileBytes: 100 * 1024 * 1024, existing: new Map(), ...extra });

async function files(names: readonly string[], body: (name: string) => string): Promise<string[]> {
  return Promise.all(
    names.map(async (name) => {
      await writeFile(join(dir, name), body(name));
      return join(dir, name);
    }),
  );
}

describe('reading the next file ahead', () => {
  it('overlaps the workers and still reports each file in turn, with the outcomes of one at a time', async () => {
    const names = ['a.txt', 'b.md', 'c.html', 'd.txt'];
    const paths = await files(names, (name) => (name.endsWith('.html') ? `<html><body><p>${TEXT} ${name}</p></body></html>` : `${TEXT}Article ${name}.\n`));
    names.slice(0, -1).forEach((n) => tasks.hold.add(n));
    const events: ImportProgress[] = [];
    const { sources, outcomes } = await importFiles(paths, options({ onProgress: (p) => events.push(p) }));

    expect(tasks.most).toBe(2);
    expect(tasks.started).toEqual(names);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual(names.map((n) => [n, 'added']));
    expect(sources.map((s) => s.fileName)).toEqual(names);
    // Each file's reading, cleaning and outcome, and only then the next file's.
    expect(events.map((e) => `${e.index} ${e.phase}`)).toEqual(names.flatMap((_, i) => [`${i} reading`, `${i} cleaning`, `${i} done`]));
  });

  it('does not read a copy of the file before it: the copy is a duplicate, read once', async () => {
    const [a, copy, b] = await files(['a.txt', 'copy.txt', 'b.txt'], (name) => (name === 'b.txt' ? `${TEXT}More.\n` : TEXT));
    const { sources, outcomes } = await importFiles([a!, copy!, b!], options());
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'duplicate', 'added']);
    expect(outcomes[1]).toMatchObject({ existingFileName: 'a.txt', sourceId: sources[0]!.id });
    expect(tasks.started).toEqual(['a.txt', 'b.txt']);
  });

  it('gives a file read ahead that fails its failure at its turn; the others still go in', async () => {
    const [a, c] = await files(['a.txt', 'c.txt'], (name) => `${TEXT}${name}\n`);
    const { outcomes } = await importFiles([a!, join(dir, 'gone.txt'), c!], options());
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'failed', 'added']);
    expect(outcomes[1]).toMatchObject({ file: 'gone.txt', error: { code: 'FILE_UNREADABLE', file: 'gone.txt' } });
  });

  it('reads a file over a megabyte alone', async () => {
    const long = TEXT.repeat(Math.ceil(1_100_000 / TEXT.length));
    const names = ['big1.txt', 'big2.txt'];
    const paths = await files(names, (name) => `${name}\n${long}`);
    tasks.hold.add('big1.txt');
    const { outcomes } = await importFiles(paths, options());
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added']);
    expect(tasks.most).toBe(1);
  }, 60_000);
});

// Imports are all-or-nothing per file: each file's source, facts and groups land in one change (one
// save) or not at all; a file whose extraction fails gets its own failed line and costs the others
// nothing; a source found without facts is read again on open, and the open says so.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { AttacheSession, noDialogs } from '../../../../src/node/service';
import { openProjectFile, RecentProjects } from '../../../../src/node/store';
import type * as RunTaskModule from '../../../../src/node/workers/runTask';

// Which tasks fail, by the file they concern: a worker out of memory or over its time limit.
const failing = vi.hoisted(() => ({ extract: new Set<string>(), overrun: new Set<string>(), group: false }));
vi.mock('../../../../src/node/workers/runTask', async (original) => {
  const real = await original<typeof RunTaskModule>();
  const runTask: typeof real.runTask = (name, payload, options = {}) => {
    if (name === 'extract' && options.label && failing.extract.has(options.label)) {
      return Promise.reject(
        new AttacheError('INTERNAL', `Reading ${options.label} stopped unexpectedly (it ran out of memory). The file may be damaged; other files are not affected.`),
      );
    }
    // What the pool itself says when a task overruns its time (workerPool.ts).
    if (name === 'extract' && options.label && failing.overrun.has(options.label)) {
      return Promise.reject(
        new AttacheError('INTERNAL', `${options.label}: reading took longer than 120 s and was stopped. The file may be damaged or too complex; try a smaller or re-saved copy.`, {
          file: options.label,
          detail: { reason: 'timeout' },
        }),
      );
    }
    if (name === 'group' && failing.group) return Promise.reject(new AttacheError('INTERNAL', 'Grouping took longer than 120 s and was stopped.'));
    return real.runTask(name, payload, options);
  };
  return { ...real, runTask };
});

let dir: string;
let session: AttacheSession;

const TEXTS: Record<string, string> = {
  'a.txt': 'Prime Minister Tô Lâm met President Biden in Hanoi on 10 September 2023. The two leaders signed 12 agreements.',
  'b.txt': 'On 10 September 2023 Vietnam and the United States upgraded ties; trade reached US$100 billion in 2022.',
  'bad.txt': 'The delegation of 40 officials arrived in Hanoi on 9 September 2023 for talks on semiconductors.',
  // A table's column of bare figures: read, and nothing in it to check.
  'figures.txt': '12 34 56 78 90 11 22 33 44 55 66 77 88 99',
};

async function files(...names: string[]): Promise<string[]> {
  return Promise.all(
    names.map(async (n) => {
      await writeFile(join(dir, n), TEXTS[n]!);
      return join(dir, n);
    }),
  );
}

function newSession(): AttacheSession {
  return new AttacheSession({ dialogs: noDialogs, recent: new RecentProjects(join(dir, 'recent.json')), emit: () => {}, owner: 'test', debounceMs: 0 });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-atomic-'));
  failing.extract.clear();
  failing.overrun.clear();
  failing.group = false;
  session = newSession();
});

afterEach(async () => {
  await session.close();
  await chmod(join(dir, 'Talks.attache'), 0o644).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('imports all-or-nothing per file', () => {
  it('an extraction over its time is FILE_TOO_COMPLEX, said as extracting (not INTERNAL, not "reading")', async () => {
    await session.createAt(join(dir, 'Talks.attache'));
    failing.overrun.add('bad.txt');
    const report = await session.addSources(await files('a.txt', 'bad.txt'));
    const bad = report.outcomes.find((o) => o.file === 'bad.txt')!;
    expect(bad).toMatchObject({ status: 'failed', error: { code: 'FILE_TOO_COMPLEX', file: 'bad.txt' } });
    expect(bad.status === 'failed' && bad.error.message).toMatch(/^bad\.txt: extracting its facts took longer than 120 s and was stopped\. .* It was not added\.$/);
    expect(report).toMatchObject({ added: 1, failed: 1 });
  });

  it('a file whose extraction fails gets its own line; the others land with their facts in one change', async () => {
    await session.createAt(join(dir, 'Talks.attache'));
    failing.extract.add('bad.txt');
    const before = session.requireProject().revision;
    const report = await session.addSources(await files('a.txt', 'bad.txt', 'b.txt'));
    expect(session.requireProject().revision - before).toBe(1);
    expect(report).toMatchObject({ added: 2, failed: 1, duplicates: 0 });
    const bad = report.outcomes.find((o) => o.file === 'bad.txt')!;
    expect(bad).toMatchObject({ status: 'failed', error: { code: 'INTERNAL', file: 'bad.txt' } });
    expect(bad.status === 'failed' && bad.error.message).toMatch(/^its facts could not be extracted, so it was not added \(Reading bad\.txt stopped unexpectedly \(it ran out of memory\)/);
    const p = session.project;
    expect(p.sources.map((s) => s.fileName)).toEqual(['a.txt', 'b.txt']);
    for (const s of p.sources) expect(p.facts.filter((f) => f.sourceId === s.id).length, s.fileName).toBeGreaterThan(0);

    // On disk as in memory, and the failed file is not a "duplicate" the next time.
    await session.flush();
    const saved = JSON.parse(await readFile(join(dir, 'Talks.attache'), 'utf8')) as typeof p;
    expect(saved.sources.map((s) => s.fileName)).toEqual(['a.txt', 'b.txt']);
    failing.extract.clear();
  failing.overrun.clear();
    const again = await session.addSources(await files('bad.txt'));
    expect(again).toMatchObject({ added: 1, duplicates: 0, failed: 0 });
    expect(session.project.facts.some((f) => f.sourceId === session.project.sources[2]!.id)).toBe(true);
  });

  it('lands the same facts and groups as importing the good files alone', async () => {
    await session.createAt(join(dir, 'Talks.attache'));
    await session.addSources(await files('a.txt', 'b.txt'));
    const alone = { facts: session.project.facts, groups: session.project.groups };
    await session.close();
    await rm(join(dir, 'Talks.attache'));
    await rm(join(dir, 'Talks.attache.bak'), { force: true });
    session = newSession();
    await session.createAt(join(dir, 'Talks.attache'));
    failing.extract.add('bad.txt');
    await session.addSources(await files('a.txt', 'b.txt', 'bad.txt'));
    expect(session.project.facts).toEqual(alone.facts);
    expect(session.project.groups).toEqual(alone.groups);
  });

  it('lands nothing when grouping fails, and says so for each file', async () => {
    await session.createAt(join(dir, 'Talks.attache'));
    failing.group = true;
    const report = await session.addSources(await files('a.txt', 'b.txt'));
    expect(report).toMatchObject({ added: 0, failed: 2 });
    expect(session.project.sources).toEqual([]);
    expect(session.project.facts).toEqual([]);
  });

  it('a restored line whose extraction fails changes neither the text nor the facts', async () => {
    await session.createAt(join(dir, 'Talks.attache'));
    await session.addSources(await files('a.txt'));
    const source = session.project.sources[0]!;
    const facts = session.project.facts;
    failing.extract.add('a.txt');
    session.requireProject(); // the same project throughout
    await expect(session.setLineRestored(source.id, 0, true)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(session.project.sources[0]).toEqual(source);
    expect(session.project.facts).toBe(facts);
  });

  it('reads again, on open, a source saved without facts, and says so', async () => {
    const path = join(dir, 'Talks.attache');
    await session.createAt(path);
    await session.addSources(await files('a.txt', 'b.txt'));
    const complete = session.project.facts.length;
    const groups = session.project.groups;
    await session.close();
    // What an older Attaché left after a kill between its saves: sources, no facts, no groups.
    const handle = await openProjectFile(path, { owner: 'test', debounceMs: 0 });
    handle.update((p) => {
      p.facts = [];
      p.groups = [];
    });
    await handle.close();

    session = newSession();
    const info = await session.openAt(path);
    expect(info.factCount).toBe(complete);
    expect(info.notices).toEqual([expect.stringMatching(/^2 sources had no facts \(an import that was interrupted.*a\.txt, b\.txt were read again and now have \d+ facts\./)]);
    expect(session.project.groups).toEqual(groups);
    // Nothing left to do: the next open is silent and changes nothing.
    await session.close();
    const bytes = await readFile(path, 'utf8');
    session = newSession();
    expect((await session.openAt(path)).notices).toEqual([]);
    await session.close();
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('does not read again, at each open, a source that was read and gave no facts', async () => {
    const path = join(dir, 'Talks.attache');
    await session.createAt(path);
    await session.addSources(await files('a.txt', 'figures.txt'));
    const figures = () => session.project.sources.find((s) => s.fileName === 'figures.txt')!;
    expect(session.project.facts.some((f) => f.sourceId === figures().id)).toBe(false);
    expect(figures().noFacts).toBe(true);
    expect(session.project.sources.find((s) => s.fileName === 'a.txt')!.noFacts).toBeUndefined();
    await session.close();
    const bytes = await readFile(path, 'utf8');
    session = newSession();
    const extracted = vi.spyOn(await import('../../../../src/node/workers/runTask'), 'runTask');
    expect((await session.openAt(path)).notices).toEqual([]);
    expect(extracted.mock.calls.filter(([name]) => name === 'extract')).toEqual([]);
    extracted.mockRestore();
    await session.close();
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('marks a source an older Attaché left without facts once the open has read it and found none', async () => {
    const path = join(dir, 'Talks.attache');
    await session.createAt(path);
    await session.addSources(await files('figures.txt'));
    await session.close();
    // An older Attaché's project: no mark.
    const handle = await openProjectFile(path, { owner: 'test', debounceMs: 0 });
    handle.update((p) => {
      for (const s of p.sources) delete s.noFacts;
    });
    await handle.close();
    session = newSession();
    await session.openAt(path);
    expect(session.project.sources[0]!.noFacts).toBe(true);
    await session.close();
    const bytes = await readFile(path, 'utf8');
    session = newSession();
    await session.openAt(path);
    await session.close();
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('opens a read-only project read-only, says so, and refuses imports with NOT_ALLOWED', async () => {
    const path = join(dir, 'Talks.attache');
    await session.createAt(path);
    await session.close();
    await chmod(path, 0o444);
    session = newSession();
    const info = await session.openAt(path);
    expect(info.readOnly).toBe(true);
    expect(info.notices).toEqual([expect.stringMatching(/Talks\.attache is read-only/)]);
    await expect(session.addSources(await files('a.txt'))).rejects.toMatchObject({ code: 'NOT_ALLOWED', message: expect.stringMatching(/read-only/) });
    expect(() => session.decide([], 'verified')).toThrow(/read-only/);
  });
});

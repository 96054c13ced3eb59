import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { createProjectFile, openProjectFile } from '../../../../src/node/store';
import { runChild } from './childProcess';
import { owner, tempFolders } from './tempFolder';

const folder = tempFolders();

/** The pid of a process that has just ended: free, as a crashed holder's would be. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}
const holder = join(__dirname, 'lockHolderChild.ts');

async function errorOf(promise: Promise<unknown>): Promise<AttacheError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AttacheError) return err;
    throw err;
  }
  throw new Error('expected an AttacheError');
}

async function newProject(dir: string, name = 'Talks.attache'): Promise<string> {
  const path = join(dir, name);
  await (await createProjectFile(path, 'Talks', { owner })).close();
  return path;
}

describe('the project lock', () => {
  it('holds who has the project, and refuses a second open with their name', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    const first = await openProjectFile(path, { owner: 'Attaché window (pid 4242)' });
    const lock = JSON.parse(await readFile(`${path}.lock`, 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, owner: 'Attaché window (pid 4242)', host: hostname() });
    expect(typeof lock.at).toBe('string');

    const err = await errorOf(openProjectFile(path, { owner: 'attache CLI (pid 1)' }));
    expect(err.code).toBe('PROJECT_LOCKED');
    expect(err.message).toMatch(/^Talks\.attache is open in Attaché window \(pid 4242\)/);

    await first.close();
    await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    await (await openProjectFile(path, { owner })).close();
  });

  it('names the holding process when the owner text does not', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    const first = await openProjectFile(path, { owner: 'Attaché window' });
    const err = await errorOf(openProjectFile(path, { owner }));
    expect(err.message).toMatch(new RegExp(`is open in Attaché window \\(pid ${process.pid}\\)`));
    await first.close();
  });

  it('refuses while another live process holds it, and takes it over once that process is killed', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    const child = runChild(holder, [path, 'hold']);
    await child.waitForLine((l) => l === 'open');
    const pid = child.process.pid!;

    const err = await errorOf(openProjectFile(path, { owner }));
    expect(err.code).toBe('PROJECT_LOCKED');
    expect(err.message).toContain(`(pid ${pid})`);

    child.process.kill('SIGKILL');
    await child.exited;
    expect(JSON.parse(await readFile(`${path}.lock`, 'utf8')).pid).toBe(pid); // left behind by the kill
    const handle = await openProjectFile(path, { owner });
    expect(JSON.parse(await readFile(`${path}.lock`, 'utf8')).pid).toBe(process.pid);
    await handle.close();
  }, 20_000);

  it('is removed when the holding process exits without closing', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    const child = runChild(holder, [path, 'exit']);
    await child.waitForLine((l) => l === 'open');
    expect(await child.exited).toMatchObject({ code: 0 });
    await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 20_000);

  it('takes over a lock left from before the machine started, and an empty one', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    // pid 1 is alive on every Unix machine; the time says it predates this boot.
    await writeFile(`${path}.lock`, JSON.stringify({ pid: 1, owner: 'Attaché window (pid 1)', host: hostname(), at: '2001-01-01T00:00:00.000Z' }));
    await (await openProjectFile(path, { owner })).close();

    // A lock is linked into place whole, so an empty or garbled one is never a writer at work:
    // only a crash (of an older Attaché) or a damaged disk leaves one. Taken over at once, even
    // while it is fresh.
    for (const junk of ['', '{"pid": 12', 'not a lock at all']) {
      await writeFile(`${path}.lock`, junk);
      await (await openProjectFile(path, { owner })).close();
      await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    }
  });

  it('takes over at once a fresh lock whose process is dead', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    const pid = deadPid();
    await writeFile(`${path}.lock`, JSON.stringify({ pid, owner: `Attaché window (pid ${pid})`, host: hostname(), at: new Date().toISOString() }));
    const handle = await openProjectFile(path, { owner });
    expect(JSON.parse(await readFile(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await handle.close();
  });

  it('is never seen empty or half written while others take and release it', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    let reading = true;
    const seen = { whole: 0, bad: [] as string[] };
    const reader = (async () => {
      while (reading) {
        const text = await readFile(`${path}.lock`, 'utf8').catch(() => null);
        if (text === null) continue;
        try {
          JSON.parse(text);
          seen.whole += 1;
        } catch {
          seen.bad.push(text);
        }
      }
    })();
    for (let i = 0; i < 40; i++) await (await openProjectFile(path, { owner })).close();
    reading = false;
    await reader;
    expect(seen.bad).toEqual([]);
    expect(seen.whole).toBeGreaterThan(0);
    // No temp of the lock is left beside the project.
    expect((await readdir(dir)).filter((n) => n.includes('locktmp'))).toEqual([]);
  });

  it('never takes over a lock from another machine', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    await writeFile(
      `${path}.lock`,
      JSON.stringify({ pid: 999999, owner: 'Attaché window (pid 999999)', host: 'colleague-laptop', at: new Date().toISOString() }),
    );
    const err = await errorOf(openProjectFile(path, { owner }));
    expect(err.code).toBe('PROJECT_LOCKED');
    expect(err.message).toMatch(/on colleague-laptop/);
  });

  it('lets exactly one of many simultaneous opens through, even over a stale lock', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    for (let attempt = 0; attempt < 5; attempt++) {
      // A stale lock makes every contender go through the takeover path at once.
      await writeFile(`${path}.lock`, JSON.stringify({ pid: deadPid(), owner: 'gone', host: hostname(), at: new Date().toISOString() }));
      const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => openProjectFile(path, { owner: `contender ${i}` })));
      const opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(opened).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect((r.reason as AttacheError).code).toBe('PROJECT_LOCKED');
      await opened[0]!.close();
      expect((await readdir(dir)).sort()).toEqual(['Talks.attache']);
    }
  });

  it('lets exactly one of several processes racing over a stale lock through', async () => {
    const dir = await folder();
    const path = await newProject(dir);
    await writeFile(`${path}.lock`, JSON.stringify({ pid: deadPid(), owner: 'gone', host: hostname(), at: new Date().toISOString() }));
    const children = Array.from({ length: 4 }, () => runChild(holder, [path, 'hold']));
    // Each child either opens (and holds until killed) or is refused and exits.
    const outcomes = await Promise.all(
      children.map((c) =>
        Promise.race([c.waitForLine((l) => l === 'open').then(() => 'open' as const), c.exited.then(() => 'refused' as const)]),
      ),
    );
    for (const c of children) c.process.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exited));
    expect(outcomes.filter((o) => o === 'open')).toHaveLength(1);
  }, 30_000);
});

// Verification keeps the project's index in its worker: after the first change, a change crosses
// to the worker as that change alone (the facts of the sources read, the ids of those taken out),
// and the groups that land are a full regroup's over the project's facts. A worker that lost its
// index (restarted) is sent every fact again, and nothing is lost.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Group } from '../../../../src/core/model';
import { groupFacts } from '../../../../src/core/verify';
import { AttacheSession, noDialogs } from '../../../../src/node/service';
import { RecentProjects } from '../../../../src/node/store';
import type * as RunTaskModule from '../../../../src/node/workers/runTask';
import type { GroupPayload } from '../../../../src/node/workers/verifyTask';

// What each 'group' task carried: every fact, or a change with the facts of its sources.
const sent = vi.hoisted(() => ({ payloads: [] as GroupPayload[] }));
vi.mock('../../../../src/node/workers/runTask', async (original) => {
  const real = await original<typeof RunTaskModule>();
  const runTask: typeof real.runTask = (name, payload, options = {}) => {
    if (name === 'group') sent.payloads.push(structuredClone(payload as GroupPayload));
    return real.runTask(name, payload, options);
  };
  return { ...real, runTask };
});
const { shutdownWorkers, verificationWorkers } = await import('../../../../src/node/workers/runTask');

const unseen = resolve(__dirname, '../../../fixtures/unseen');
const FILES = ['e1-wire.txt', 'e1-release.txt', 'e1-feature.txt', 'e2-wire.txt'];

let dir: string;
let session: AttacheSession;

function shown(groups: readonly Group[]): string[] {
  return groups.map((g) => JSON.stringify({ ...g, factIds: [...g.factIds].sort() })).sort();
}

/** What the last change sent: 'all' with how many facts, or 'change' with the facts of its sources. */
function lastSent(): { kind: 'all' | 'change'; facts: number; removed: number } {
  const p = sent.payloads.at(-1)!;
  if ('release' in p) throw new Error('the last task let an index go');
  if ('facts' in p) return { kind: 'all', facts: p.facts.length, removed: 0 };
  return { kind: 'change', facts: (p.change.sources ?? []).reduce((n, s) => n + s.facts.length, 0), removed: p.change.remove?.length ?? 0 };
}

function expectFullRegroup(): void {
  const p = session.project;
  expect(shown(p.groups)).toEqual(shown(groupFacts(p.facts)));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-incr-'));
  sent.payloads.length = 0;
  session = new AttacheSession({ dialogs: noDialogs, recent: new RecentProjects(join(dir, 'recent.json')), emit: () => {}, owner: 'test', debounceMs: 0 });
  await session.createAt(join(dir, 'Talks.attache'));
});

afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

afterAll(() => shutdownWorkers());

describe('incremental verification through the service', () => {
  it('sends each added source alone, and lands a full regroup', { timeout: 60_000 }, async () => {
    for (const [k, name] of FILES.entries()) {
      const before = session.project.facts.length;
      await session.addSources([join(unseen, name)]);
      const added = session.project.facts.length - before;
      expect(added, name).toBeGreaterThan(0);
      // The first change of the session builds the worker's index from every fact.
      expect(lastSent(), name).toEqual(k === 0 ? { kind: 'all', facts: added, removed: 0 } : { kind: 'change', facts: added, removed: 0 });
      expectFullRegroup();
    }
    expect(session.project.groups.some((g) => g.relation === 'corroborated')).toBe(true);
    // Closing the project lets the worker drop its index.
    const project = sent.payloads.at(-1)!.project;
    await session.close();
    expect(sent.payloads.at(-1)).toEqual({ project, release: true });
  });

  it('sends a removal as the source id, and a re-reading as that source facts', { timeout: 60_000 }, async () => {
    await session.addSources(FILES.map((f) => join(unseen, f)));
    const [first, second] = session.project.sources;
    await session.removeSource(first!.id);
    expect(lastSent()).toEqual({ kind: 'change', facts: 0, removed: 1 });
    expectFullRegroup();
    await session.restoreRemovedSource(first!.id);
    expect(lastSent()).toMatchObject({ kind: 'change', removed: 0 });
    expectFullRegroup();
    await session.updateFacts([second!.id]);
    expect(lastSent()).toEqual({ kind: 'change', facts: session.project.facts.filter((f) => f.sourceId === second!.id).length, removed: 0 });
    expectFullRegroup();
  });

  it('sends every fact again to a worker that lost the index, and lands the same groups', { timeout: 60_000 }, async () => {
    await session.addSources(FILES.slice(0, 2).map((f) => join(unseen, f)));
    await shutdownWorkers();
    await session.addSources([join(unseen, FILES[2]!)]);
    const [stale, full] = sent.payloads.slice(-2).map((p) => ('facts' in p ? 'all' : 'change'));
    expect([stale, full]).toEqual(['change', 'all']);
    expect(lastSent().facts).toBe(session.project.facts.length);
    expectFullRegroup();
    // On disk as landed.
    await session.flush();
    const saved = JSON.parse(await readFile(join(dir, 'Talks.attache'), 'utf8')) as { groups: Group[] };
    expect(shown(saved.groups)).toEqual(shown(session.project.groups));
  });

  it('keeps no index where the session is told not to (the CLI): each change sends every fact, the worker stops before it lands', { timeout: 60_000 }, async () => {
    await session.close();
    session = new AttacheSession({ dialogs: noDialogs, recent: new RecentProjects(join(dir, 'recent.json')), emit: () => {}, owner: 'test', debounceMs: 0, keepVerificationIndex: false });
    await session.createAt(join(dir, 'Once.attache'));
    for (const name of FILES.slice(0, 3)) {
      await session.addSources([join(unseen, name)]);
      expect(lastSent(), name).toEqual({ kind: 'all', facts: session.project.facts.length, removed: 0 });
      // Stopped before the change landed (and was saved): nothing holds the index beside the save.
      expect(verificationWorkers(), name).toBe(0);
      expectFullRegroup();
    }
    // Nothing to let go on close: the worker is gone.
    const tasks = sent.payloads.length;
    await session.close();
    expect(sent.payloads.length).toBe(tasks);
  });
});

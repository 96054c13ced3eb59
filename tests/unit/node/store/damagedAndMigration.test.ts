import { copyFile, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { Project, SCHEMA_VERSION } from '../../../../src/core/model';
import {
  createProjectFile,
  openProjectFile,
  readProjectFile,
  restoreProjectBackup,
} from '../../../../src/node/store';
import { migrateProject } from '../../../../src/node/store/schemaMigration';
import { parseProjectText } from '../../../../src/node/store/projectFileAdapter';
import { owner, tempFolders } from './tempFolder';

const folder = tempFolders();
const v0Fixture = join(__dirname, '../../../fixtures/projects/v0.attache');

async function errorOf(promise: Promise<unknown>): Promise<AttacheError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AttacheError) return err;
    throw err;
  }
  throw new Error('expected an AttacheError');
}

/** A saved project with a good .bak beside it (two writes). */
async function projectWithBackup(dir: string): Promise<string> {
  const path = join(dir, 'Visit.attache');
  const handle = await createProjectFile(path, 'Visit', { owner, debounceMs: 0 });
  handle.update((p) => (p.name = 'Visit, revised'));
  await handle.close();
  return path;
}

describe('a damaged project file', () => {
  const damages: Array<[string, (good: string) => string, RegExp]> = [
    ['truncated', (good) => good.slice(0, Math.floor(good.length * 0.6)), /cut off/],
    ['not JSON', () => '<html>oops</html>', /not valid JSON/],
    ['empty', () => '', /empty/],
    ['schema-invalid', (good) => JSON.stringify({ ...JSON.parse(good), sources: [{ id: 'x' }] }), /sources\.0\./],
    ['not a project', () => '[1,2,3]', /does not hold a project/],
  ];

  for (const [kind, damage, reason] of damages) {
    it(`(${kind}) is refused with the backup named, and left byte for byte as it was`, async () => {
      const dir = await folder();
      const path = await projectWithBackup(dir);
      const damaged = damage(await readFile(path, 'utf8'));
      await writeFile(path, damaged);
      const listing = (await readdir(dir)).sort();

      const err = await errorOf(openProjectFile(path, { owner }));
      expect(err.code).toBe('PROJECT_DAMAGED');
      expect(err.file).toBe(path);
      expect(err.message).toMatch(/^Visit\.attache cannot be read \(/);
      expect(err.message).toMatch(reason);
      expect(err.message).toMatch(/the last good copy is Visit\.attache\.bak$/);
      expect(err.detail).toMatchObject({ backup: `${path}.bak` });

      expect(await readFile(path, 'utf8')).toBe(damaged);
      expect((await readdir(dir)).sort()).toEqual(listing); // no lock, no temp left behind
      await expect(readProjectFile(path)).rejects.toMatchObject({ code: 'PROJECT_DAMAGED' });
    });
  }

  it('says so when there is no good backup either', async () => {
    const dir = await folder();
    const path = join(dir, 'Lone.attache');
    await writeFile(path, '{"schemaVersion":1,"id":"p"');
    const err = await errorOf(openProjectFile(path, { owner }));
    expect(err.code).toBe('PROJECT_DAMAGED');
    expect(err.message).toMatch(/there is no good backup copy/);
    expect(err.detail).toMatchObject({ backup: null });
  });

  it('can be replaced by its backup, keeping the damaged file aside', async () => {
    const dir = await folder();
    const path = await projectWithBackup(dir);
    const backupText = await readFile(`${path}.bak`, 'utf8');
    await writeFile(path, '{"trunc');
    const handle = await restoreProjectBackup(path, { owner, now: () => '2024-05-01T10:20:30.000Z', debounceMs: 0 });
    expect(handle.data.name).toBe('Visit');
    expect(await readFile(path, 'utf8')).toBe(backupText);
    expect(await readFile(`${path}.damaged-2024-05-01T10-20-30.000Z`, 'utf8')).toBe('{"trunc');
    handle.update((p) => (p.name = 'Visit, restored'));
    await handle.close();
    expect((await readProjectFile(path)).name).toBe('Visit, restored');
    // the restored file, not the damaged one, became the backup
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8')).name).toBe('Visit');
  });

  it('is not restored when 99 damaged copies of that moment are beside it: SAVE_FAILED with what to do, the file unchanged', async () => {
    const dir = await folder();
    const path = await projectWithBackup(dir);
    await writeFile(path, '{"trunc');
    const stamp = '2024-05-01T10-20-30.000Z';
    for (let n = 1; n < 100; n++) await writeFile(`${path}.damaged-${stamp}${n > 1 ? `-${n}` : ''}`, 'old');
    const err = await errorOf(restoreProjectBackup(path, { owner, now: () => '2024-05-01T10:20:30.000Z', debounceMs: 0 }));
    expect(err).toMatchObject({ code: 'SAVE_FAILED', file: path, detail: { reason: 'too many damaged copies' } });
    expect(err.message).toBe(`Visit.attache: a copy of it as it is could not be kept, because 99 copies named Visit.attache.damaged-${stamp}… are already beside it, so it was left unchanged. Move those copies to another folder, then open it again.`);
    expect(await readFile(path, 'utf8')).toBe('{"trunc');
    // No temporary copy of the backup left behind.
    expect((await readdir(dir)).filter((f) => !f.startsWith('Visit.attache.damaged-')).sort()).toEqual(['Visit.attache', 'Visit.attache.bak']);
  });

  it('is refused as too new when a later Attaché wrote it', async () => {
    const dir = await folder();
    const path = await projectWithBackup(dir);
    const future = { ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: SCHEMA_VERSION + 1, hologram: true };
    await writeFile(path, JSON.stringify(future));
    const err = await errorOf(openProjectFile(path, { owner }));
    expect(err.code).toBe('PROJECT_TOO_NEW');
    expect(err.message).toMatch(/newer Attaché.*Update Attaché to open it\./);
    await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(JSON.parse(await readFile(path, 'utf8')).hologram).toBe(true);
  });
});

describe('a version 0 project file', () => {
  it('opens as the current schema, with decisions keyed by fact and sources gaining the new fields', async () => {
    const dir = await folder();
    const path = join(dir, 'old.attache');
    await copyFile(v0Fixture, path);
    const handle = await openProjectFile(path, { owner, debounceMs: 0 });
    expect(handle.openedFromVersion).toBe(0);
    const p = handle.data;
    expect(() => Project.parse(p)).not.toThrow();
    expect(p.schemaVersion).toBe(SCHEMA_VERSION);
    expect(p.sources[0]!.guessed.outlet).toBe('Saigon Daily');
    expect(p.sources[0]).toMatchObject({ edited: {}, restoredLines: [], reliability: 'F' });
    expect('meta' in p.sources[0]!).toBe(false);
    // the later of two decisions on one fact wins, as it did in version 0
    expect(p.decisions['fact_00a1b2c3d4e']).toMatchObject({ status: 'rejected', credibility: 4 });
    expect(p.decisions['fact_00f5e6d7c8b']).toMatchObject({ status: 'verified', credibility: 2 });
    expect(p.brief).toBeNull();
    expect(p.whoDecisions).toEqual([]);
    await handle.close();
  });

  it('is not rewritten until the first change, and the .bak then keeps the version 0 original', async () => {
    const dir = await folder();
    const path = join(dir, 'old.attache');
    await copyFile(v0Fixture, path);
    const original = await readFile(path, 'utf8');

    const reader = await openProjectFile(path, { owner, debounceMs: 0 });
    await reader.close();
    expect(await readFile(path, 'utf8')).toBe(original);

    const writer = await openProjectFile(path, { owner, debounceMs: 0 });
    writer.update((p) => (p.decisions['fact_00a1b2c3d4e']!.note = 'checked again'));
    await writer.close();
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(original);
    const now = JSON.parse(await readFile(path, 'utf8'));
    expect(now.schemaVersion).toBe(SCHEMA_VERSION);
    expect(now.decisions['fact_00a1b2c3d4e'].note).toBe('checked again');
  });
});

describe('a version 1 project file', () => {
  it("opens as the current schema with no Who's who decisions, and is written as the current one at the first change", async () => {
    const dir = await folder();
    const path = await projectWithBackup(dir);
    const { whoDecisions, ...v1 } = { ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: 1 };
    expect(whoDecisions).toEqual([]);
    await writeFile(path, JSON.stringify(v1));
    const handle = await openProjectFile(path, { owner, debounceMs: 0 });
    expect(handle.openedFromVersion).toBe(1);
    expect(handle.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(handle.data.whoDecisions).toEqual([]);
    expect(handle.data.name).toBe('Visit, revised');
    handle.update((p) => {
      p.whoDecisions = [{ kind: 'split', id: 'who_1', name: { type: 'person', name: 'Velloso' }, at: '2031-03-08T10:00:00.000Z' }];
    });
    await handle.close();
    const now = JSON.parse(await readFile(path, 'utf8'));
    expect(now.schemaVersion).toBe(SCHEMA_VERSION);
    expect(now.whoDecisions).toEqual([{ kind: 'split', id: 'who_1', name: { type: 'person', name: 'Velloso' }, at: '2031-03-08T10:00:00.000Z' }]);
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8')).schemaVersion).toBe(1);
  });

  it('is refused as damaged when a Who\'s who decision is malformed, naming where', () => {
    const project = { ...Project.parse({ ...emptyProjectJson(), whoDecisions: [] }), whoDecisions: [{ kind: 'merge', id: 'who_1', into: { type: 'person', name: 'A' }, names: [], at: 'x' }] };
    expect(parseProjectText(JSON.stringify(project))).toMatchObject({ kind: 'damaged', reason: expect.stringMatching(/^whoDecisions\.0\.names/) });
  });
});

function emptyProjectJson() {
  return { schemaVersion: SCHEMA_VERSION, id: 'p', name: 'P', createdAt: 'x', updatedAt: 'x', sources: [], facts: [], groups: [], decisions: {}, brief: null };
}

describe('schema versions', () => {
  it('treats an explicit schemaVersion 0 like a missing one', async () => {
    const v0 = JSON.parse(await readFile(v0Fixture, 'utf8'));
    const outcome = parseProjectText(JSON.stringify({ ...v0, schemaVersion: 0 }));
    expect(outcome).toMatchObject({ kind: 'ok', fromVersion: 0 });
  });

  it('calls a version that is not a whole number damage, not a future version', () => {
    expect(migrateProject({ schemaVersion: '1' })).toMatchObject({ kind: 'invalid' });
    expect(migrateProject({ schemaVersion: 1.5 })).toMatchObject({ kind: 'invalid' });
    expect(migrateProject({ schemaVersion: SCHEMA_VERSION + 3 })).toEqual({ kind: 'tooNew', version: SCHEMA_VERSION + 3 });
  });

  it('says a file cut anywhere is cut off', async () => {
    const text = await readFile(v0Fixture, 'utf8');
    for (let cut = 50; cut < text.length - 5; cut += 97) {
      const outcome = parseProjectText(text.slice(0, cut));
      expect(outcome, `cut at ${cut}`).toEqual({ kind: 'damaged', reason: 'the file is cut off: it ends in the middle' });
    }
  });
});

// `attache remove` and `attache reextract`: each one change to the project on disk, refusals with a
// code and a sentence (an unknown source, a read-only project), bad usage exit 2.
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../src/core/model';
import { run } from './runCli';

const seeds = resolve(__dirname, '../../../resources/samples');
const seedFiles = ['000_19294e9bd6d6b0dc.txt', '001_4e6e06b261fcc8c0.txt', '002_21c97565a188d712.txt'].map((f) => join(seeds, f));

let dir: string;
let p: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-cli-sources-'));
  p = join(dir, 'p.attache');
  expect((await run('new', p)).code).toBe(0);
  expect((await run('add', p, ...seedFiles)).code).toBe(0);
});
afterEach(async () => {
  await chmod(p, 0o644).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<Project> => JSON.parse(await readFile(p, 'utf8')) as Project;
const sourceIds = async () => (await onDisk()).sources.map((s) => s.id);

describe('attache remove', () => {
  it('takes a source out with its facts and groups in one save, keeping the decisions on them', async () => {
    const before = await onDisk();
    const [gone, ...kept] = before.sources;
    const goneFacts = before.facts.filter((f) => f.sourceId === gone!.id);
    expect(goneFacts.length).toBeGreaterThan(0);
    expect((await run('verify', p, goneFacts[0]!.id, '--note', 'checked')).code).toBe(0);

    const result = await run('remove', p, gone!.id);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`removed    ${gone!.id}  ${gone!.fileName} (${goneFacts.length} facts)`);
    expect(result.out).toContain('1 source removed');

    const after = await onDisk();
    expect(after.sources.map((s) => s.id)).toEqual(kept.map((s) => s.id));
    expect(after.facts.some((f) => f.sourceId === gone!.id)).toBe(false);
    expect(after.facts.length).toBe(before.facts.length - goneFacts.length);
    const factIds = new Set(after.facts.map((f) => f.id));
    for (const g of after.groups) for (const id of g.factIds) expect(factIds.has(id)).toBe(true);
    // The decision waits for the same file to come back.
    expect(after.decisions[goneFacts[0]!.id]).toMatchObject({ status: 'verified', note: 'checked' });
    expect((await run('add', p, seedFiles[0]!)).out).toContain('1 added');
    expect((await onDisk()).facts.some((f) => f.id === goneFacts[0]!.id)).toBe(true);
  });

  it('refuses an unknown source with NOT_FOUND and changes nothing', async () => {
    const before = await readFile(p, 'utf8');
    const [first] = await sourceIds();
    const result = await run('remove', p, first!, 'src_nope');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^NOT_FOUND: The project has no source src_nope; `attache sources` lists them\.$/);
    expect(await readFile(p, 'utf8')).toBe(before);
  });

  it('exits 2 without a source id', async () => {
    const result = await run('remove', p);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Usage: attache remove');
  });
});

describe('attache reextract', () => {
  it('reads the named source again and lands its facts; the others and the decisions stay', async () => {
    const before = await onDisk();
    const [damaged, other] = before.sources;
    const damagedFacts = before.facts.filter((f) => f.sourceId === damaged!.id);
    expect(damagedFacts.length).toBeGreaterThan(1);
    expect((await run('verify', p, damagedFacts[0]!.id)).code).toBe(0);
    // A project whose facts of one source went missing (all but one, so that open does not repair it).
    const cut = await onDisk();
    cut.facts = cut.facts.filter((f) => f.sourceId !== damaged!.id || f.id === damagedFacts[0]!.id);
    await writeFile(p, JSON.stringify(cut));

    const result = await run('reextract', p, damaged!.id);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`1 source read again, now with ${damagedFacts.length} facts; 0 failed`);
    const after = await onDisk();
    expect(after.facts.filter((f) => f.sourceId === damaged!.id).map((f) => f.id)).toEqual(damagedFacts.map((f) => f.id));
    expect(after.facts.filter((f) => f.sourceId === other!.id)).toEqual(before.facts.filter((f) => f.sourceId === other!.id));
    expect(after.decisions[damagedFacts[0]!.id]?.status).toBe('verified');
  });

  it('reads every source again with --all and answers in JSON', async () => {
    const before = await onDisk();
    const result = await run('reextract', p, '--all', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({ sources: 3, facts: before.facts.length, failed: [] });
    expect((await onDisk()).facts.map((f) => f.id).sort()).toEqual(before.facts.map((f) => f.id).sort());
  });

  it("tells, for each source, what a bound of the extractor did (here a run too long to be a word)", async () => {
    const blob = join(dir, 'blob.txt');
    await writeFile(blob, `The 40 delegates met. ${'Q'.repeat(5_000)} Then 30 aides arrived.`);
    const added = await run('add', p, blob);
    expect(added.out).toMatch(/added {6}blob\.txt \(It holds a run of 5,000 characters without a space \(encoded data, not words\); Attaché reads words of up to 1,000 characters/);
    const id = (await onDisk()).sources.find((s) => s.fileName === 'blob.txt')!.id;
    const result = await run('reextract', p, id);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`note       ${id}  blob.txt: It holds a run of 5,000 characters without a space`);
    expect(JSON.parse((await run('reextract', p, id, '--json')).out).notes).toEqual([{ sourceId: id, fileName: 'blob.txt', notes: [expect.stringMatching(/^It holds a run of 5,000 characters/)] }]);
  });

  it('refuses bad usage with exit 2 and an unknown source with NOT_FOUND', async () => {
    expect((await run('reextract', p)).code).toBe(2);
    const both = await run('reextract', p, 'src_x', '--all');
    expect(both.code).toBe(2);
    expect(both.err).toContain('not both');
    const before = await readFile(p, 'utf8');
    const unknown = await run('reextract', p, 'src_nope');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^NOT_FOUND: The project has no source src_nope/);
    expect(await readFile(p, 'utf8')).toBe(before);
  });
});

describe('a read-only project', () => {
  it('refuses every write verb with NOT_ALLOWED and a sentence, never a stack trace, and is left as it was', async () => {
    const project = await onDisk();
    const [source] = project.sources;
    const fact = project.facts[0]!;
    await chmod(p, 0o444);
    const before = await readFile(p, 'utf8');
    const { ino } = await stat(p);
    const attempts = [
      ['add', p, join(seeds, '003_436ffd394aaf67b1.txt')],
      ['verify', p, fact.id],
      ['remove', p, source!.id],
      ['reextract', p, '--all'],
      ['draft', p],
    ];
    for (const args of attempts) {
      const result = await run(...args);
      expect(result.code, args[0]).toBe(1);
      expect(result.err, args[0]).toMatch(/^NOT_ALLOWED: p\.attache is read-only \(its file may not be written\)/m);
      expect(result.err, args[0]).not.toMatch(/\n\s+at /);
    }
    expect(await readFile(p, 'utf8')).toBe(before);
    expect((await stat(p)).ino).toBe(ino);
    // Reading still works.
    expect((await run('info', p)).code).toBe(0);
  });
});

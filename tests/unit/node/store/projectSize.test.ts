// Projects near the serialiser's limit (V8 builds no string past ~512 MB, and a save then fails
// with "RangeError: Invalid string length") are refused before the change lands, with a code and
// what to do; the project stays as last saved. The limit is lowered here: nothing builds 512 MB.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AttacheError } from '../../../../src/core/errors';
import { AttacheSession, noDialogs } from '../../../../src/node/service';
import { createProjectFile, openProjectFile, RecentProjects } from '../../../../src/node/store';
import { jsonChars } from '../../../../src/node/store/jsonSize';
import { SAFE_PROJECT_CHARS } from '../../../../src/node/store/projectSize';
import { owner, tempFolders } from './tempFolder';

const folder = tempFolders();

const sentence = (i: number) => `On ${1 + (i % 28)} March 2024 the ministry reported ${100 + i} new arrivals at the northern border post, officials said.`;

async function articles(dir: string, count: number, sentences: number): Promise<string[]> {
  const paths: string[] = [];
  for (let a = 0; a < count; a++) {
    const path = join(dir, `article-${a}.txt`);
    await writeFile(path, Array.from({ length: sentences }, (_, i) => sentence(a * 1000 + i)).join('\n'));
    paths.push(path);
  }
  return paths;
}

function session(dir: string, maxProjectChars?: number): AttacheSession {
  return new AttacheSession({
    dialogs: noDialogs,
    recent: new RecentProjects(join(dir, 'recent.json')),
    emit: () => {},
    owner: 'test',
    debounceMs: 0,
    ...(maxProjectChars === undefined ? {} : { maxProjectChars }),
  });
}

describe('jsonChars', () => {
  it("measures a project's JSON within 1 % of JSON.stringify, escapes and all", async () => {
    const dir = await folder();
    const s = session(dir);
    await s.createAt(join(dir, 'Measure.attache'), 'Measure');
    await s.addSources(await articles(dir, 2, 30));
    const text = JSON.stringify(s.project);
    expect(s.project.facts.length).toBeGreaterThan(100);
    expect(Math.abs(jsonChars(s.project) - text.length) / text.length).toBeLessThan(0.01);
    expect(jsonChars({ a: [1, -20, 3.5, null, true, 'x"y'], b: undefined, c: { d: false } })).toBe(JSON.stringify({ a: [1, -20, 3.5, null, true, 'x"y'], c: { d: false } }).length - 1);
    await s.close();
  });
});

describe('a change that would take the project past its safe size', () => {
  it('is refused before it lands: every file of the import fails with PROJECT_TOO_LARGE and the file stays as saved', async () => {
    const dir = await folder();
    const [first, ...more] = await articles(dir, 4, 60);
    // Room for two articles and their facts, not for four.
    const probe = session(dir);
    await probe.createAt(join(dir, 'Probe.attache'), 'Probe');
    await probe.addSources([first!]);
    const oneArticle = JSON.stringify(probe.project).length;
    await probe.close();

    const file = join(dir, 'Talks.attache');
    const s = session(dir, Math.round(oneArticle * 3));
    await s.createAt(file, 'Talks');
    expect((await s.addSources([first!])).added).toBe(1);
    await s.flush();
    const saved = await readFile(file, 'utf8');
    const facts = s.project.facts.length;

    const report = await s.addSources(more);
    expect(report.added).toBe(0);
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'failed']);
    for (const o of report.outcomes) {
      if (o.status !== 'failed') continue;
      expect(o.error.code).toBe('PROJECT_TOO_LARGE');
      expect(o.file).toMatch(/^article-\d\.txt$/);
      expect(o.error.message).toMatch(/^Talks\.attache: this change would make the project about \d+ MB, over the \d+ MB one project file can hold, so nothing was changed and the project stays as last saved\. Start a new project for further sources, or remove sources the brief does not need\.$/);
    }
    // Nothing changed, in memory or on disk.
    expect(s.project.sources).toHaveLength(1);
    expect(s.project.facts).toHaveLength(facts);
    await s.close();
    const after = await readFile(file, 'utf8');
    expect(after === saved, 'the project file changed').toBe(true);

    // What fits still lands: one more article is under the limit.
    const again = session(dir, Math.round(oneArticle * 3));
    await again.openAt(file);
    expect((await again.addSources([more[0]!])).added).toBe(1);
    await again.close();
  });

  it('reserves growth until a save carries it, and lets a change that shrinks the project through', async () => {
    const dir = await folder();
    const handle = await createProjectFile(join(dir, 'Small.attache'), 'Small', { owner, debounceMs: 0, maxProjectChars: 10_000 });
    const start = handle.sizeChars;
    expect(start).toBe((await readFile(join(dir, 'Small.attache'), 'utf8')).length);
    handle.reserveGrowth(6_000);
    expect(handle.sizeChars).toBe(start + 6_000);
    // A second change of the same size, before any save, would cross the limit.
    const refused = (() => {
      try {
        handle.reserveGrowth(6_000);
      } catch (err) {
        return err as AttacheError;
      }
      return null;
    })();
    expect(refused?.code).toBe('PROJECT_TOO_LARGE');
    expect(handle.sizeChars).toBe(start + 6_000);
    handle.reserveGrowth(-50_000); // removing sources is never refused
    handle.update((p) => {
      p.name = 'Renamed';
    });
    await handle.flush();
    expect(handle.sizeChars).toBe((await readFile(join(dir, 'Small.attache'), 'utf8')).length);
    await handle.close();
    expect(SAFE_PROJECT_CHARS).toBeLessThan(2 ** 29 - 24);
  });

  it("says a save's own RangeError in words (PROJECT_TOO_LARGE), leaving the file as last saved", async () => {
    const dir = await folder();
    const file = join(dir, 'Huge.attache');
    const handle = await createProjectFile(file, 'Huge', { owner, debounceMs: 0 });
    const saved = await readFile(file, 'utf8');
    // What JSON.stringify throws past V8's longest string, without building one.
    handle.update((p) => {
      Object.defineProperty(p, 'toJSON', { value: () => { throw new RangeError('Invalid string length'); }, configurable: true });
    });
    const err = await handle.flush().then(() => null, (e: unknown) => e as AttacheError);
    expect(err?.code).toBe('PROJECT_TOO_LARGE');
    expect(err?.message).toMatch(/^Huge\.attache: the project has grown past what one project file can hold \(about 512 MB\), so this change could not be saved; the file stays as last saved\./);
    expect(await readFile(file, 'utf8')).toBe(saved);
    handle.update((p) => {
      delete (p as { toJSON?: unknown }).toJSON;
    });
    await handle.close();
    await (await openProjectFile(file, { owner })).close();
  });
});

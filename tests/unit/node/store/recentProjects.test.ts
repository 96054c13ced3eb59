import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentProjects } from '../../../../src/node/store';
import { tempFolders } from './tempFolder';

const folder = tempFolders();

function ticking() {
  let t = 0;
  return () => new Date(Date.UTC(2024, 2, 1, 9, 0, t++)).toISOString();
}

describe('RecentProjects', () => {
  it('lists most recent first, without duplicates, and knows which files still exist', async () => {
    const dir = await folder();
    const appData = join(dir, 'app-data'); // not created yet: first use creates it
    const recent = new RecentProjects(join(appData, 'recent-projects.json'), 10, ticking());
    const a = join(dir, 'a.attache');
    const b = join(dir, 'b.attache');
    await writeFile(a, '{}');
    await writeFile(b, '{}');

    expect(await recent.list()).toEqual([]);
    await recent.add(a, 'Hanoi visit');
    await recent.add(b, 'Tokyo talks');
    await recent.add(a, 'Hanoi visit, renamed');

    const listed = await recent.list();
    expect(listed.map((e) => [e.path, e.name])).toEqual([
      [a, 'Hanoi visit, renamed'],
      [b, 'Tokyo talks'],
    ]);
    expect(listed[0]!.openedAt > listed[1]!.openedAt).toBe(true);
    expect(listed.every((e) => e.exists)).toBe(true);

    await rm(b);
    expect((await recent.list()).find((e) => e.path === b)?.exists).toBe(false);
    expect(await recent.has(b)).toBe(true);
    await recent.remove(b);
    expect(await recent.has(b)).toBe(false);
    expect(await recent.has(a)).toBe(true);

    // compact JSON written through the atomic writer: no temp files left
    const text = await readFile(join(appData, 'recent-projects.json'), 'utf8');
    expect(text).not.toMatch(/\n/);
    expect(await readdir(appData)).toEqual(['recent-projects.json']);
  });

  it('keeps only the ten most recent, and the same list across instances', async () => {
    const dir = await folder();
    const file = join(dir, 'recent-projects.json');
    const recent = new RecentProjects(file, 10, ticking());
    for (let i = 0; i < 13; i++) await recent.add(join(dir, `p${i}.attache`), `P${i}`);
    const again = new RecentProjects(file);
    const names = (await again.list()).map((e) => e.name);
    expect(names).toEqual(['P12', 'P11', 'P10', 'P9', 'P8', 'P7', 'P6', 'P5', 'P4', 'P3']);
  });

  it('loses no entry when adds overlap', async () => {
    const dir = await folder();
    const recent = new RecentProjects(join(dir, 'recent-projects.json'), 10, ticking());
    await Promise.all(Array.from({ length: 6 }, (_, i) => recent.add(join(dir, `p${i}.attache`), `P${i}`)));
    expect((await recent.list()).map((e) => e.name).sort()).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5']);
  });

  it('starts over from a damaged list instead of failing', async () => {
    const dir = await folder();
    const file = join(dir, 'recent-projects.json');
    await writeFile(file, '{"version":1,"projects":[{"pa');
    const recent = new RecentProjects(file);
    expect(await recent.list()).toEqual([]);
    await recent.add(join(dir, 'x.attache'), 'X');
    expect((await recent.list()).map((e) => e.name)).toEqual(['X']);
  });
});

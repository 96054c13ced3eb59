import { open, readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTempNameOf, writeFileAtomic } from '../../../../src/node/store/atomicWrite';
import { tempFolders } from './tempFolder';

const folder = tempFolders();

afterEach(() => vi.restoreAllMocks());

describe('writeFileAtomic', () => {
  it('replaces the file and keeps the replaced version as .bak, on its own inode', async () => {
    const dir = await folder();
    const file = join(dir, 'p.attache');
    await writeFileAtomic(file, 'one', { backup: true });
    expect(await readFile(file, 'utf8')).toBe('one');
    await expect(stat(`${file}.bak`)).rejects.toMatchObject({ code: 'ENOENT' });

    await writeFileAtomic(file, 'two', { backup: true });
    await writeFileAtomic(file, 'three', { backup: true });
    expect(await readFile(file, 'utf8')).toBe('three');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('two');
    expect((await stat(file)).ino).not.toBe((await stat(`${file}.bak`)).ino);
    expect((await readdir(dir)).sort()).toEqual(['p.attache', 'p.attache.bak']);
  });

  it('fsyncs the data and the folder', async () => {
    const dir = await folder();
    const probe = await open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const sync = vi.spyOn(proto, 'sync');
    await writeFileAtomic(join(dir, 'f.json'), '{}');
    // the temp file, then the folder after the rename
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('leaves the target and no temp file behind when the rename fails', async () => {
    const dir = await folder();
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toBeTruthy();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
  });

  it('recognises only its own temp names', () => {
    const file = '/x/p.attache';
    expect(isTempNameOf(file, '.p.attache.123.4.0a1b2c3d.tmp')).toBe(true);
    expect(isTempNameOf(file, '.p.attache.123.4.0a1b2c3d.baktmp')).toBe(true);
    expect(isTempNameOf(file, 'p.attache.bak')).toBe(false);
    expect(isTempNameOf(file, '.other.attache.123.4.0a1b2c3d.tmp')).toBe(false);
  });
});

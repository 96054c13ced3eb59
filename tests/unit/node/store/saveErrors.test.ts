// A save the file system refuses is said with a code a person can act on (never INTERNAL): a full
// disk, or another failure of the folder; the file stays as last saved and the change is kept.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AttacheError } from '../../../../src/core/errors';
import { createProjectFile } from '../../../../src/node/store';
import type * as AtomicWrite from '../../../../src/node/store/atomicWrite';
import { owner, tempFolders } from './tempFolder';

const failing = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('../../../../src/node/store/atomicWrite', async (original) => {
  const real = await original<typeof AtomicWrite>();
  const writeFileAtomic: typeof real.writeFileAtomic = (...args) => {
    if (failing.code) return Promise.reject(Object.assign(new Error(`${failing.code}: simulated`), { code: failing.code }));
    return real.writeFileAtomic(...args);
  };
  return { ...real, writeFileAtomic };
});

const folder = tempFolders();

describe('a save the file system refuses', () => {
  it.each([
    ['ENOSPC', 'DISK_FULL', /could not be saved \(the disk is full\)\. Your changes are kept while Attaché stays open; free some space/],
    ['EDQUOT', 'DISK_FULL', /could not be saved \(the disk is full\)/],
    ['EIO', 'SAVE_FAILED', /could not be saved \(EIO\)\. Your changes are kept/],
  ])('%s: %s, the file as last saved', async (errno, code, words) => {
    const dir = await folder();
    const file = join(dir, 'Talks.attache');
    const handle = await createProjectFile(file, 'Talks', { owner, debounceMs: 0 });
    const saved = await readFile(file, 'utf8');
    failing.code = errno;
    try {
      handle.update((p) => {
        p.name = 'Renamed';
      });
      const err = (await handle.flush().then(() => null, (e: unknown) => e)) as AttacheError;
      expect(err.code).toBe(code);
      expect(err.message).toMatch(words);
      expect(await readFile(file, 'utf8')).toBe(saved);
      expect(handle.data.name).toBe('Renamed');
    } finally {
      failing.code = null;
    }
    await handle.close();
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Renamed');
  });
});

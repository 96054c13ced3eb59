// Saves keep the project's permissions: a private (0600) project and its .bak stay private, and a
// read-only (0444) project opens for reading only and is never replaced by a writable copy.
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttacheError } from '../../../../src/core/errors';
import { createProjectFile, openProjectFile } from '../../../../src/node/store';
import { writeFileAtomic } from '../../../../src/node/store/atomicWrite';
import { owner, tempFolders } from './tempFolder';

const folder = tempFolders();
const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe('permissions', () => {
  it('keeps a private 0600 project and its .bak at 0600 across saves', async () => {
    const path = join(await folder(), 'Private.attache');
    await (await createProjectFile(path, 'Private', { owner, debounceMs: 0 })).close();
    await chmod(path, 0o600);
    const handle = await openProjectFile(path, { owner, debounceMs: 0 });
    for (const name of ['first', 'second']) {
      handle.update((p) => {
        p.name = name;
      });
      await handle.flush();
    }
    await handle.close();
    expect(await modeOf(path)).toBe(0o600);
    expect(await modeOf(`${path}.bak`)).toBe(0o600);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ name: 'second' });
  });

  it('keeps other modes too (0640), whatever the umask', async () => {
    const file = join(await folder(), 'notes.json');
    await writeFile(file, '{}');
    await chmod(file, 0o640);
    await writeFileAtomic(file, '{"a":1}', { backup: true });
    expect(await modeOf(file)).toBe(0o640);
    expect(await modeOf(`${file}.bak`)).toBe(0o640);
  });

  it('opens a 0444 project read-only, refuses changes with NOT_ALLOWED and never rewrites it', async () => {
    const path = join(await folder(), 'Archive.attache');
    await (await createProjectFile(path, 'Archive', { owner, debounceMs: 0 })).close();
    await chmod(path, 0o444);
    const before = await readFile(path, 'utf8');
    const { ino } = await stat(path);
    const handle = await openProjectFile(path, { owner, debounceMs: 0 });
    expect(handle.readOnly).toBe(true);
    expect(handle.data.name).toBe('Archive');
    let refused: unknown;
    try {
      handle.update((p) => {
        p.name = 'changed';
      });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(AttacheError);
    expect((refused as AttacheError).code).toBe('NOT_ALLOWED');
    expect((refused as AttacheError).message).toMatch(/Archive\.attache is read-only/);
    expect(handle.data.name).toBe('Archive');
    await handle.close();
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await stat(path)).ino).toBe(ino);
    expect(await modeOf(path)).toBe(0o444);
  });

  it('refuses to replace a read-only file at the lowest level too', async () => {
    const file = join(await folder(), 'ro.json');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readFile(file, 'utf8')).toBe('old');
  });

  it('lets a read-only project be saved as a writable copy elsewhere', async () => {
    const dir = await folder();
    const path = join(dir, 'Archive.attache');
    await (await createProjectFile(path, 'Archive', { owner, debounceMs: 0 })).close();
    await chmod(path, 0o444);
    const handle = await openProjectFile(path, { owner, debounceMs: 0 });
    await handle.saveAs(join(dir, 'Copy.attache'));
    expect(handle.readOnly).toBe(false);
    handle.update((p) => {
      p.name = 'Copy';
    });
    await handle.close();
    expect(JSON.parse(await readFile(join(dir, 'Copy.attache'), 'utf8'))).toMatchObject({ name: 'Copy' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ name: 'Archive' });
  });
});

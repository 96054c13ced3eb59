// Fresh folders under the OS temp dir for each test, removed after it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Call at the top of a test file; the returned function makes a folder that is removed after the test. */
export function tempFolders(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((f) => rm(f, { recursive: true, force: true })));
  });
  return async () => {
    const folder = await mkdtemp(join(tmpdir(), 'attache-store-'));
    made.push(folder);
    return folder;
  };
}

export const owner = `store test (pid ${process.pid})`;

// Puts `<project>.bak` back in place of a damaged project. The damaged file is kept beside it as
// `<project>.damaged-<timestamp>` (the person may want to recover text from it), and the project
// path holds a complete file at every moment: the damaged one, then the restored one.
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { AttacheError } from '../../core/errors';
import { codeOf, syncFolder, tempNameFor } from './atomicWrite';
import { parseProjectText } from './projectFileAdapter';

/** Call with the project's lock held. Returns where the damaged file was kept (null if none). */
export async function replaceWithBackup(file: string, now: string): Promise<{ damagedCopy: string | null }> {
  const bak = `${file}.bak`;
  const base = basename(file);
  let text: string;
  try {
    text = await readFile(bak, 'utf8');
  } catch (err) {
    if (codeOf(err) === 'ENOENT') {
      throw new AttacheError('NOT_FOUND', `${base} has no backup copy (${base}.bak) to restore.`, { file, detail: { backup: null } });
    }
    throw err;
  }
  const outcome = parseProjectText(text);
  if (outcome.kind === 'tooNew') {
    throw new AttacheError('PROJECT_TOO_NEW', `${base}.bak was saved by a newer Attaché; update Attaché to restore it.`, { file: bak });
  }
  if (outcome.kind === 'damaged') {
    throw new AttacheError('PROJECT_DAMAGED', `${base}.bak cannot be read either (${outcome.reason}); there is no good copy to restore.`, {
      file: bak,
      detail: { backup: null, reason: outcome.reason },
    });
  }

  const temp = tempNameFor(file);
  try {
    await copyFile(bak, temp, fsConstants.COPYFILE_EXCL);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const damagedCopy = await keepDamaged(file, now);
    await rename(temp, file);
    await syncFolder(dirname(file));
    return { damagedCopy };
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Keeps the file at `file` beside it as `<file>.damaged-<timestamp>`, never replacing one; null when there is no file. */
export async function keepDamaged(file: string, now: string): Promise<string | null> {
  // Colons are not allowed in Windows file names.
  const stamp = now.replace(/:/g, '-');
  for (let n = 1; n < 100; n++) {
    const name = `${file}.damaged-${stamp}${n > 1 ? `-${n}` : ''}`;
    try {
      await link(file, name);
      return name;
    } catch (err) {
      const code = codeOf(err);
      if (code === 'ENOENT') return null; // nothing at the project path: nothing to keep
      if (code === 'EEXIST') continue;
      // No hard links on this volume: copy, refusing to overwrite.
      try {
        await copyFile(file, name, fsConstants.COPYFILE_EXCL);
        return name;
      } catch (copyErr) {
        if (codeOf(copyErr) === 'EEXIST') continue;
        throw copyErr;
      }
    }
  }
  // A code of the file system's kind: nothing is wrong with Attaché, the folder is full of copies.
  throw new AttacheError(
    'SAVE_FAILED',
    `${basename(file)}: a copy of it as it is could not be kept, because 99 copies named ${basename(file)}.damaged-${stamp}… are already beside it, so it was left unchanged. Move those copies to another folder, then open it again.`,
    { file, detail: { reason: 'too many damaged copies' } },
  );
}

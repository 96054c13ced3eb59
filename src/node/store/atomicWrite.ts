// Durable, atomic replacement of a file, optionally keeping the version it replaces as `<file>.bak`.
//
// Order of steps, and why each moment after a crash is safe:
//   1. write the new bytes to a uniquely named temp file in the same folder, fsync it;
//      (crash here: the target is untouched; only a stray temp file is left, removed on next open)
//   2. hard-link the current target to a temp name and rename that over `<file>.bak`;
//      (rename is atomic: `.bak` is the older or the newer good copy, never half of one; the target
//       is untouched; a hard link shares the inode, so step 3 cannot change what `.bak` holds)
//   3. rename the temp file over the target;
//      (atomic: the target is the old or the new file, never a mixture)
//   4. fsync the folder so that the renames themselves survive a power cut.
// The new file gets the mode of the one it replaces (a private 0600 project stays private), and a
// target nobody may write (0444) is refused, never silently replaced by a writable copy.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { chmod, copyFile, link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crashPoint } from './crashPoint';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<file>.bak` (when there is one). */
  backup?: boolean;
}

let sequence = 0;

/** A temp name next to `file` that no other writer (thread, process) will pick. */
export function tempNameFor(file: string, purpose = 'tmp'): string {
  sequence += 1;
  const unique = `${process.pid}.${sequence}.${randomBytes(4).toString('hex')}`;
  return join(dirname(file), `.${basename(file)}.${unique}.${purpose}`);
}

/** Leftover temp files of `file` look like this; only remove them while holding the file's lock. */
export function isTempNameOf(file: string, candidate: string): boolean {
  return tempWriterOf(file, candidate) !== null;
}

/** The pid of the process that made `candidate` as a temp file of `file`, or null if it is not one. */
export function tempWriterOf(file: string, candidate: string): number | null {
  const prefix = `.${basename(file)}.`;
  if (!candidate.startsWith(prefix)) return null;
  const m = /^(\d+)\.\d+\.[0-9a-f]{8}\.(tmp|baktmp|locktmp)$/.exec(candidate.slice(prefix.length));
  return m ? Number(m[1]) : null;
}

/** The pid in a PDF export's temp name (`.<name>.<pid>.<seq>.<hex>.part`, see src/node/pdf). */
export function partWriterOf(name: string): number | null {
  const m = /^\..+\.(\d+)\.\d+\.[0-9a-f]{8}\.part$/.exec(name);
  return m ? Number(m[1]) : null;
}

/** False only when we can tell the process is gone (its temp files are then leftovers). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return codeOf(err) !== 'ESRCH';
  }
}

/** The bytes to write: a string, bytes, or pieces of text written one after the other (see jsonPieces.ts). */
export type WriteData = string | Uint8Array | readonly string[];

export async function writeFileAtomic(file: string, data: WriteData, options: AtomicWriteOptions = {}): Promise<void> {
  const mode = await modeOf(file);
  if (mode !== null && (mode & 0o200) === 0) throw readOnlyError(file);
  const temp = tempNameFor(file);
  try {
    await writeAndSync(temp, data, mode ?? 0o644);
    crashPoint();
    if (options.backup) await keepBackup(file);
    await renameWithRetry(temp, file);
    crashPoint();
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncFolder(dirname(file));
  crashPoint();
}

/** The permission bits of `file`, or null when there is none. */
export async function modeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return null;
    throw err;
  }
}

/** Shaped like the system's own refusal, so callers word it as they word any EACCES. */
function readOnlyError(file: string): Error {
  return Object.assign(new Error(`${basename(file)} is read-only`), { code: 'EACCES', readOnly: true });
}

async function writeAndSync(file: string, data: WriteData, mode: number): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    // Set explicitly: open()'s mode is narrowed by the umask, and must match the file replaced.
    await handle.chmod(mode);
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else {
      // Each piece encoded and written in turn, so no buffer of the whole file is ever made. A
      // handle's writeFile writes from where the last write ended (and resumes partial writes).
      for (const piece of data) await handle.writeFile(piece);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes `<file>.bak` the current content of `file`, atomically. No-op when `file` is absent. */
async function keepBackup(file: string): Promise<void> {
  const bak = `${file}.bak`;
  const temp = tempNameFor(file, 'baktmp');
  try {
    try {
      await link(file, temp);
    } catch (err) {
      if (codeOf(err) === 'ENOENT') return;
      // NOTE: some volumes (FAT/exFAT sticks, some network shares) have no hard links: copy instead,
      // which costs a second write of the whole file.
      await copyFile(file, temp, fsConstants.COPYFILE_EXCL);
      const mode = await modeOf(file);
      if (mode !== null) await chmod(temp, mode);
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await renameWithRetry(temp, bak);
    crashPoint();
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Windows refuses a rename over a file that a virus scanner or indexer holds open for a moment. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = codeOf(err);
      if (process.platform !== 'win32' || attempt >= 5 || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw err;
      await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
    }
  }
}

export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (err) {
    // NOTE: Windows cannot open or fsync a folder; NTFS journals the rename itself.
    const code = codeOf(err);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL') throw err;
  } finally {
    await handle?.close();
  }
}

export function codeOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

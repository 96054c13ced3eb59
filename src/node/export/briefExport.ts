// What every export of the brief does whatever its format: the integrity check (a brief that
// cites what is no longer verified, or still holds a prompt, is refused unless the analyst
// overrides), the folder check, and the atomic write: the file is written to
// `.<name>.<pid>.<seq>.<hex>.part`, fsynced, renamed over the target, and the folder fsynced, so a
// failed export never leaves half a file behind. A `.part` a killed export left is removed by the
// next export to the same name (and by the next open of a project in that folder), once its
// process is gone.
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkBriefIntegrity, type BriefInput } from '../../core/brief';
import { AttacheError } from '../../core/errors';
import type { Brief } from '../../core/model';
import { partWriterOf, processAlive, syncFolder, tempNameFor } from '../store/atomicWrite';
import { crashPoint } from '../store/crashPoint';

/** The format's name as the analyst reads it in a message ("the PDF could not be written"). */
export type ExportKind = 'PDF' | 'DOCX';

/**
 * Throws BRIEF_INTEGRITY, listing every problem, unless the brief is clean. The analyst's override
 * covers their own unfinished work, never a quote its source does not hold.
 */
export function refuseUnlessExportable(brief: Brief, input: BriefInput, outPath: string, allowUnverified: boolean | undefined): void {
  const problems = checkBriefIntegrity(brief, input).filter((p) => !allowUnverified || !p.overridable);
  if (problems.length === 0) return;
  throw new AttacheError(
    'BRIEF_INTEGRITY',
    `${basename(outPath)} was not written: the integrity check lists ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}.\n` +
      problems.map((p) => `- ${p.message}`).join('\n'),
    { file: outPath, detail: problems },
  );
}

export async function requireFolder(outPath: string, kind: ExportKind): Promise<void> {
  const folder = dirname(outPath);
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AttacheError('EXPORT_FAILED', `${outPath}: the folder ${folder} does not exist; choose another place to save the ${kind}.`, { file: outPath });
  }
}

/**
 * Runs `write` on a fresh `.part` temp beside `outPath`, then makes it the file: fsync, rename,
 * folder fsync. On any failure the temp is removed and the target is left as it was.
 */
export async function writeAtomically<T>(outPath: string, kind: ExportKind, write: (temp: string) => Promise<T>): Promise<T> {
  await removeDeadParts(outPath);
  const temp = tempNameFor(outPath, 'part');
  try {
    const result = await write(temp);
    await syncFile(temp);
    crashPoint();
    await rename(temp, outPath);
    crashPoint();
    await syncFolder(dirname(outPath));
    return result;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof AttacheError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AttacheError('EXPORT_FAILED', `${outPath}: the ${kind} could not be written (${reason}); check the folder is writable and has space.`, {
      file: outPath,
      cause: error,
    });
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `.part` files of earlier exports to the same name whose process is gone. */
async function removeDeadParts(outPath: string): Promise<void> {
  const prefix = `.${basename(outPath)}.`;
  const names = await readdir(dirname(outPath)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && /^\d+\.\d+\.[0-9a-f]{8}\.part$/.test(n.slice(prefix.length)))
      .filter((n) => {
        const pid = partWriterOf(n);
        return pid !== null && pid !== process.pid && !processAlive(pid);
      })
      .map((n) => unlink(join(dirname(outPath), n)).catch(() => undefined)),
  );
}

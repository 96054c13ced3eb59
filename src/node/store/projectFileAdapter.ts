// lowdb adapter for the `.attache` file. lowdb's own JSONFile indents, uses a fixed temp name and
// never fsyncs; this one writes compact JSON through the durable atomic writer (keeping the
// replaced version as `.bak`), and reads through migration and the full schema check.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Adapter } from 'lowdb';
import { AttacheError } from '../../core/errors';
import { Project, SCHEMA_VERSION } from '../../core/model';
import { codeOf, writeFileAtomic } from './atomicWrite';
import { migrateProject } from './schemaMigration';
import { withFactFeatures } from './factFeatures';
import { compileSchemaCheck } from './schemaCheck';
import { tooLargeToSave } from './projectSize';
import { jsonPieces, piecesChars } from './jsonPieces';

/** The schema check of src/core/model.ts compiled for files of any size (see schemaCheck.ts). */
const checkProject = compileSchemaCheck(Project);

export interface ReadResult {
  project: Project;
  /** The version the file was written in; below SCHEMA_VERSION when it was migrated on read. */
  fromVersion: number;
  /** Characters of the file's JSON. */
  chars: number;
}

export class ProjectFileAdapter implements Adapter<Project> {
  /** The schema version of the file last read (for telling the person a file was upgraded). */
  lastReadVersion: number | null = null;
  /** Characters of the JSON last read or written: the project's size, tracked without serialising again. */
  lastChars = 0;

  constructor(public path: string) {}

  async read(): Promise<Project | null> {
    const result = await readProject(this.path);
    if (!result) return null;
    this.lastReadVersion = result.fromVersion;
    this.lastChars = result.chars;
    return result.project;
  }

  async write(data: Project): Promise<void> {
    // Serialise before the first await: what reaches disk is the state at the moment of the call,
    // even if the project changes while the bytes are being written.
    const path = this.path;
    // In pieces, not one string: see jsonPieces.ts (what a save holds at once).
    let pieces: string[];
    try {
      pieces = jsonPieces(data);
    } catch (err) {
      // NOTE: changes are refused before they take a project this far (projectSize.ts); one
      // that was not measured still gets words instead of "Invalid string length".
      if (err instanceof RangeError) throw tooLargeToSave(path, err);
      throw err;
    }
    try {
      await writeFileAtomic(path, pieces, { backup: true });
    } catch (err) {
      throw saveError(path, err);
    }
    this.lastChars = piecesChars(pieces);
  }
}

/** Reads, migrates and validates a project file. Null when there is no file at `path`. */
export async function readProject(path: string): Promise<ReadResult | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = codeOf(err);
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') throw await damagedError(path, 'it is a folder, not a project file');
    throw new AttacheError('FILE_UNREADABLE', `${basename(path)} cannot be read (${code ?? (err as Error).message}).`, {
      file: path,
      cause: err,
    });
  }
  const outcome = parseProjectText(text);
  if (outcome.kind === 'tooNew') {
    throw new AttacheError(
      'PROJECT_TOO_NEW',
      `${basename(path)} was saved by a newer Attaché (project format ${outcome.version}; this one reads up to ${SCHEMA_VERSION}). Update Attaché to open it.`,
      { file: path, detail: { schemaVersion: outcome.version, supported: SCHEMA_VERSION } },
    );
  }
  if (outcome.kind === 'damaged') throw await damagedError(path, outcome.reason);
  return { project: outcome.project, fromVersion: outcome.fromVersion, chars: text.length };
}

type ParseOutcome =
  | { kind: 'ok'; project: Project; fromVersion: number }
  | { kind: 'tooNew'; version: number }
  | { kind: 'damaged'; reason: string };

export function parseProjectText(text: string): ParseOutcome {
  // Not text.trim(): that copies the whole file to find its first character.
  if (!/\S/.test(text)) return { kind: 'damaged', reason: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { kind: 'damaged', reason: describeJsonError(err as Error, text) };
  }
  const migrated = migrateProject(raw);
  if (migrated.kind === 'tooNew') return migrated;
  if (migrated.kind === 'invalid') return { kind: 'damaged', reason: migrated.reason };
  const fast = checkProject(migrated.data);
  if (fast.ok) return { kind: 'ok', project: withFactFeatures(fast.data), fromVersion: migrated.fromVersion };
  // Something is wrong, or the fast check cannot vouch for it: zod decides, on a fresh copy (the
  // fast check may have filled in defaults before it stopped), and words the reasons.
  const again = migrateProject(JSON.parse(text));
  const checked = Project.safeParse(again.kind === 'ok' ? again.data : undefined);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the project';
    const more = checked.error.issues.length > 1 ? ` and ${checked.error.issues.length - 1} more problem(s)` : '';
    return { kind: 'damaged', reason: `${where}: ${issue?.message ?? 'does not match the project format'}${more}` };
  }
  return { kind: 'ok', project: withFactFeatures(checked.data), fromVersion: migrated.fromVersion };
}

function describeJsonError(err: Error, text: string): string {
  // V8 words a cut-off file as "Unexpected end of JSON input", "Unterminated string …", or as
  // any other complaint placed at the very end of the text.
  const position = Number(/at position (\d+)/.exec(err.message)?.[1]);
  const atEnd = Number.isInteger(position) && position >= text.trimEnd().length;
  if (atEnd || /end of JSON input|Unterminated/i.test(err.message)) return 'the file is cut off: it ends in the middle';
  return `it is not valid JSON: ${err.message}`;
}

/** The damage error names the backup only when the backup itself reads as a good project. */
async function damagedError(path: string, reason: string): Promise<AttacheError> {
  const base = basename(path);
  const backup = `${path}.bak`;
  const backupGood = await readFile(backup, 'utf8').then(
    (text) => parseProjectText(text).kind === 'ok',
    () => false,
  );
  const offer = backupGood
    ? `the last good copy is ${base}.bak`
    : 'there is no good backup copy (.bak) beside it';
  return new AttacheError('PROJECT_DAMAGED', `${base} cannot be read (${reason}); ${offer}`, {
    file: path,
    detail: { backup: backupGood ? backup : null, reason },
  });
}

function saveError(path: string, err: unknown): AttacheError {
  if (err instanceof AttacheError) return err;
  const code = codeOf(err);
  const base = basename(path);
  if ((err as { readOnly?: boolean } | null)?.readOnly) {
    return new AttacheError('NOT_ALLOWED', `${base} is read-only; Attaché opens it for reading only. Make it writable, or save a copy with File › Save Project As….`, {
      file: path,
      cause: err,
    });
  }
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Attaché may not write in its folder'
        : code === 'ENOENT'
          ? 'its folder no longer exists'
          : (code ?? (err as Error).message);
  const errorCode =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'NOT_ALLOWED' : code === 'ENOSPC' || code === 'EDQUOT' ? 'DISK_FULL' : 'SAVE_FAILED';
  return new AttacheError(
    errorCode,
    `${base} could not be saved (${why}). Your changes are kept while Attaché stays open; free some space, or use File › Save Project As… to put it elsewhere.`,
    { file: path, cause: err },
  );
}

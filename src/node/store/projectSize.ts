// A project is one JSON string, and V8 cannot build a string longer than 2^29 - 24 characters
// (about 512 MB): past it JSON.stringify throws "RangeError: Invalid string length" and the save
// fails. Changes that would take a project near that are refused before they land, with what to
// do; the project stays as last saved.
import { basename } from 'node:path';
import { AttacheError } from '../../core/errors';

/**
 * The most characters a project's JSON may grow to: about three quarters of V8's limit, leaving
 * room for the estimate's error (jsonSize.ts: escapes are not counted) and for changes that are
 * not measured (decisions, notes, the brief).
 */
export const SAFE_PROJECT_CHARS = 400_000_000;

const megabytes = (chars: number) => `${Math.round(chars / 1_048_576).toLocaleString('en-US')} MB`;

/** The refusal of a change that would take the project past `limit` characters. */
export function projectTooLarge(file: string, after: number, limit: number): AttacheError {
  return new AttacheError(
    'PROJECT_TOO_LARGE',
    `${basename(file)}: this change would make the project about ${megabytes(after)}, over the ${megabytes(limit)} one project file can hold, so nothing was changed and the project stays as last saved. Start a new project for further sources, or remove sources the brief does not need.`,
    { file, detail: { chars: after, limit } },
  );
}

/** The save's own RangeError, said as the refusal would have said it. */
export function tooLargeToSave(file: string, cause: unknown): AttacheError {
  return new AttacheError(
    'PROJECT_TOO_LARGE',
    `${basename(file)}: the project has grown past what one project file can hold (about 512 MB), so this change could not be saved; the file stays as last saved. Remove sources the brief does not need, or save a copy without them, and save again.`,
    { file, cause },
  );
}

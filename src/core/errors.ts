// Errors that cross every boundary (worker, IPC, CLI) carry a stable code, a sentence a person
// can act on, and the file they concern. Codes are part of the public contract: add, never rename.

export const ERROR_CODES = [
  'BAD_ARGUMENT',
  'NO_PROJECT',
  'NOT_FOUND',
  'NOT_ALLOWED',
  'CANCELLED',
  'INTERNAL',
  'PROJECT_DAMAGED',
  'PROJECT_TOO_NEW',
  'PROJECT_LOCKED',
  'PROJECT_EXISTS',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_BINARY',
  'FILE_ENCODING',
  'FORMAT_UNSUPPORTED',
  'PDF_ENCRYPTED',
  'PDF_PASSWORD_WRONG',
  'PDF_DAMAGED',
  'PDF_SCANNED',
  'PDF_PAGE_LOOP',
  'PDF_UNDECODABLE',
  'OCR_FAILED',
  'DOCX_INVALID',
  'ZIP_BOMB',
  'HTML_NO_TEXT',
  'BRIEF_INTEGRITY',
  'EXPORT_FAILED',
  /** A reader or the cleaner ran out of time or memory on one file (too big or too intricate). */
  'FILE_TOO_COMPLEX',
  /** A change would take the project's file past the size it can be saved at. */
  'PROJECT_TOO_LARGE',
  /** A file's worker went over the memory Attaché allows one task (its reading, its extraction). */
  'OUT_OF_MEMORY',
  /** A save (or an export) found no room on the disk. */
  'DISK_FULL',
  /** A save failed for another reason of the file system's (a folder gone, an I/O error). */
  'SAVE_FAILED',
  /** The project's search stopped (its worker crashed); searching again starts it afresh. */
  'SEARCH_FAILED',
  /** A background worker could not be started (the system short of memory, threads or open files): nothing was done, nothing lost. */
  'WORKER_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AttacheErrorShape {
  code: ErrorCode;
  message: string;
  file?: string | undefined;
  /** Extra, machine-readable detail (e.g. the backup path, the integrity problems). */
  detail?: unknown;
}

export class AttacheError extends Error implements AttacheErrorShape {
  readonly code: ErrorCode;
  readonly file?: string | undefined;
  readonly detail?: unknown;

  constructor(code: ErrorCode, message: string, options: { file?: string; detail?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AttacheError';
    this.code = code;
    this.file = options.file;
    this.detail = options.detail;
  }

  toShape(): AttacheErrorShape {
    const shape: AttacheErrorShape = { code: this.code, message: this.message };
    if (this.file !== undefined) shape.file = this.file;
    if (this.detail !== undefined) shape.detail = this.detail;
    return shape;
  }
}

/** Anything thrown becomes a shape; unknown errors become INTERNAL without leaking stack traces. */
export function toErrorShape(err: unknown): AttacheErrorShape {
  if (err instanceof AttacheError) return err.toShape();
  if (isErrorShape(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}

export function isErrorShape(value: unknown): value is AttacheErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as { code: string }).code) &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

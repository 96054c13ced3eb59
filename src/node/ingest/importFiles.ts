// Imports files as sources, one at a time: checks size before reading, recognises files already
// in the project by their bytes (sha256), reads and cleans each in a worker, and reports one
// outcome per file. A file that fails never stops the others; cancelling stops after the current
// file, and what was done stays done.
//
// While one file is read and cleaned in a worker, the next, when it is a small text file (txt,
// Markdown, HTML of at most READ_AHEAD_BYTES), is read and cleaned in another: a batch of
// articles keeps the workers busy instead of one. Its outcome, its progress and whether it is a
// duplicate still come in order, after the file before it; a cancelled import discards it.
import { plural } from '../../core/plural';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AttacheError, toErrorShape } from '../../core/errors';
import { stableId } from '../../core/ids';
import type { Source, SourceFormat } from '../../core/model';
import type { ImportOutcome } from '../../shared/api';
import { runTask } from '../workers/runTask';
import { readFailure, type ReadPhase } from './readFailure';
import { formatOf, unsupportedFormat } from './formats';
import type { ReadSourceResult } from './readSource';
import { readPagesHaveText, unreadReport } from './unreadPages';

export interface ImportProgress {
  file: string;
  index: number;
  total: number;
  phase: 'reading' | 'ocr' | 'cleaning' | 'done';
  /** While OCR runs: pages read so far, of the pages it has to read. */
  ocr?: { done: number; pages: number };
  outcome?: ImportOutcome;
}

export interface ImportOptions {
  maxFileBytes: number;
  /** Sources already in the project, by sha256: the same bytes are the same source. */
  existing: ReadonlyMap<string, { sourceId: string; fileName: string }>;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  now?: () => string;
  /** Asked for a PDF password where a person is present; null skips the file. */
  passwordFor?: (file: string) => Promise<string | null>;
  /** Read a PDF's scanned and undecodable pages by OCR (on unless false). */
  ocr?: boolean;
}

const MAX_PASSWORD_TRIES = 3;

// NOTE: formats that never ask for a password nor need OCR, and small enough that a second
// file's read beside the first adds no memory that matters (large files are read alone).
const READ_AHEAD_FORMATS: ReadonlySet<SourceFormat> = new Set(['txt', 'md', 'html']);
const READ_AHEAD_BYTES = 1_048_576;

/** A file's format, bytes and digest: what is known of it before its worker reads it. */
interface Prepared {
  format: SourceFormat;
  bytes: Buffer;
  sha256: string;
}

/** The next file, read ahead while the one before it is in a worker. */
interface Ahead {
  index: number;
  prepared: Promise<Prepared>;
  /** Its read and clean in a worker, when it was started (not a duplicate of the file before, not too large). */
  read?: Promise<ReadSourceResult>;
  /** Whether its worker has begun cleaning, and what to tell when it does once the file's turn has come. */
  cleaning: boolean;
  onCleaning?: () => void;
}

export async function importFiles(
  paths: readonly string[],
  options: ImportOptions,
): Promise<{ sources: Source[]; outcomes: ImportOutcome[] }> {
  const sources: Source[] = [];
  const outcomes: ImportOutcome[] = [];
  const known = new Map(options.existing);
  const now = options.now ?? (() => new Date().toISOString());
  const total = paths.length;
  let ahead: Ahead | undefined;
  // Reads the file after `index` ahead, once `index` is known not to be a duplicate (its digest).
  const readNext = (index: number, sha256: string) => {
    const next = index + 1;
    const path = paths[next];
    if (path === undefined || options.signal?.aborted) return;
    const file = basename(path);
    const format = formatOf(file);
    if (!format || !READ_AHEAD_FORMATS.has(format)) return;
    const started: Ahead = { index: next, prepared: prepare(path, file, format, options), cleaning: false };
    started.read = started.prepared.then((p) => {
      if (p.sha256 === sha256 || known.has(p.sha256) || p.bytes.byteLength > READ_AHEAD_BYTES) return Promise.reject(NOT_READ_AHEAD);
      return readInWorker(p.bytes, file, format, undefined, () => {
        started.cleaning = true;
        started.onCleaning?.();
      });
    });
    // Settled at the file's turn (or discarded when cancelled): never an unhandled rejection here.
    started.prepared.catch(() => undefined);
    started.read.catch(() => undefined);
    ahead = started;
  };
  for (let index = 0; index < total; index++) {
    const path = paths[index]!;
    const file = basename(path);
    const report = (phase: ImportProgress['phase'], outcome?: ImportOutcome) =>
      options.onProgress?.({ file, index, total, phase, ...(outcome ? { outcome } : {}) });
    if (options.signal?.aborted) {
      const outcome: ImportOutcome = { status: 'cancelled', file };
      outcomes.push(outcome);
      report('done', outcome);
      continue;
    }
    report('reading');
    const early = ahead?.index === index ? ahead : undefined;
    ahead = undefined;
    let outcome: ImportOutcome;
    try {
      const result = await importOne(
        path,
        file,
        options,
        known,
        now,
        (phase, ocr) => options.onProgress?.({ file, index, total, phase, ...(ocr ? { ocr } : {}) }),
        early,
        (sha256) => readNext(index, sha256),
      );
      if ('duplicate' in result) {
        outcome = { status: 'duplicate', file, sourceId: result.duplicate.sourceId, existingFileName: result.duplicate.fileName };
      } else {
        sources.push(result.source);
        known.set(result.source.sha256, { sourceId: result.source.id, fileName: file });
        outcome = { status: 'added', file, sourceId: result.source.id, notes: result.notes };
      }
    } catch (err) {
      const shape = toErrorShape(err);
      outcome = { status: 'failed', file, error: { ...shape, file: shape.file ?? file } };
    }
    outcomes.push(outcome);
    report('done', outcome);
  }
  // A file read ahead of a cancelled import: its worker has finished before the import returns.
  await ahead?.read?.catch(() => undefined);
  return { sources, outcomes };
}

/** Why a file read ahead was not read (a duplicate of the one before, or too large): it is read at its turn. */
const NOT_READ_AHEAD = Symbol('not read ahead');

type OneResult = { source: Source; notes: string[] } | { duplicate: { sourceId: string; fileName: string } };

async function importOne(
  path: string,
  file: string,
  options: ImportOptions,
  known: ReadonlyMap<string, { sourceId: string; fileName: string }>,
  now: () => string,
  progress: (phase: 'ocr' | 'cleaning', ocr?: { done: number; pages: number }) => void,
  ahead: Ahead | undefined,
  readNext: (sha256: string) => void,
): Promise<OneResult> {
  const format = formatOf(file);
  if (!format) throw unsupportedFormat(file);
  const { bytes, sha256 } = await (ahead?.prepared ?? prepare(path, file, format, options));
  const existing = known.get(sha256);
  if (existing) return { duplicate: existing };
  readNext(sha256);

  const first = (ahead && (await readAhead(ahead, () => progress('cleaning')))) || (await readWithPassword(bytes, file, format, options, () => progress('cleaning')));
  const read = first.read.unread ? await readUnreadPages(bytes, file, first.read, first.password, options, progress) : first.read;
  const { cleaned } = read;
  const source: Source = {
    id: stableId('src', sha256),
    fileName: file,
    sha256,
    format: read.format,
    byteLength: bytes.byteLength,
    importedAt: now(),
    originalText: read.originalText,
    text: cleaned.text,
    removed: cleaned.removed,
    restoredLines: [],
    pages: cleaned.pages,
    guessed: cleaned.meta,
    edited: {},
    reliability: 'F',
    ...(read.ocrPages?.length ? { ocrPages: read.ocrPages } : {}),
  };
  const notes = [...read.notes];
  if (cleaned.removed.length > 0) {
    notes.push(`Cleaning set aside ${plural(cleaned.removed.length, 'line')} of page furniture; they can be restored.`);
  }
  return { source, notes };
}

/** The checks before a file is read (its size), then its bytes and their digest. */
async function prepare(path: string, file: string, format: SourceFormat, options: ImportOptions): Promise<Prepared> {
  const info = await stat(path).catch((err: unknown) => {
    throw unreadable(file, err);
  });
  if (!info.isFile()) throw new AttacheError('FILE_UNREADABLE', `${file}: this is a folder, not a file. Choose the files inside it.`, { file });
  if (info.size > options.maxFileBytes) {
    throw new AttacheError(
      'FILE_TOO_LARGE',
      `${file}: the file is ${megabytes(info.size)}, over the project's limit of ${megabytes(options.maxFileBytes)}. Split it, or raise the limit in the project settings.`,
      { file },
    );
  }
  if (info.size === 0) throw new AttacheError('FILE_EMPTY', `${file}: the file is empty. Check that it is the document you meant.`, { file });
  const bytes = await readFile(path).catch((err: unknown) => {
    throw unreadable(file, err);
  });
  return { format, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The worker's read of a file read ahead, its cleaning told from now on; null when it was not read ahead. */
async function readAhead(ahead: Ahead, cleaning: () => void): Promise<{ read: ReadSourceResult; password: undefined } | null> {
  if (!ahead.read) return null;
  ahead.onCleaning = cleaning;
  if (ahead.cleaning) cleaning();
  try {
    return { read: await ahead.read, password: undefined };
  } catch (err) {
    if (err === NOT_READ_AHEAD) return null;
    throw err;
  }
}

async function readWithPassword(bytes: Buffer, file: string, format: SourceFormat, options: ImportOptions, cleaning: () => void) {
  let password: string | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      return { read: await readInWorker(bytes, file, format, password, cleaning), password };
    } catch (err) {
      const code = (err as { code?: string }).code;
      const locked = code === 'PDF_ENCRYPTED' || code === 'PDF_PASSWORD_WRONG';
      if (!locked || !options.passwordFor || attempt >= MAX_PASSWORD_TRIES || options.signal?.aborted) throw err;
      const given = await options.passwordFor(file);
      if (given === null) throw err;
      password = given;
    }
  }
}

function readInWorker(bytes: Buffer, fileName: string, format: SourceFormat, password: string | undefined, cleaning: () => void) {
  // A fresh copy each attempt: its buffer moves to the worker and is gone from here.
  const fresh = () => {
    const copy = new Uint8Array(bytes);
    return { payload: { fileName, bytes: copy, ...(password === undefined ? {} : { password }) }, transfer: [copy.buffer] };
  };
  const first = fresh();
  // NOTE: bounds the CPU a hostile or pathological file can take: a minute plus 2 s per MB.
  const timeoutMs = 60_000 + Math.ceil(bytes.byteLength / 1_048_576) * 2_000;
  let phase: ReadPhase = 'reading';
  return runTask(
    'readSource',
    first.payload,
    {
      transfer: first.transfer,
      // Stopped for memory beside another file: read again alone, from a new copy.
      again: fresh,
      label: fileName,
      timeoutMs,
      onProgress: (p) => {
        if ((p as { phase?: string }).phase === 'cleaning') {
          phase = 'cleaning';
          cleaning();
        }
      },
    },
  ).catch((err: unknown) => {
    throw readFailure(err, fileName, format, phase, timeoutMs);
  });
}

/** Per page OCR may take, on top of a minute for the whole (a page takes a few seconds on one core). */
const OCR_MS_PER_PAGE = 60_000;

/**
 * A PDF's pages whose words are not in the file, read by OCR in a worker (progress per page,
 * cancelled with the import). When OCR is off or fails, the pages are named in a note instead,
 * or the file refused when that is all it holds; a cancelled import stays cancelled.
 */
async function readUnreadPages(
  bytes: Buffer,
  fileName: string,
  read: ReadSourceResult,
  password: string | undefined,
  options: ImportOptions,
  progress: (phase: 'ocr' | 'cleaning', ocr?: { done: number; pages: number }) => void,
): Promise<ReadSourceResult> {
  const unread = read.unread!;
  const settle = (why: string): ReadSourceResult => {
    const notes = unreadReport(fileName, unread, readPagesHaveText(read.originalText, unread), { tried: false, why });
    return { ...read, notes: [...read.notes, ...notes] };
  };
  if (options.ocr === false) return settle('');
  const pages = unread.imagePages.length + unread.undecodablePages.length;
  const fresh = () => {
    const copy = new Uint8Array(bytes);
    return { payload: { fileName, bytes: copy, read, ...(password === undefined ? {} : { password }) }, transfer: [copy.buffer] };
  };
  const first = fresh();
  try {
    return await runTask(
      'ocrSource',
      first.payload,
      {
        transfer: first.transfer,
        again: fresh,
        label: fileName,
        ...(options.signal ? { signal: options.signal } : {}),
        timeoutMs: 60_000 + pages * OCR_MS_PER_PAGE,
        onProgress: (p) => {
          const { phase, done, pages: of } = p as { phase?: string; done?: number; pages?: number };
          if (phase === 'ocr' && typeof done === 'number' && typeof of === 'number') progress('ocr', { done, pages: of });
        },
      },
    );
  } catch (err) {
    const code = (err as { code?: string }).code;
    // Cancelled, or refused in words (no page could be read, even by OCR): that is the outcome.
    if (code === 'CANCELLED' || code === 'PDF_SCANNED' || code === 'PDF_UNDECODABLE') throw err;
    // The engine failed (it could not start, the worker ran out of time or memory): the file's
    // other pages still go in, and the unread ones are named.
    return settle(`OCR failed: ${(err as { message?: string }).message?.replace(/^[^:]*: /, '') ?? 'unknown error'}`);
  }
}

function unreadable(file: string, err: unknown): AttacheError {
  const code = (err as { code?: string }).code;
  const why =
    code === 'ENOENT' ? 'it no longer exists where it was' : code === 'EACCES' || code === 'EPERM' ? 'Attaché is not allowed to read it' : 'it could not be read';
  return new AttacheError('FILE_UNREADABLE', `${file}: ${why}. Check the file and try again.`, { file, cause: err });
}

function megabytes(n: number): string {
  return n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

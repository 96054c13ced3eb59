// What the analyst is told when a file's reader worker was stopped (its time ran out) or died
// (out of memory, a crash): the file, the phase it was in (reading or cleaning: the pool only
// knows the task, so it used to say "reading" either way), and a code to act on instead of
// INTERNAL.
import { AttacheError, type ErrorCode } from '../../core/errors';
import type { SourceFormat } from '../../core/model';
import { memoryOverrun, type MemoryDetail } from '../workers/workerPool';

export type ReadPhase = 'reading' | 'cleaning' | 'extracting';

const PHASE_WORDS: Readonly<Record<ReadPhase, string>> = {
  reading: 'reading the file',
  cleaning: 'cleaning its text',
  extracting: 'extracting its facts',
};

const ADVICE = 'The file may be too large or too intricate; split it, or save it again in a simpler form (plain text or PDF), and import that.';

/** The pool's timeout or crash for one file, retold; any other error is given back unchanged. */
/**
 * `timeoutMs` undefined: the task ran under the pool's own limit, read from the pool's message.
 * `format` null: not a reader's failure (extraction), so never a damaged PDF.
 */
export function readFailure(err: unknown, fileName: string, format: SourceFormat | null, phase: ReadPhase, timeoutMs?: number): unknown {
  const detail = (err as AttacheError | undefined)?.detail as Partial<Omit<MemoryDetail, 'reason'>> & { reason?: string } | undefined;
  if (err instanceof AttacheError && err.code === 'OUT_OF_MEMORY' && detail?.reason === 'memory' && detail.running === 1) {
    // The pool's own words say "reading it" whatever the task was: the phase is known here.
    return new AttacheError('OUT_OF_MEMORY', `${fileName}: ${PHASE_WORDS[phase]} ${memoryOverrun({ ...detail, reason: 'memory', running: 1 })} and was stopped. ${ADVICE} Other files are not affected.`, {
      file: fileName,
      detail: { ...detail, phase },
    });
  }
  if (!(err instanceof AttacheError) || err.code !== 'INTERNAL' || !detail?.reason) return err;
  // NOTE: a PDF that stalls pdf.js is nearly always a damaged one (a page tree that loops);
  // other formats stall or run out of memory because they are too big or too intricate.
  const code: ErrorCode = format === 'pdf' && phase === 'reading' ? 'PDF_DAMAGED' : 'FILE_TOO_COMPLEX';
  const doing = PHASE_WORDS[phase];
  const cause = err.message.match(/\(([^)]*)\)/)?.[1] ?? '';
  const limitMs = timeoutMs ?? Number(/took longer than (\d+) s/.exec(err.message)?.[1] ?? 0) * 1000;
  const why =
    detail.reason === 'timeout'
      ? `${doing} took longer than ${Math.round(limitMs / 1000)} s and was stopped`
      : /memory/i.test(cause)
        ? `${doing} needed more memory than Attaché allows one file and was stopped`
        : `the reader stopped unexpectedly while ${doing}${cause ? ` (${cause})` : ''}`;
  const advice = code === 'PDF_DAMAGED' ? 'The PDF may be damaged; open it in a PDF viewer, save or print it to a new PDF, and import that.' : ADVICE;
  return new AttacheError(code, `${fileName}: ${why}. ${advice} Other files are not affected.`, {
    file: fileName,
    detail: { ...detail, phase },
  });
}

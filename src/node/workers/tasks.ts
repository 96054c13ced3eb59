// The work that runs off the main thread, by name. A plain map: add a task by adding an entry
// (payload in, result out; both must survive structured cloning). Reading and cleaning (with eld's
// n-gram tables, about 150 ms of CPU to load) are imported when a worker first reads a file,
// each reader when a file of its kind comes (readSource.ts), the exporters (pdfkit with its
// fonts, docx) when an export first runs: a worker that only extracts or groups loads none.
import type { OcrSourcePayload, ReadSourcePayload } from '../ingest/readSource';
import type { TaskContext, TaskFn } from './taskProtocol';
import { extractSource, type ExtractInput } from '../../core/extract';
import { groupTask, type GroupPayload } from './verifyTask';
import type { ExportPdfPayload } from '../pdf';
import type { ExportDocxPayload } from '../docx';

export const tasks = {
  /** Reads one file's bytes in its format and cleans the text. */
  readSource: async (payload: ReadSourcePayload, ctx: TaskContext) => (await import('../ingest/readSource')).readSource(payload, (phase) => ctx.progress({ phase })),
  /** OCRs the pages readSource could not read (scans, undecodable text) and cleans the whole again. */
  ocrSource: async (payload: OcrSourcePayload, ctx: TaskContext) => (await import('../ingest/readSource')).ocrSource(payload, (p) => ctx.progress({ phase: 'ocr', ...p })),
  /** Facts of one source's cleaned text, with a note for each bound that acted (core/extract/limits.ts). */
  extract: async (payload: ExtractInput) => extractSource(payload),
  /** Corroborations and conflicts over every fact of a project, from its index kept in the worker (see verifyTask.ts). */
  group: async (payload: GroupPayload) => groupTask(payload),
  /** Lays out and writes the brief's PDF; refuses when the integrity check fails. */
  exportPdf: async (payload: ExportPdfPayload) => (await import('../pdf')).exportBriefPdf(payload),
  /** Lays out and writes the brief as a Word document; refuses what the PDF refuses. */
  exportDocx: async (payload: ExportDocxPayload) => (await import('../docx')).exportBriefDocx(payload),
} satisfies Record<string, TaskFn>;

export type TaskName = keyof typeof tasks;
export type TaskPayload<N extends TaskName> = Parameters<(typeof tasks)[N]>[0];
export type TaskResult<N extends TaskName> = Awaited<ReturnType<(typeof tasks)[N]>>;

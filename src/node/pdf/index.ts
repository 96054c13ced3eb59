// Exports a brief as a PDF: integrity check, layout as data (src/core/brief), drawing with
// pdfkit, and an atomic write so a failed export never leaves half a file behind: the PDF is
// written to `.<name>.<pid>.<seq>.<hex>.part`, fsynced, renamed over the target, and the folder
// fsynced. A `.part` a killed export left is removed by the next export to the same name (and by
// the next open of a project in that folder), once its process is gone.
import { createWriteStream } from 'node:fs';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { briefLayout, checkBriefIntegrity, type BriefInput, type FrontMatter } from '../../core/brief';
import { AttacheError } from '../../core/errors';
import { partWriterOf, processAlive, syncFolder, tempNameFor } from '../store/atomicWrite';
import { crashPoint } from '../store/crashPoint';
import type { Brief } from '../../core/model';
import { BriefWriter } from './briefWriter';
import { FontChain, type PdfDoc } from './fontChain';
import { fontsFolder } from './fontsFolder';
import { drawFrames, MARGIN, PAPER_SIZE, type Paper } from './pageFrame';

export { fontsFolder } from './fontsFolder';

export interface ExportPdfPayload {
  brief: Brief;
  input: BriefInput;
  outPath: string;
  options: { paper: Paper; pdfa?: boolean; allowUnverified?: boolean; deterministic?: boolean; marking?: string; frontMatter?: FrontMatter };
}

/** The date a deterministic export carries: the brief's own date, so the bytes depend on content only. */
function fixedDate(brief: Brief): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(brief.date);
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : new Date(NaN);
  return Number.isNaN(date.getTime()) ? new Date('2000-01-01T00:00:00Z') : date;
}

export async function exportBriefPdf(payload: ExportPdfPayload): Promise<{ pages: number; citations: number }> {
  const { brief, input, outPath, options } = payload;
  // The override covers the analyst's own unfinished work, never a quote its source does not hold.
  const problems = checkBriefIntegrity(brief, input).filter((p) => !options.allowUnverified || !p.overridable);
  if (problems.length > 0) {
    throw new AttacheError(
      'BRIEF_INTEGRITY',
      `${basename(outPath)} was not written: the integrity check lists ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}.\n` +
        problems.map((p) => `- ${p.message}`).join('\n'),
      { file: outPath, detail: problems },
    );
  }
  const folder = dirname(outPath);
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AttacheError('EXPORT_FAILED', `${outPath}: the folder ${folder} does not exist; choose another place to save the PDF.`, { file: outPath });
  }

  const layout = briefLayout(brief, input, { marking: options.marking, allowUnverified: options.allowUnverified, frontMatter: options.frontMatter });
  const when = options.deterministic ? fixedDate(brief) : new Date();
  const paper = PAPER_SIZE[options.paper] ?? PAPER_SIZE.A4;
  const doc: PdfDoc = new PDFDocument({
    size: [paper[0], paper[1]],
    margins: { ...MARGIN },
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en',
    displayTitle: true,
    ...(options.pdfa ? { subset: 'PDF/A-2b' as const } : {}),
    info: {
      Title: layout.metadata.title,
      Author: layout.metadata.author || 'Attaché',
      Subject: layout.metadata.subject,
      Keywords: layout.metadata.keywords.join(', '),
      Creator: 'Attaché',
      Producer: 'Attaché (PDFKit)',
      CreationDate: when,
      ModDate: when,
    },
  });

  await removeDeadParts(outPath);
  const temp = tempNameFor(outPath, 'part');
  const out = createWriteStream(temp);
  const written = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  try {
    const fonts = new FontChain(doc, fontsFolder());
    new BriefWriter(doc, fonts).write(layout);
    drawFrames(doc, fonts, layout.cover.marking, layout.cover.title);
    const pages = doc.bufferedPageRange().count;
    doc.end();
    await written;
    await syncFile(temp);
    crashPoint();
    await rename(temp, outPath);
    crashPoint();
    await syncFolder(folder);
    return { pages, citations: layout.citations };
  } catch (error) {
    out.destroy();
    await unlink(temp).catch(() => undefined);
    if (error instanceof AttacheError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AttacheError('EXPORT_FAILED', `${outPath}: the PDF could not be written (${reason}); check the folder is writable and has space.`, {
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

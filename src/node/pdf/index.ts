// Exports a brief as a PDF: integrity check, layout as data (src/core/brief), drawing with
// pdfkit, and an atomic write (src/node/export) so a failed export never leaves half a file behind.
import { createWriteStream } from 'node:fs';
import PDFDocument from 'pdfkit';
import { briefLayout, type BriefInput, type FrontMatter } from '../../core/brief';
import type { Brief } from '../../core/model';
import { refuseUnlessExportable, requireFolder, writeAtomically } from '../export/briefExport';
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
export function fixedDate(brief: Brief): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(brief.date);
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : new Date(NaN);
  return Number.isNaN(date.getTime()) ? new Date('2000-01-01T00:00:00Z') : date;
}

export async function exportBriefPdf(payload: ExportPdfPayload): Promise<{ pages: number; citations: number }> {
  const { brief, input, outPath, options } = payload;
  refuseUnlessExportable(brief, input, outPath, options.allowUnverified);
  await requireFolder(outPath, 'PDF');

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

  return writeAtomically(outPath, 'PDF', async (temp) => {
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
      return { pages, citations: layout.citations };
    } catch (error) {
      out.destroy();
      throw error;
    }
  });
}

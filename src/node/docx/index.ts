// Exports a brief as a Word document: the same integrity check and override as the PDF, the
// same layout as data (src/core/brief), the document built with the `docx` package, and the same
// atomic write (src/node/export).
import { writeFile } from 'node:fs/promises';
import { Packer } from 'docx';
import { briefLayout, type BriefInput, type FrontMatter } from '../../core/brief';
import type { Brief } from '../../core/model';
import { refuseUnlessExportable, requireFolder, writeAtomically } from '../export/briefExport';
import type { Paper } from '../pdf/pageFrame';
import { briefDocument } from './briefDocument';

export interface ExportDocxPayload {
  brief: Brief;
  input: BriefInput;
  outPath: string;
  options: { paper: Paper; allowUnverified?: boolean; marking?: string; frontMatter?: FrontMatter };
}

export async function exportBriefDocx(payload: ExportDocxPayload): Promise<{ bytes: number; citations: number }> {
  const { brief, input, outPath, options } = payload;
  refuseUnlessExportable(brief, input, outPath, options.allowUnverified);
  await requireFolder(outPath, 'DOCX');
  const layout = briefLayout(brief, input, { marking: options.marking, allowUnverified: options.allowUnverified, frontMatter: options.frontMatter });
  return writeAtomically(outPath, 'DOCX', async (temp) => {
    const bytes = await Packer.toBuffer(briefDocument(layout, { paper: options.paper }));
    await writeFile(temp, bytes);
    return { bytes: bytes.length, citations: layout.citations };
  });
}

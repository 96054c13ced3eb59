// Paper sizes, margins and the running header and footer (the marking on every page, "page X of
// Y"), drawn after layout because the total is only known then.
import type { FontChain } from './fontChain';
import { drawText } from './drawText';
import { drawRuns, flowText } from './textFlow';
import type { PdfDoc } from './fontChain';

export type Paper = 'A4' | 'Letter';

export const PAPER_SIZE: Record<Paper, readonly [number, number]> = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
};

export const MARGIN = { top: 78, bottom: 78, left: 66, right: 66 } as const;

export const INK = { text: '#1a1a1a', muted: '#555555', link: '#1f4e8c', marking: '#8b0000', rule: '#9a9a9a', warn: '#b00020' } as const;

export function drawFrames(doc: PdfDoc, fonts: FontChain, marking: string, title: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    doc.markContent('Artifact', { type: 'Pagination' });
    drawCentered(doc, fonts, marking, width, 34);
    drawCentered(doc, fonts, marking, width, height - 26);
    doc.save().lineWidth(0.5).strokeColor(INK.rule);
    doc.moveTo(MARGIN.left, 50).lineTo(width - MARGIN.right, 50).stroke();
    doc.moveTo(MARGIN.left, height - 58).lineTo(width - MARGIN.right, height - 58).stroke();
    doc.restore();
    const pageLabel = `Page ${i - range.start + 1} of ${range.count}`;
    drawAt(doc, fonts, pageLabel, width - MARGIN.right - fonts.width(pageLabel, 'serif', 8), height - 45, 8, INK.muted);
    if (i > range.start) drawAt(doc, fonts, clip(fonts, title, width / 2 - MARGIN.left - 40), MARGIN.left, height - 45, 8, INK.muted);
    doc.endMarkedContent();
  }
}

function clip(fonts: FontChain, text: string, maxWidth: number): string {
  if (fonts.width(text, 'serif', 8) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && fonts.width(`${cut}…`, 'serif', 8) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function drawCentered(doc: PdfDoc, fonts: FontChain, text: string, pageWidth: number, baseline: number): void {
  const lines = flowText(fonts, [{ text, style: 'bold', size: 9, color: INK.marking }], pageWidth - MARGIN.left - MARGIN.right);
  const line = lines[0];
  if (!line) return;
  for (const run of drawRuns(line, (pageWidth - line.width) / 2)) {
    drawText(doc, run.text, run.font, run.size, run.color, run.x, baseline, run.width);
  }
}

function drawAt(doc: PdfDoc, fonts: FontChain, text: string, x: number, baseline: number, size: number, color: string): void {
  const line = flowText(fonts, [{ text, style: 'regular', size, color }], 10_000)[0];
  if (!line) return;
  for (const run of drawRuns(line, x)) {
    drawText(doc, run.text, run.font, run.size, run.color, run.x, baseline, run.width);
  }
}

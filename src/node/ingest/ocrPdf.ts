// OCR of a PDF's scanned or undecodable pages, offline: each page is rendered by pdf.js onto a
// @napi-rs/canvas bitmap and read by tesseract.js, whose English data ships in the npm package
// @tesseract.js-data/eng. Every path the engine loads from (its worker script, its WebAssembly
// core, its language data) is a file under node_modules, and its cache is off, so it never
// fetches anything and never writes a traineddata file into the working folder.
// Runs inside a pool worker (tesseract.js starts one more thread of its own); cancelling the
// task terminates that worker, and with it the engine's thread.
import { createCanvas } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AttacheError } from '../../core/errors';
import type { OcrPage } from '../../core/model';

const require = createRequire(import.meta.url);

/** Rendering scale: 72 dpi × 4 ≈ 300 dpi, the resolution Tesseract is trained for. */
const RENDER_SCALE = 4;
/**
 * A page larger than this many pixels is rendered smaller: an A4 page at 300 dpi is 8.7 million;
 * a poster-sized page would otherwise take gigabytes (4 bytes a pixel, and the engine's copies).
 */
const MAX_PIXELS = 12_000_000;

/** Where the engine's files are: all inside node_modules, none fetched. */
export function ocrPaths(): { langPath: string; workerPath: string; corePath: string } {
  const eng = require('@tesseract.js-data/eng') as { langPath: string };
  return {
    // The LSTM-only ("best_int") data beside the default folder: a quarter of the size, and all LSTM_ONLY uses.
    langPath: join(dirname(eng.langPath), '4.0.0_best_int'),
    workerPath: join(dirname(require.resolve('tesseract.js')), 'worker-script', 'node', 'index.js'),
    corePath: dirname(require.resolve('tesseract.js-core/package.json')),
  };
}

export interface OcrProgress {
  /** Pages done so far, of `pages`. */
  done: number;
  pages: number;
}

export interface OcrPageText extends OcrPage {
  lines: string[];
}

/** The words of the given pages (1-based numbers) by OCR, with tesseract's mean confidence per page. */
export async function ocrPdfPages(
  bytes: Uint8Array,
  fileName: string,
  pages: readonly number[],
  options: { password?: string; onProgress?: (p: OcrProgress) => void } = {},
): Promise<OcrPageText[]> {
  const lib: typeof PdfJsModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfRoot = dirname(require.resolve('pdfjs-dist/package.json'));
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    password: options.password,
    isEvalSupported: false,
    // NOTE: fonts are drawn from their glyph outlines (no system fonts, no font loading):
    // undecodable text still has the right shapes, which is all OCR needs.
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: join(pdfRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfRoot, 'standard_fonts') + '/',
  });
  const doc = await task.promise;
  const { createWorker, OEM } = await import('tesseract.js');
  const paths = ocrPaths();
  // cacheMethod 'none': read the data from langPath every time, never write a copy to the cwd.
  // Started at the first page with ink on it: a file of blank pictures never pays for it.
  let engine: Awaited<ReturnType<typeof createWorker>> | null = null;
  const start = () =>
    createWorker('eng', OEM.LSTM_ONLY, { ...paths, gzip: true, cacheMethod: 'none' }).catch((err: unknown) => {
      throw new AttacheError('OCR_FAILED', `${fileName}: the OCR engine could not start (${errorText(err)}).`, { file: fileName, cause: err });
    });
  const out: OcrPageText[] = [];
  try {
    options.onProgress?.({ done: 0, pages: pages.length });
    for (const n of pages) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const scale = Math.min(RENDER_SCALE, Math.sqrt(MAX_PIXELS / Math.max(1, base.width * base.height)));
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      // A white page first: a scan's transparent background would read as black.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
      page.cleanup();
      if (inkShare(context.getImageData(0, 0, canvas.width, canvas.height).data) < MIN_INK) {
        // A blank page (or one white picture): nothing to read, and no second of the engine's spent on it.
        out.push({ page: n, confidence: 0, lines: [] });
        options.onProgress?.({ done: out.length, pages: pages.length });
        continue;
      }
      const png = canvas.toBuffer('image/png');
      engine ??= await start();
      const { data } = await engine.recognize(png).catch((err: unknown) => {
        throw new AttacheError('OCR_FAILED', `${fileName}: OCR failed on page ${n} (${errorText(err)}).`, { file: fileName, cause: err });
      });
      const lines = data.text
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''));
      out.push({ page: n, confidence: Math.round(Math.max(0, Math.min(100, data.confidence)) * 10) / 10, lines });
      options.onProgress?.({ done: out.length, pages: pages.length });
    }
    return out;
  } finally {
    await engine?.terminate().catch(() => undefined);
    await doc.destroy().catch(() => undefined);
  }
}

/** Puts each OCR'd page's lines in place of what the reader found on it (a PDF's pages open with a "\f" line). */
export function withOcrText(originalText: string, ocr: readonly OcrPageText[]): string {
  const byPage = new Map(ocr.map((p) => [p.page, p.lines]));
  const out: string[] = [];
  let page = 0;
  let skipping = false;
  for (const line of originalText.split('\n')) {
    if (line === '\f') {
      page++;
      out.push(line);
      const lines = byPage.get(page);
      skipping = lines !== undefined;
      if (lines) out.push(...lines);
      continue;
    }
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

/** Below this share of dark pixels a rendered page holds no writing (the corpus's scan of one word, "pdf.js", inks more). */
const MIN_INK = 0.0002;

/** The share of pixels darker than mid-grey, sampling every 7th (RGBA bytes). */
function inkShare(rgba: Uint8ClampedArray): number {
  let dark = 0;
  let seen = 0;
  for (let i = 0; i + 2 < rgba.length; i += 4 * 7) {
    seen++;
    if (rgba[i]! * 0.299 + rgba[i + 1]! * 0.587 + rgba[i + 2]! * 0.114 < 128) dark++;
  }
  return seen === 0 ? 0 : dark / seen;
}

function errorText(err: unknown): string {
  return typeof err === 'string' ? err : ((err as { message?: string })?.message ?? String(err));
}

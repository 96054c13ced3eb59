// Reads a written DOCX back as Word and LibreOffice would meet it: its XML parts unzipped with
// yauzl, and (where LibreOffice is installed) the PDF LibreOffice makes of it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fromBuffer, type Entry } from 'yauzl';
import { FONT_FILES, fontsFolder } from '../../../../src/node/pdf/fontsFolder';

/** Every part of the package, by its name in the zip, as text. */
export function docxParts(file: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(readFileSync(file), { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const parts = new Map<string, string>();
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(parts));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The text a part's runs hold (w:t), with XML entities read back, one paragraph a line. */
export function partText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function libreOffice(): string | null {
  for (const name of ['libreoffice', 'soffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

/**
 * Converts with `libreoffice --headless --convert-to pdf` in a profile of its own (so a running
 * LibreOffice of the user's is not in the way), with Attaché's Noto Sans JP among its fonts so
 * Japanese names are drawn, not boxed, on a machine without a CJK font. Returns the PDF's path.
 */
export function convertToPdf(program: string, docx: string): string {
  const work = mkdtempSync(join(tmpdir(), 'attache-lo-'));
  const fonts = join(work, 'profile', 'user', 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const font of [FONT_FILES.jp, FONT_FILES.jpBold]) copyFileSync(join(fontsFolder(), font), join(fonts, font));
  const run = spawnSync(program, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const pdf = join(work, basename(docx).replace(/\.docx$/i, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docx} (status ${run.status}): ${run.stderr}`);
  return pdf;
}

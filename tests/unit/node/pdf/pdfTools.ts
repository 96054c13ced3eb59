// Reads a written PDF back with poppler and qpdf, as a reader's tools would.
import { execFileSync, spawnSync } from 'node:child_process';

export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

export function pdfFonts(file: string): Array<{ name: string; emb: string }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID; the type may hold spaces, so read from the right.
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0]!, emb: cols[cols.length - 5]! };
  });
}

export function qpdfCheck(file: string): { status: number; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}

export function qpdfJson(file: string): { outlines: Array<{ title: string }>; objects: Record<string, unknown> } {
  const json = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as {
    outlines: Array<{ title: string }>;
    qpdf: [unknown, Record<string, unknown>];
  };
  return { outlines: json.outlines, objects: json.qpdf[1] };
}

export interface Word {
  text: string;
  height: number;
  page: number;
}

/** Words with their heights: a superscript citation is a short numeric word. */
export function pdfWords(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ text: m[3]!, height: Number(m[2]) - Number(m[1]), page });
  }
  return words;
}

export function pageSize(file: string): string {
  return pdfInfo(file)['Page size'] ?? '';
}

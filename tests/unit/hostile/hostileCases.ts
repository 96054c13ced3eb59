// The hostile suite's files, generated (nothing here is checked in as bytes): bad, tricky and
// hostile inputs of every format the readers accept, in several sizes and seeds, and a few good
// files of real text that must come through any batch with their facts. Issue 12, "Done when".
// Every case is made the same way on every run (seeded), so a failure names a case that can be
// made again from its id.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import type { ErrorCode } from '../../../src/core/errors';
import { craftPdf, textContent } from '../node/ingest/craftPdf';
import { fixturePdf } from '../node/ingest/pdfFixtures';
import { buildZip, docxParts, type ZipEntryInput } from '../node/ingest/zipBuilder';
import { pick, randomBytes, seeded, type Random } from './random';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export type CaseKind = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'name' | 'other';

export interface HostileCase {
  /** Stable and unique: what the short setting samples by, and what a failure names. */
  id: string;
  kind: CaseKind;
  /** The file's name on disk (some are hostile themselves: a newline, an escape, an override). */
  fileName: string;
  make: () => Buffer | Promise<Buffer>;
  /** Real text: it must be added, with facts, alone and in any batch. */
  good?: boolean;
  /** What the file must end in, when that is known for sure: added, or refused with one of these codes. */
  expect?: 'added' | readonly ErrorCode[];
  /** Runs OCR (seconds a page): a few cases only, and in the long setting only. */
  ocr?: boolean;
  /**
   * A failure that is known and not a reader's: the cause, and who fixes it. Such a case runs in
   * the long setting only, where it is reported instead of asserted, until the fix lands.
   */
  known?: string;
  /** Big to make or to read: the long setting only. */
  heavy?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Real text to build good files and to bury hostile bytes in.

const SAMPLE_FILES = ['000_19294e9bd6d6b0dc.txt', '001_4e6e06b261fcc8c0.txt', '002_21c97565a188d712.txt', '003_436ffd394aaf67b1.txt', '004_42533ce60c9ed3a3.txt'];
const UNSEEN_FILES = ['e1-feature.txt', 'e1-release.txt', 'e1-wire.txt', 'e2-feature.txt', 'e2-release.txt', 'e2-wire.txt', 'e3-feature.txt', 'e3-release.txt', 'e3-wire.txt'];

const sampleText = (file: string) => readFileSync(join(root, 'resources/samples', file), 'utf8');
const unseenText = (file: string) => readFileSync(join(root, 'tests/fixtures/unseen', file), 'utf8');

/** Paragraphs of real news text (the bundled samples), for good files and as filler. */
function paragraphs(): string[] {
  return SAMPLE_FILES.flatMap((f) => sampleText(f).split('\n')).filter((p) => p.trim().length > 40);
}

const WORDS = ['minister', 'trade', 'agreement', 'signed', 'Hanoi', 'Tokyo', 'delegation', 'percent', 'billion', 'talks', 'visit', 'summit', 'partnership', 'investment', 'said', 'on', 'the', 'of', 'and', 'in'];

function words(random: Random, count: number, separator = ' '): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(random, WORDS));
  return out.join(separator);
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------------------------------------
// PDFs

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((done) => doc.on('end', () => done(Buffer.concat(chunks))));
}

/** A text PDF of real paragraphs (Helvetica), optionally encrypted. */
async function textPdf(text: string, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { CreationDate: new Date(Date.UTC(2025, 3, 27)) }, ...options });
  const done = collect(doc);
  doc.font('Helvetica').fontSize(11).text(text);
  doc.end();
  return done;
}

/** Objects of a page tree for craftPdf: a catalog (1), the tree root (2), pages after. */
function pagesPdf(pageCount: number, contents: (n: number) => string): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  const kids: string[] = [];
  const pageObjects: string[] = [];
  const font = 3;
  objects.push(''); // 2: filled below
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (let n = 0; n < pageCount; n++) {
    const pageId = 4 + n * 2;
    kids.push(`${pageId} 0 R`);
    pageObjects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${pageId + 1} 0 R >>`,
      contents(n),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pageCount} >>`;
  return Buffer.from(craftPdf([...objects, ...pageObjects]));
}

const pdfString = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, ' ');

/** A page of many short text runs (one Tj each): a content stream that is long but shallow. */
function manyRunsContent(random: Random, runs: number): string {
  const parts: string[] = ['BT /F1 10 Tf 40 800 Td'];
  for (let i = 0; i < runs; i++) parts.push(`(${pdfString(words(random, 3))} ) Tj${i % 12 === 11 ? ' 0 -12 Td' : ''}`);
  parts.push('ET');
  const stream = parts.join('\n');
  return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
}

/** A content stream compressed so that a few KB inflate to `mb` MB (a flate bomb inside a PDF). */
function flateBombContent(mb: number): string {
  const raw = Buffer.alloc(mb * 1_048_576, 0x20);
  const packed = deflateSync(raw, { level: 9 });
  return `<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n${packed.toString('latin1')}\nendstream`;
}

// ---------------------------------------------------------------------------------------------
// DOCX

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

function docx(paragraphTexts: readonly string[]): Buffer {
  return buildZip(docxParts(paragraphTexts.map(escapeHtml)));
}

/** A DOCX whose document.xml is given whole (broken XML, entity expansion, deep nesting). */
function docxWithDocument(document: string | Buffer, extra: ZipEntryInput[] = [], declaredSize?: number): Buffer {
  const [types, rels] = docxParts([]);
  return buildZip([types!, rels!, { name: 'word/document.xml', data: Buffer.isBuffer(document) ? document : utf8(document), ...(declaredSize === undefined ? {} : { declaredSize }) }, ...extra]);
}

const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`;
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeHtml(text)}</w:t></w:r></w:p>`;

/** A DOCX with one picture part referenced `uses` times, and a media header that may lie. */
function docxWithPicture(uses: number, picture: Buffer, declaredSize?: number): Buffer {
  const drawing = `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}"><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const [types, rels] = docxParts([]);
  const contentTypes = types!.data.toString().replace('<Default Extension="xml"', '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"');
  const docRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`;
  return buildZip([
    { name: '[Content_Types].xml', data: utf8(contentTypes) },
    rels!,
    { name: 'word/document.xml', data: utf8(documentXml(para('The ministers met in Hanoi on Monday and signed a trade agreement.') + drawing.repeat(uses))) },
    { name: 'word/_rels/document.xml.rels', data: utf8(docRels) },
    { name: 'word/media/image1.png', data: picture, ...(declaredSize === undefined ? {} : { declaredSize }) },
  ]);
}

// ---------------------------------------------------------------------------------------------
// The cases

function build(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (c: HostileCase) => cases.push(c);
  const text = paragraphs();
  const article = text.slice(0, 12).join('\n\n');

  // Good files: real text in every format.
  for (const f of SAMPLE_FILES) add({ id: `good-sample-${f}`, kind: 'txt', fileName: `good-${f}`, good: true, expect: 'added', make: () => utf8(sampleText(f)) });
  for (const f of UNSEEN_FILES) add({ id: `good-unseen-${f}`, kind: 'txt', fileName: `good-unseen-${f}`, good: true, expect: 'added', make: () => utf8(unseenText(f)) });
  // Markdown as people write it: paragraphs apart by a blank line (one newline joins them).
  add({ id: 'good-md', kind: 'md', fileName: 'good-article.md', good: true, expect: 'added', make: () => utf8(`---\ntitle: Japan and Vietnam\ndate: 2025-04-27\n---\n\n# Japan and Vietnam\n\n${sampleText(SAMPLE_FILES[1]!).replace(/\n/g, '\n\n')}`) });
  add({ id: 'good-html', kind: 'html', fileName: 'good-article.html', good: true, expect: 'added', make: () => utf8(`<!doctype html><html><head><meta charset="utf-8"><title>Visit</title></head><body><nav><a href="/">Home</a></nav><article><h1>Visit</h1>${sampleText(SAMPLE_FILES[2]!).split('\n').filter(Boolean).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article><footer>© Outlet</footer></body></html>`) });
  add({ id: 'good-pdf', kind: 'pdf', fileName: 'good-article.pdf', good: true, expect: 'added', make: () => textPdf(sampleText(SAMPLE_FILES[3]!)) });
  add({ id: 'good-docx', kind: 'docx', fileName: 'good-article.docx', good: true, expect: 'added', make: () => docx(sampleText(SAMPLE_FILES[4]!).split('\n').filter(Boolean)) });

  // ---- plain text
  add({ id: 'txt-empty', kind: 'txt', fileName: 'empty.txt', expect: ['FILE_EMPTY'], make: () => Buffer.alloc(0) });
  add({ id: 'txt-whitespace', kind: 'txt', fileName: 'whitespace.txt', expect: ['FILE_EMPTY'], make: () => utf8(' \n\t\r\n   \f\n'.repeat(100)) });
  add({ id: 'txt-bom-only', kind: 'txt', fileName: 'bom-only.txt', expect: ['FILE_EMPTY'], make: () => Buffer.from([0xef, 0xbb, 0xbf]) });
  add({ id: 'txt-utf16le-bom-only', kind: 'txt', fileName: 'utf16-bom-only.txt', expect: ['FILE_EMPTY'], make: () => Buffer.from([0xff, 0xfe]) });
  for (const [size, seed] of [[1024, 1], [65_536, 2], [1_048_576, 3], [3 * 1_048_576, 4]] as const) {
    add({ id: `txt-binary-${size}`, kind: 'txt', fileName: `random-bytes-${size}.txt`, expect: ['FILE_BINARY', 'FILE_ENCODING'], make: () => randomBytes(seeded(seed), size) });
  }
  const MAGIC: Record<string, number[]> = {
    png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    elf: [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00],
    zip: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
    gzip: [0x1f, 0x8b, 0x08, 0x00],
    jpeg: [0xff, 0xd8, 0xff, 0xe0],
  };
  Object.entries(MAGIC).forEach(([kind, magic], k) =>
    add({ id: `txt-disguised-${kind}`, kind: 'txt', fileName: `really-a-${kind}.txt`, expect: ['FILE_BINARY', 'FILE_ENCODING'], make: () => Buffer.concat([Buffer.from(magic), randomBytes(seeded(10 + k), 20_000)]) }),
  );
  add({ id: 'txt-real-pdf', kind: 'txt', fileName: 'really-a-pdf.txt', make: () => textPdf(article) });
  add({ id: 'txt-real-docx', kind: 'txt', fileName: 'really-a-docx.txt', expect: ['FILE_BINARY', 'FILE_ENCODING'], make: () => docx(text.slice(0, 5)) });
  for (const [n, seed] of [[1, 20], [64, 21], [4096, 22]] as const) {
    add({ id: `txt-nul-every-${n}`, kind: 'txt', fileName: `nul-every-${n}.txt`, make: () => nulEvery(utf8(article), n, seeded(seed)) });
  }
  add({ id: 'txt-all-nul', kind: 'txt', fileName: 'all-nul.txt', expect: ['FILE_BINARY', 'FILE_EMPTY', 'FILE_ENCODING'], make: () => Buffer.alloc(100_000) });
  add({ id: 'txt-utf16le-nobom', kind: 'txt', fileName: 'utf16le-nobom.txt', expect: 'added', make: () => Buffer.from(article, 'utf16le') });
  add({ id: 'txt-utf16be-nobom', kind: 'txt', fileName: 'utf16be-nobom.txt', expect: 'added', make: () => Buffer.from(article, 'utf16le').swap16() });
  add({ id: 'txt-utf16le-bom', kind: 'txt', fileName: 'utf16le-bom.txt', expect: 'added', make: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text[3]! + '\n' + text[4]!, 'utf16le')]) });
  add({ id: 'txt-utf16be-bom', kind: 'txt', fileName: 'utf16be-bom.txt', expect: 'added', make: () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text[5]! + '\n' + text[6]!, 'utf16le').swap16()]) });
  add({ id: 'txt-utf16-odd-length', kind: 'txt', fileName: 'utf16-odd-length.txt', make: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text[7]!, 'utf16le'), Buffer.from([0x41])]) });
  add({ id: 'txt-utf32le', kind: 'txt', fileName: 'utf32le.txt', make: () => utf32le(text[8]!) });
  add({ id: 'txt-latin1', kind: 'txt', fileName: 'latin1.txt', expect: 'added', make: () => Buffer.from(`Le ministre a déclaré à Paris que l’accord était signé. ${text[0]}\nÉté, hôtel, naïve, façade: 46,2 millions d’euros.`.replace(/’/g, "'"), 'latin1') });
  for (const seed of [30, 31, 32]) {
    add({ id: `txt-mixed-encodings-${seed}`, kind: 'txt', fileName: `mixed-encodings-${seed}.txt`, make: () => mixedEncodings(text, seeded(seed), seed === 32) });
  }
  add({ id: 'txt-invalid-utf8', kind: 'txt', fileName: 'invalid-utf8.txt', make: () => Buffer.concat([utf8(text[1]!), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xed, 0xa0, 0x80]), utf8(` ${text[2]!}`)]) });
  add({ id: 'txt-lone-surrogates', kind: 'txt', fileName: 'lone-surrogates.txt', make: () => Buffer.concat([utf8(text[3]!), Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf]), utf8(text[4]!)]) });
  add({ id: 'txt-control-chars', kind: 'txt', fileName: 'control-chars.txt', make: () => utf8(text.slice(0, 6).map((p, i) => `${p}\u0007\u0008\u001b[2J\u001b[31m${i}\u001b[0m\u0085\u009b`).join('\n')) });
  add({ id: 'txt-rtl-overrides', kind: 'txt', fileName: 'rtl-overrides.txt', expect: 'added', make: () => utf8(text.slice(0, 6).map((p) => `\u202e${p}\u202c \u2066isolated\u2069 \u200f`).join('\n')) });
  add({ id: 'txt-zero-width', kind: 'txt', fileName: 'zero-width.txt', expect: 'added', make: () => utf8(article.replace(/ /g, ' \u200b\u200d\ufeff')) });
  add({ id: 'txt-cr-only', kind: 'txt', fileName: 'cr-only.txt', expect: 'added', make: () => utf8(article.replace(/\n/g, '\r')) });
  add({ id: 'txt-crlf', kind: 'txt', fileName: 'crlf.txt', expect: 'added', make: () => utf8(article.replace(/\n/g, '\r\n')) });
  add({ id: 'txt-form-feeds', kind: 'txt', fileName: 'form-feeds.txt', expect: 'added', make: () => utf8(article.replace(/\n\n/g, '\n\f\n')) });
  add({ id: 'txt-combining-marks', kind: 'txt', fileName: 'combining-marks.txt', make: () => utf8(`${text[0]}\n${'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308'.repeat(20_000)}\n${text[1]}`) });
  add({ id: 'txt-emoji-flood', kind: 'txt', fileName: 'emoji.txt', make: () => utf8(`${text[0]}\n${'👩‍👩‍👧‍👦🇻🇳🇯🇵'.repeat(30_000)}\n${text[1]}`) });
  // Long lines and long units: the extractor's caps are the "limits" branch's work.
  add({ id: 'txt-long-line-sentences-500k', kind: 'txt', fileName: 'long-line-of-sentences.txt', make: () => utf8(repeatTo(text.join(' '), 500_000)) });
  add({ id: 'txt-many-short-lines', kind: 'txt', fileName: 'many-short-lines.txt', make: () => utf8(Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? 'a' : 'ok')).join('\n')) });
  // Heavy: cleaning keeps some 540 bytes for each of its 1,000,000 lines (1 GB peak alone, in
  // src/core/clean), and in a batch the import worker's heap keeps that long after (limits branch).
  add({ id: 'txt-many-blank-lines', kind: 'txt', fileName: 'many-blank-lines.txt', heavy: true, make: () => utf8(`${text[0]}${'\n'.repeat(1_000_000)}${text[1]}`) });
  add({ id: 'txt-sentence-200k', kind: 'txt', fileName: 'sentence-200k.txt', make: () => utf8(longSentence(seeded(40), 200_000)) });
  add({ id: 'txt-word-1m', kind: 'txt', fileName: 'word-1m.txt', make: () => utf8('x'.repeat(1_048_576)) });
  add({ id: 'txt-numbers-100k', kind: 'txt', fileName: 'numbers-100k.txt', make: () => utf8(numberLine(seeded(41), 100_000)) });
  add({
    id: 'txt-sentence-2m',
    kind: 'txt',
    fileName: 'sentence-2m.txt',
    heavy: true,
    make: () => utf8(longSentence(seeded(42), 2 * 1_048_576)),
  });
  add({ id: 'txt-word-10m', kind: 'txt', fileName: 'word-10m.txt', heavy: true, make: () => utf8('w'.repeat(10 * 1_048_576)) });
  add({
    id: 'txt-numbers-1m',
    kind: 'txt',
    fileName: 'numbers-1m.txt',
    heavy: true,
    make: () => utf8(numberLine(seeded(43), 1_048_576)),
  });
  add({ id: 'txt-big-article-8m', kind: 'txt', fileName: 'big-article.txt', heavy: true, make: () => utf8(repeatTo(text.join('\n\n') + '\n\n', 8 * 1_048_576)) });

  // ---- file names that would forge or garble output
  const name = (id: string, fileName: string) => add({ id, kind: 'name', fileName, expect: 'added', make: () => utf8(`${text[9]}\n\n${text[10]}\n\n${id}`) });
  name('name-newline', 'line\nadded      forged.txt');
  name('name-ansi', 'ansi-\u001b[31mred\u001b[0m-\u001b[2K.txt');
  name('name-rtl-override', 'invoice-\u202efdp.exe\u202c.txt');
  name('name-carriage-return', 'cr\rfailed     x.txt');
  name('name-tab-and-bell', 'tab\tbell\u0007.txt');
  name('name-long', `${'long-name-'.repeat(24)}.txt`);
  name('name-unicode', 'Bộ Ngoại giao — 外務省 — وزارة.txt');
  name('name-leading-dash', '--json.txt');
  name('name-spaces', '  spaced   out  .txt');
  name('name-upper-ext', 'SHOUTING.TXT');
  name('name-double-ext', 'report.pdf.txt');

  // ---- Markdown
  // A whole article as one Markdown paragraph (its lines end in one newline, so CommonMark joins them).
  add({ id: 'md-single-newlines', kind: 'md', fileName: 'single-newlines.md', expect: 'added', make: () => utf8(`# A whole article as one paragraph\n\n${sampleText(SAMPLE_FILES[1]!)}`) });
  add({ id: 'md-empty', kind: 'md', fileName: 'empty.md', expect: ['FILE_EMPTY'], make: () => Buffer.alloc(0) });
  add({ id: 'md-front-matter-only', kind: 'md', fileName: 'front-matter-only.md', expect: ['FILE_EMPTY'], make: () => utf8('---\ntitle: Nothing else\ndate: 2025-04-27\n---\n') });
  add({ id: 'md-broken-front-matter', kind: 'md', fileName: 'broken-front-matter.md', make: () => utf8(`---\ntitle: [unclosed\ndate: {{{\n: : :\n---\n\n${article}`) });
  add({ id: 'md-unclosed-front-matter', kind: 'md', fileName: 'unclosed-front-matter.md', make: () => utf8(`---\ntitle: Never closed\n\n${article}`) });
  for (const depth of [1_000, 10_000, 50_000]) {
    add({ id: `md-blockquote-${depth}`, kind: 'md', fileName: `blockquote-${depth}.md`, heavy: depth > 10_000, make: () => utf8(`${'>'.repeat(depth)} ${text[0]}\n\n${text[1]}`) });
  }
  for (const depth of [500, 1_500]) {
    add({ id: `md-list-${depth}`, kind: 'md', fileName: `nested-list-${depth}.md`, heavy: depth > 500, make: () => utf8(Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${i % 50 === 0 ? text[i % text.length] : 'item'}`).join('\n')) });
  }
  add({ id: 'md-brackets-50k', kind: 'md', fileName: 'brackets.md', make: () => utf8(`${'['.repeat(50_000)}${text[0]}${']'.repeat(50_000)}`) });
  add({ id: 'md-emphasis-100k', kind: 'md', fileName: 'emphasis.md', make: () => utf8(`${text[0]} ${'*a _b '.repeat(50_000)}`) });
  add({ id: 'md-backticks', kind: 'md', fileName: 'backticks.md', make: () => utf8(Array.from({ length: 5_000 }, (_, i) => '`'.repeat(i % 40 + 1)).join(' ')) });
  add({ id: 'md-unclosed-fence', kind: 'md', fileName: 'unclosed-fence.md', make: () => utf8(`${text[0]}\n\n\`\`\`\n${repeatTo(text.join('\n'), 500_000)}`) });
  for (const [rows, cols] of [[2_000, 10], [20_000, 30]] as const) {
    add({ id: `md-table-${rows}x${cols}`, kind: 'md', fileName: `table-${rows}x${cols}.md`, heavy: rows > 2_000, make: () => utf8(mdTable(seeded(rows), rows, cols)) });
  }
  add({ id: 'md-footnotes-5k', kind: 'md', fileName: 'footnotes.md', make: () => utf8(`${Array.from({ length: 5_000 }, (_, i) => `Claim ${i}[^${i}].`).join(' ')}\n\n${Array.from({ length: 5_000 }, (_, i) => `[^${i}]: Note ${i} with [^${(i + 1) % 5_000}].`).join('\n')}`) });
  add({ id: 'md-links-20k', kind: 'md', fileName: 'links.md', make: () => utf8(Array.from({ length: 20_000 }, (_, i) => `[${WORDS[i % WORDS.length]}](https://example.invalid/${i} "t") <https://x.invalid/${i}>`).join(' ')) });
  add({ id: 'md-entities', kind: 'md', fileName: 'entities.md', make: () => utf8(`${text[0]} ${'&amp;&lt;&#x1F600;&#0;&#xD800;&nosuch;&#99999999; '.repeat(10_000)}`) });
  add({ id: 'md-raw-html', kind: 'md', fileName: 'raw-html.md', make: () => utf8(`<script>alert(1)</script>\n\n<div>${'<div>'.repeat(5_000)}\n\n${article}`) });
  add({ id: 'md-headings', kind: 'md', fileName: 'headings.md', make: () => utf8(Array.from({ length: 30_000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} ${words(seeded(i), 3)}`).join('\n')) });

  // ---- HTML
  for (const depth of [2_000, 20_000, 100_000]) {
    add({ id: `html-divs-${depth}`, kind: 'html', fileName: `divs-${depth}.html`, heavy: depth > 20_000, make: () => utf8(`<!doctype html><html><body>${'<div>'.repeat(depth)}<p>${escapeHtml(text[0]!)}</p><p>${escapeHtml(text[1]!)}</p>${'</div>'.repeat(depth)}</body></html>`) });
  }
  add({ id: 'html-divs-unclosed-20000', kind: 'html', fileName: 'divs-unclosed.html', make: () => utf8(`<html><body>${'<div><span>'.repeat(10_000)}${escapeHtml(article)}`) });
  add({ id: 'html-tables-nested-3000', kind: 'html', fileName: 'tables-nested.html', make: () => utf8(`<html><body>${'<table><tr><td>'.repeat(3_000)}${escapeHtml(text[0]!)}${'</td></tr></table>'.repeat(3_000)}<p>${escapeHtml(text[2]!)}</p></body></html>`) });
  add({ id: 'html-empty', kind: 'html', fileName: 'empty.html', expect: ['FILE_EMPTY'], make: () => Buffer.alloc(0) });
  add({ id: 'html-comment-only', kind: 'html', fileName: 'comment-only.html', expect: ['HTML_NO_TEXT', 'FILE_EMPTY'], make: () => utf8('<!-- nothing here -->') });
  add({ id: 'html-xml-decl-only', kind: 'html', fileName: 'xml-decl-only.html', expect: ['HTML_NO_TEXT', 'FILE_EMPTY'], make: () => utf8('<?xml version="1.0"?>') });
  add({ id: 'html-doctype-only', kind: 'html', fileName: 'doctype-only.html', expect: ['HTML_NO_TEXT', 'FILE_EMPTY'], make: () => utf8('<!DOCTYPE html>') });
  add({ id: 'html-scripts-only', kind: 'html', fileName: 'scripts-only.html', expect: ['HTML_NO_TEXT', 'FILE_EMPTY'], make: () => utf8(`<html><head><script>${'var a=1;'.repeat(10_000)}</script><style>p{}</style></head><body><script>document.write("x")</script></body></html>`) });
  add({ id: 'html-bare-text', kind: 'html', fileName: 'bare-text.html', expect: 'added', make: () => utf8(article) });
  add({ id: 'html-angle-soup', kind: 'html', fileName: 'angle-soup.html', make: () => utf8(`<<<>>><</>${'<a <b </c <!-- <![CDATA[ ]]> <? '.repeat(5_000)}${escapeHtml(text[0]!)}`) });
  add({ id: 'html-attribute-1m', kind: 'html', fileName: 'attribute-1m.html', make: () => utf8(`<html><body><p title="${'a'.repeat(1_048_576)}">${escapeHtml(text[0]!)}</p><p>${escapeHtml(text[1]!)}</p></body></html>`) });
  add({ id: 'html-entities-100k', kind: 'html', fileName: 'entities.html', make: () => utf8(`<html><body><p>${escapeHtml(text[0]!)} ${'&amp;&lt;&#x1F600;&#0;&nosuch;&#99999999;'.repeat(20_000)}</p></body></html>`) });
  add({ id: 'html-unclosed-p-50k', kind: 'html', fileName: 'unclosed-p.html', make: () => utf8(`<html><body>${Array.from({ length: 50_000 }, (_, i) => `<p>${WORDS[i % WORDS.length]}`).join('')}</body></html>`) });
  add({ id: 'html-one-paragraph-1m', kind: 'html', fileName: 'one-paragraph-1m.html', make: () => utf8(`<html><body><article><p>${escapeHtml(repeatTo(text.join(' '), 1_048_576))}</p></article></body></html>`) });
  add({ id: 'html-charset-1251', kind: 'html', fileName: 'charset-1251.html', make: () => Buffer.concat([utf8('<html><head><meta charset="windows-1251"></head><body><p>'), Buffer.from([0xcc, 0xe8, 0xed, 0xe8, 0xf1, 0xf2, 0xf0, 0x20, 0xe7, 0xe0, 0xff, 0xe2, 0xe8, 0xeb, 0x2e, 0x20]), utf8(`${escapeHtml(text[0]!)}</p></body></html>`)]) });
  add({ id: 'html-lying-charset', kind: 'html', fileName: 'lying-charset.html', make: () => Buffer.concat([utf8('<html><head><meta charset="shift_jis"><meta http-equiv="Content-Type" content="text/html; charset=utf-16"></head><body><p>'), utf8(`${text[0]} Bộ Ngoại giao</p></body></html>`)]) });
  add({ id: 'html-utf16le-nobom', kind: 'html', fileName: 'utf16le-nobom.html', make: () => Buffer.from(`<html><body><article><p>${escapeHtml(text[0]!)}</p><p>${escapeHtml(text[1]!)}</p></article></body></html>`, 'utf16le') });
  add({ id: 'html-binary', kind: 'html', fileName: 'binary.html', make: () => randomBytes(seeded(50), 50_000) });
  add({ id: 'html-svg-flood', kind: 'html', fileName: 'svg-flood.html', make: () => utf8(`<html><body><svg>${'<g><path d="M0 0L1 1"/>'.repeat(20_000)}${'</g>'.repeat(20_000)}</svg><p>${escapeHtml(text[0]!)}</p></body></html>`) });
  add({ id: 'html-iframes-images', kind: 'html', fileName: 'iframes-images.html', make: () => utf8(`<html><body>${'<img src="http://x.invalid/a.png" onerror="alert(1)"><iframe src="javascript:alert(1)"></iframe>'.repeat(5_000)}<p>${escapeHtml(text[0]!)}</p></body></html>`) });
  add({ id: 'html-xhtml-broken', kind: 'html', fileName: 'broken.xhtml', make: () => utf8(`<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><html xmlns="http://www.w3.org/1999/xhtml"><body><p>&c;&c; ${escapeHtml(text[0]!)}</p><p>unclosed</body>`) });
  add({ id: 'html-template-noscript', kind: 'html', fileName: 'template.html', make: () => utf8(`<html><body><template>${escapeHtml(article)}</template><noscript>${escapeHtml(text[3]!)}</noscript><p>${escapeHtml(text[4]!)}</p></body></html>`) });
  add({ id: 'html-table-huge', kind: 'html', fileName: 'table-huge.html', make: () => utf8(`<html><body><table>${Array.from({ length: 5_000 }, (_, r) => `<tr>${Array.from({ length: 12 }, (_, c) => `<td>${r * 12 + c}.5%</td>`).join('')}</tr>`).join('')}</table></body></html>`) });

  // ---- PDF
  for (const [cut, seed] of [[0.1, 60], [0.5, 61], [0.9, 62], [0.99, 63]] as const) {
    add({ id: `pdf-truncated-${cut}`, kind: 'pdf', fileName: `truncated-${Math.round(cut * 100)}.pdf`, make: async () => truncated(await textPdf(text.slice(seed - 60, seed - 50).join('\n\n')), cut) });
  }
  add({ id: 'pdf-header-only', kind: 'pdf', fileName: 'header-only.pdf', expect: ['PDF_DAMAGED', 'FILE_EMPTY'], make: () => utf8('%PDF-1.7\n') });
  for (const [size, seed] of [[1_000, 70], [100_000, 71], [2_000_000, 72]] as const) {
    add({ id: `pdf-garbage-${size}`, kind: 'pdf', fileName: `garbage-${size}.pdf`, expect: ['PDF_DAMAGED', 'FILE_EMPTY'], make: () => Buffer.concat([utf8('%PDF-1.4\n'), randomBytes(seeded(seed), size)]) });
  }
  add({ id: 'pdf-no-header', kind: 'pdf', fileName: 'not-a-pdf.pdf', expect: ['PDF_DAMAGED', 'FILE_EMPTY'], make: () => utf8(`<html><body>${article}</body></html>`) });
  add({ id: 'pdf-page-loop-self', kind: 'pdf', fileName: 'page-loop-self.pdf', expect: ['PDF_PAGE_LOOP', 'PDF_DAMAGED'], make: () => Buffer.from(craftPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>'])) });
  add({
    id: 'pdf-page-loop-pair',
    kind: 'pdf',
    fileName: 'page-loop-pair.pdf',
    expect: ['PDF_PAGE_LOOP', 'PDF_DAMAGED'],
    make: () => Buffer.from(craftPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>`, textContent('The ministers met.')])),
  });
  add({ id: 'pdf-count-lies', kind: 'pdf', fileName: 'count-lies.pdf', make: () => Buffer.from(craftPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`, textContent('The ministers met in Hanoi on Monday and signed the agreement.'), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'])) });
  add({ id: 'pdf-deep-tree-2000', kind: 'pdf', fileName: 'deep-tree.pdf', make: () => deepTreePdf(2_000) });
  add({ id: 'pdf-no-pages', kind: 'pdf', fileName: 'no-pages.pdf', make: () => Buffer.from(craftPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])) });
  add({ id: 'pdf-blank-pages-300', kind: 'pdf', fileName: 'blank-pages.pdf', expect: ['FILE_EMPTY', 'PDF_SCANNED'], make: () => pagesPdf(300, () => '<< /Length 0 >>\nstream\n\nendstream') });
  add({ id: 'pdf-many-pages-1000', kind: 'pdf', fileName: 'many-pages.pdf', make: () => pagesPdf(1_000, (n) => textContent(pdfString(`${text[n % text.length]!.slice(0, 80)}`))) });
  add({ id: 'pdf-many-runs', kind: 'pdf', fileName: 'many-runs.pdf', make: () => pagesPdf(3, () => manyRunsContent(seeded(80), 20_000)) });
  add({ id: 'pdf-flate-bomb-200m', kind: 'pdf', fileName: 'flate-bomb.pdf', heavy: true, make: () => pagesPdf(1, () => flateBombContent(200)) });
  add({ id: 'pdf-flate-bomb-20m', kind: 'pdf', fileName: 'flate-bomb-small.pdf', make: () => pagesPdf(1, () => flateBombContent(20)) });
  add({ id: 'pdf-bad-xref', kind: 'pdf', fileName: 'bad-xref.pdf', make: async () => badXref(await textPdf(text.slice(2, 6).join('\n\n'))) });
  add({ id: 'pdf-bad-stream-length', kind: 'pdf', fileName: 'bad-stream-length.pdf', make: () => Buffer.from(craftPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`, textContent('The ministers met in Hanoi.').replace(/\/Length \d+/, '/Length 999999'), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'])) });
  add({ id: 'pdf-corrupt-flate', kind: 'pdf', fileName: 'corrupt-flate.pdf', make: () => pagesPdf(2, (n) => (n === 0 ? `<< /Length 64 /Filter /FlateDecode >>\nstream\n${randomBytes(seeded(81), 64).toString('latin1')}\nendstream` : textContent('The second page says the ministers met in Hanoi.'))) });
  add({ id: 'pdf-javascript', kind: 'pdf', fileName: 'javascript.pdf', make: () => Buffer.from(craftPdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>`, textContent('The ministers met in Hanoi on Monday and signed the agreement.'), '<< /S /JavaScript /JS (app.alert\\(1\\); while\\(true\\){}) >>', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'])) });
  add({ id: 'pdf-encrypted-user', kind: 'pdf', fileName: 'encrypted.pdf', expect: ['PDF_ENCRYPTED'], make: () => textPdf(article, { userPassword: 'secret', ownerPassword: 'owner' }) });
  add({ id: 'pdf-encrypted-owner-only', kind: 'pdf', fileName: 'encrypted-owner-only.pdf', expect: 'added', make: () => textPdf(text.slice(4, 10).join('\n\n'), { ownerPassword: 'owner', permissions: { printing: 'lowResolution' } }) });
  add({ id: 'pdf-encrypted-aes256', kind: 'pdf', fileName: 'encrypted-aes256.pdf', expect: ['PDF_ENCRYPTED'], make: () => textPdf(text.slice(1, 5).join('\n\n'), { userPassword: 'x', pdfVersion: '1.7ext3' }) });
  add({ id: 'pdf-no-unicode-map', kind: 'pdf', fileName: 'no-unicode-map.pdf', ocr: true, make: async () => Buffer.from(await fixturePdf([{ text: text[0]! }, { text: text[1]! }], { unicodeMap: false })) });
  add({ id: 'pdf-scan', kind: 'pdf', fileName: 'scan.pdf', ocr: true, make: async () => Buffer.from(await fixturePdf([{ scan: `${text[2]!}\n${text[3]!}` }])) });
  add({ id: 'pdf-no-unicode-map-mixed', kind: 'pdf', fileName: 'no-unicode-map-mixed.pdf', ocr: true, make: async () => Buffer.from(await fixturePdf([{ text: text[4]!, font: 'Helvetica' }, { text: text[5]! }], { unicodeMap: false })) });

  // ---- DOCX
  add({ id: 'docx-empty', kind: 'docx', fileName: 'empty.docx', expect: ['FILE_EMPTY'], make: () => Buffer.alloc(0) });
  for (const [size, seed] of [[2_000, 90], [200_000, 91]] as const) {
    add({ id: `docx-random-${size}`, kind: 'docx', fileName: `random-${size}.docx`, expect: ['DOCX_INVALID'], make: () => randomBytes(seeded(seed), size) });
  }
  add({ id: 'docx-ole-header', kind: 'docx', fileName: 'password-protected.docx', expect: ['DOCX_INVALID'], make: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(seeded(92), 8_000)]) });
  add({ id: 'docx-plain-text', kind: 'docx', fileName: 'really-text.docx', expect: ['DOCX_INVALID'], make: () => utf8(text.slice(12, 20).join('\n')) });
  for (const cut of [0.3, 0.8]) {
    add({ id: `docx-truncated-${cut}`, kind: 'docx', fileName: `truncated-${Math.round(cut * 100)}.docx`, expect: ['DOCX_INVALID'], make: () => truncated(docx(text.slice(0, 10)), cut) });
  }
  add({ id: 'docx-no-document', kind: 'docx', fileName: 'no-document.docx', expect: ['DOCX_INVALID'], make: () => buildZip([{ name: 'hello.txt', data: utf8(article) }]) });
  add({ id: 'docx-empty-zip', kind: 'docx', fileName: 'empty-zip.docx', expect: ['DOCX_INVALID'], make: () => buildZip([]) });
  add({ id: 'docx-broken-xml', kind: 'docx', fileName: 'broken-xml.docx', expect: ['DOCX_INVALID'], make: () => docxWithDocument(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${escapeHtml(text[0]!)}</w:t></w:r><w:p></w:body>`) });
  add({ id: 'docx-not-xml', kind: 'docx', fileName: 'not-xml.docx', expect: ['DOCX_INVALID'], make: () => docxWithDocument(randomBytes(seeded(93), 5_000)) });
  add({ id: 'docx-entity-expansion', kind: 'docx', fileName: 'billion-laughs.docx', expect: ['DOCX_INVALID'], make: () => docxWithDocument(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&h; ${escapeHtml(text[0]!)}</w:t></w:r></w:p>${para(text[1]!)}</w:body></w:document>`) });
  add({ id: 'docx-external-entity', kind: 'docx', fileName: 'external-entity.docx', expect: ['DOCX_INVALID'], make: () => docxWithDocument(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&x; ${escapeHtml(text[0]!)}</w:t></w:r></w:p></w:body></w:document>`) });
  add({ id: 'docx-deep-nesting', kind: 'docx', fileName: 'deep-nesting.docx', expect: ['FILE_TOO_COMPLEX'], make: () => docxWithDocument(documentXml(`${'<w:tbl><w:tr><w:tc>'.repeat(2_000)}${para(text[0]!)}${'</w:tc></w:tr></w:tbl>'.repeat(2_000)}${para(text[1]!)}`)) });
  add({
    id: 'docx-100k-paragraphs',
    kind: 'docx',
    fileName: 'many-paragraphs.docx',
    // mammoth would hold about 1 GB for its 300,000 elements: refused before it starts, in words.
    expect: ['FILE_TOO_COMPLEX'],
    make: () => docxWithDocument(documentXml(Array.from({ length: 100_000 }, (_, i) => para(i % 1000 === 0 ? text[i % text.length]! : 'ok')).join(''))) });
  add({ id: 'docx-picture-2000', kind: 'docx', fileName: 'picture-2000.docx', expect: 'added', make: () => docxWithPicture(2_000, randomBytes(seeded(94), 6 * 1024)) });
  // Its document.xml compresses 227 to 1: refused as a zip bomb, or read; never a stack or 2 GB.
  add({ id: 'docx-picture-20000', kind: 'docx', fileName: 'picture-20000.docx', make: () => docxWithPicture(20_000, randomBytes(seeded(95), 6 * 1024)) });
  add({ id: 'docx-bomb-document', kind: 'docx', fileName: 'bomb-document.docx', expect: ['ZIP_BOMB'], make: () => docxWithDocument(Buffer.alloc(100 * 1_048_576, 0x20)) });
  add({ id: 'docx-bomb-lying-document', kind: 'docx', fileName: 'bomb-lying-document.docx', expect: ['ZIP_BOMB', 'DOCX_INVALID'], make: () => docxWithDocument(Buffer.alloc(100 * 1_048_576, 0x20), [], 1_000) });
  add({ id: 'docx-bomb-lying-media', kind: 'docx', fileName: 'bomb-lying-media.docx', expect: ['ZIP_BOMB', 'DOCX_INVALID'], make: () => docxWithPicture(1, Buffer.alloc(600 * 1_048_576), 6_000), heavy: true });
  add({ id: 'docx-bomb-lying-media-small', kind: 'docx', fileName: 'lying-media-small.docx', make: () => docxWithPicture(1, Buffer.alloc(3 * 1_048_576), 6_000) });
  add({ id: 'docx-many-entries', kind: 'docx', fileName: 'many-entries.docx', expect: ['ZIP_BOMB', 'DOCX_INVALID'], make: () => buildZip([...docxParts([text[0]!]), ...Array.from({ length: 12_000 }, (_, i) => ({ name: `junk/${i}.bin`, data: Buffer.from([i & 0xff]) }))]) });
  add({ id: 'docx-duplicate-names', kind: 'docx', fileName: 'duplicate-names.docx', make: () => { const [t, r, d] = docxParts([text[0]!]); return buildZip([t!, r!, d!, { name: 'word/document.xml', data: utf8(documentXml(para(text[1]!))) }]); } });
  add({ id: 'docx-path-traversal', kind: 'docx', fileName: 'path-traversal.docx', make: () => buildZip([...docxParts([escapeHtml(text[2]!)]), { name: '../../../../tmp/attache-escaped.txt', data: utf8('escaped') }, { name: '/etc/evil', data: utf8('evil') }]) });
  add({ id: 'docx-nested-zip', kind: 'docx', fileName: 'nested-zip.docx', make: () => buildZip([...docxParts([escapeHtml(text[3]!)]), { name: 'word/embeddings/inner.zip', data: buildZip([{ name: 'a', data: Buffer.alloc(5 * 1_048_576) }]) }]) });
  add({ id: 'docx-utf16-xml', kind: 'docx', fileName: 'utf16-xml.docx', make: () => docxWithDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(documentXml(para(text[4]!)).replace('UTF-8', 'UTF-16'), 'utf16le')])) });
  add({ id: 'docx-huge-table', kind: 'docx', fileName: 'huge-table.docx', make: () => docxWithDocument(documentXml(`<w:tbl>${Array.from({ length: 3_000 }, (_, r) => `<w:tr>${Array.from({ length: 10 }, (_, c) => `<w:tc>${para(`${r}.${c} %`)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`)) });
  add({ id: 'docx-no-text', kind: 'docx', fileName: 'no-text.docx', expect: ['FILE_EMPTY', 'DOCX_INVALID'], make: () => docx([]) });

  // ---- other extensions and folders posing as files
  add({ id: 'other-exe', kind: 'other', fileName: 'program.exe', expect: ['FORMAT_UNSUPPORTED'], make: () => Buffer.concat([utf8('MZ'), randomBytes(seeded(100), 4_000)]) });
  add({ id: 'other-no-extension', kind: 'other', fileName: 'README', expect: ['FORMAT_UNSUPPORTED'], make: () => utf8(article) });
  add({ id: 'other-rtf', kind: 'other', fileName: 'memo.rtf', expect: ['FORMAT_UNSUPPORTED'], make: () => utf8(`{\\rtf1\\ansi ${text[0]}}`) });
  add({ id: 'other-dot-only', kind: 'other', fileName: '.txt', make: () => utf8(text[5]!) });

  return cases;
}

function nulEvery(bytes: Buffer, n: number, random: Random): Buffer {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    out.push(bytes[i]!);
    if (i % n === n - 1 || (n > 1 && random() < 0.001)) out.push(0);
  }
  return Buffer.from(out);
}

function utf32le(text: string): Buffer {
  const out = Buffer.alloc(text.length * 4);
  let at = 0;
  for (const ch of text) {
    out.writeUInt32LE(ch.codePointAt(0)!, at);
    at += 4;
  }
  return out.subarray(0, at);
}

/** Paragraphs in UTF-8, Latin-1 and Windows-1252 quotes (and UTF-16, if asked) in one file. */
function mixedEncodings(text: readonly string[], random: Random, withUtf16: boolean): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < 12; i++) {
    const p = `${text[Math.floor(random() * text.length)]!} Thủ tướng, café, naïve.\n`;
    const how = Math.floor(random() * (withUtf16 ? 4 : 3));
    if (how === 0) parts.push(utf8(p));
    else if (how === 1) parts.push(Buffer.from(p.replace(/[^ -\u00ff\n]/g, '?'), 'latin1'));
    else if (how === 2) parts.push(Buffer.concat([Buffer.from([0x93]), Buffer.from(p.replace(/[^ -~\n]/g, ''), 'latin1'), Buffer.from([0x94, 0x0a])]));
    else parts.push(Buffer.from(p, 'utf16le'));
  }
  return Buffer.concat(parts);
}

function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** One sentence of `length` characters: words, figures and dates with no full stop anywhere. */
function longSentence(random: Random, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const r = random();
    const part = r < 0.1 ? `${Math.floor(random() * 1000)} percent` : r < 0.15 ? `on April ${1 + Math.floor(random() * 28)}, 2025` : pick(random, WORDS);
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

function numberLine(random: Random, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const n = random() < 0.3 ? `${(random() * 100).toFixed(1)}%` : String(Math.floor(random() * 1_000_000));
    parts.push(n);
    size += n.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

function mdTable(random: Random, rows: number, cols: number): string {
  const head = `| ${Array.from({ length: cols }, (_, c) => `col ${c}`).join(' | ')} |`;
  const rule = `|${' --- |'.repeat(cols)}`;
  const body = Array.from({ length: rows }, () => `| ${Array.from({ length: cols }, () => String(Math.floor(random() * 10_000))).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

function truncated(bytes: Buffer, fraction: number): Buffer {
  return bytes.subarray(0, Math.max(1, Math.floor(bytes.length * fraction)));
}

/** The cross-reference table's offsets all made wrong (pdf.js has to rebuild it by scanning). */
function badXref(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1').replace(/^(\d{10}) 00000 n/gm, (_m, n: string) => `${String((Number(n) * 7 + 13) % 99_999).padStart(10, '0')} 00000 n`);
  return Buffer.from(text, 'latin1');
}

/** A page tree `depth` levels deep with one text page at the bottom. */
function deepTreePdf(depth: number): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < depth; level++) {
    const id = 2 + level;
    const parent = level === 0 ? '' : `/Parent ${id - 1} 0 R `;
    objects.push(`<< /Type /Pages ${parent}/Kids [${id + 1} 0 R] /Count 1 >>`);
  }
  const page = 2 + depth;
  objects.push(`<< /Type /Page /Parent ${page - 1} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${page + 2} 0 R >> >> /Contents ${page + 1} 0 R >>`);
  objects.push(textContent('The ministers met in Hanoi on Monday and signed the agreement.'));
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  return Buffer.from(craftPdf(objects));
}

let memo: HostileCase[] | undefined;

/** Every case of the suite, in a fixed order. */
export function hostileCases(): HostileCase[] {
  memo ??= build();
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const c of memo) {
    if (ids.has(c.id)) throw new Error(`two hostile cases are called ${c.id}`);
    if (names.has(c.fileName)) throw new Error(`two hostile cases write ${JSON.stringify(c.fileName)}`);
    ids.add(c.id);
    names.add(c.fileName);
  }
  return memo;
}

// Bad input never costs data: each bad file fails on its own with a code and a sentence naming
// it, and the good files of the same import still go in.
import { copyFile, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importFiles, type ImportOptions } from '../../../../src/node/ingest/importFiles';
import { shutdownWorkers } from '../../../../src/node/workers/runTask';
import type { ImportOutcome } from '../../../../src/shared/api';
import { buildZip, docxParts } from './zipBuilder';

const corpus = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const GOOD = 'The delegation arrived in Hanoi on Monday for two days of talks on trade and energy.\n';
const folders: string[] = [];
async function folder(): Promise<string> {
  const f = await mkdtemp(join(tmpdir(), 'attache-import-'));
  folders.push(f);
  return f;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});
afterAll(() => shutdownWorkers());

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({ maxFileBytes: 100 * 1024 * 1024, existing: new Map(), ...extra });

function failed(o: ImportOutcome | undefined): { code: string; message: string; file?: string } {
  if (!o || o.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(o)}`);
  return o.error;
}

describe('bad files in one import', () => {
  it('each fails with its own code and a sentence naming it; the good file still goes in', async () => {
    const dir = await folder();
    const files: Record<string, Buffer | string> = {
      'good.txt': GOOD,
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'broken-utf8.txt': Buffer.concat([Buffer.from('Président Macron — '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' fin')]),
      'scripts.html': '<html><head><script>alert("x");document.title="pwned"</script><style>body{color:red}</style></head><body><script>var secret = 1;</script><noscript>Enable JS</noscript></body></html>',
      'notes.odt': 'PK fake',
      'not-a-zip.docx': 'This is plain text pretending to be a Word file.',
      'no-document.docx': buildZip([{ name: 'hello.txt', data: Buffer.from('hi') }]),
      'bomb.docx': buildZip([...docxParts(['Hello']), { name: 'word/media/filler.bin', data: Buffer.alloc(24 * 1024 * 1024) }]),
      'lying-bomb.docx': buildZip([
        { name: '[Content_Types].xml', data: docxParts([])[0]!.data },
        { name: '_rels/.rels', data: docxParts([])[1]!.data },
        { name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 200 },
      ]),
    };
    for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
    const truncated = join(dir, 'truncated.pdf');
    await copyFile(join(corpus, 'pdfs', 'tracemonkey.pdf'), truncated);
    await truncate(truncated, 3000);
    const encrypted = join(dir, 'locked.pdf');
    await copyFile(join(corpus, 'pdfs', 'issue6010_1.pdf'), encrypted);

    const names = [...Object.keys(files), 'truncated.pdf', 'locked.pdf'];
    const { sources, outcomes } = await importFiles(
      names.map((n) => join(dir, n)),
      options(),
    );
    const by = new Map(outcomes.map((o) => [o.file, o]));
    expect(sources.map((s) => s.fileName)).toEqual(['good.txt']);
    const expected: Record<string, string> = {
      'empty.txt': 'FILE_EMPTY',
      'binary.txt': 'FILE_BINARY',
      'broken-utf8.txt': 'FILE_ENCODING',
      'scripts.html': 'HTML_NO_TEXT',
      'notes.odt': 'FORMAT_UNSUPPORTED',
      'not-a-zip.docx': 'DOCX_INVALID',
      'no-document.docx': 'DOCX_INVALID',
      'bomb.docx': 'ZIP_BOMB',
      'lying-bomb.docx': 'ZIP_BOMB',
      'truncated.pdf': 'PDF_DAMAGED',
      'locked.pdf': 'PDF_ENCRYPTED',
    };
    for (const [name, code] of Object.entries(expected)) {
      const error = failed(by.get(name));
      expect(error.code, name).toBe(code);
      expect(error.file, name).toBe(name);
      expect(error.message.startsWith(`${name}: `), name).toBe(true);
      expect(error.message.length, name).toBeGreaterThan(name.length + 40);
    }
    expect(failed(by.get('locked.pdf')).message).toMatch(/password/);
  }, 60_000);

  it('refuses a file over the size limit before reading it', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(2048));
    await writeFile(join(dir, 'small.txt'), GOOD);
    const { outcomes } = await importFiles([join(dir, 'big.txt'), join(dir, 'small.txt')], options({ maxFileBytes: 1024 }));
    const error = failed(outcomes[0]);
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toMatch(/^big\.txt: the file is 2 KB, over the project's limit of 1 KB/);
    expect(outcomes[1]!.status).toBe('added');
  });

  it('asks for a PDF password, says when it is wrong, and opens with the right one', async () => {
    const dir = await folder();
    const pdf = join(dir, 'locked.pdf');
    await copyFile(join(corpus, 'pdfs', 'issue6010_1.pdf'), pdf);
    const wrong = await importFiles([pdf], options({ passwordFor: async () => 'nope' }));
    expect(failed(wrong.outcomes[0]).code).toBe('PDF_PASSWORD_WRONG');
    const tries: string[] = ['wrong', 'abc'];
    const right = await importFiles([pdf], options({ passwordFor: async () => tries.shift() ?? null }));
    expect(right.outcomes[0]!.status).toBe('added');
    expect(tries).toEqual([]);
    const skipped = await importFiles([pdf], options({ passwordFor: async () => null }));
    expect(failed(skipped.outcomes[0]).code).toBe('PDF_ENCRYPTED');
  });

  it('keeps an article and drops the scripts of an HTML page full of them', async () => {
    const dir = await folder();
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the report says the ministers met and agreed on the next steps for the region.</p>`).join('');
    const html = `<html lang="en"><head><title>Ministers meet</title><script>window.evil = function () { return 42; }</script><style>.x { color: red }</style></head><body><nav><a href="/">Home</a></nav><script>document.write("injected text")</script><article><h1>Ministers meet</h1>${paragraphs}<script>var tracking = true;</script></article><a href="javascript:alert(1)">click</a></body></html>`;
    await writeFile(join(dir, 'page.html'), html);
    const { sources } = await importFiles([join(dir, 'page.html')], options());
    const text = sources[0]!.text;
    expect(text).toContain('Paragraph 6 of the report');
    expect(text).not.toMatch(/evil|injected|tracking|color: red|javascript:/);
    expect(sources[0]!.guessed.title).toBe('Ministers meet');
  });
});

describe('duplicates and cancelling', () => {
  it('recognises the same bytes in the project or earlier in the batch, whatever the name', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'a.txt'), GOOD);
    await writeFile(join(dir, 'copy of a.txt'), GOOD);
    await writeFile(join(dir, 'b.txt'), GOOD + 'More.\n');
    const first = await importFiles([join(dir, 'a.txt'), join(dir, 'copy of a.txt')], options());
    expect(first.outcomes[1]).toEqual({ status: 'duplicate', file: 'copy of a.txt', sourceId: first.sources[0]!.id, existingFileName: 'a.txt' });
    const existing = new Map(first.sources.map((s) => [s.sha256, { sourceId: s.id, fileName: s.fileName }] as const));
    const second = await importFiles([join(dir, 'copy of a.txt'), join(dir, 'b.txt')], options({ existing }));
    expect(second.outcomes[0]).toMatchObject({ status: 'duplicate', existingFileName: 'a.txt' });
    expect(second.outcomes[1]!.status).toBe('added');
    // Same bytes, same id, whenever they are imported.
    const again = await importFiles([join(dir, 'copy of a.txt')], options());
    expect(again.sources[0]!.id).toBe(first.sources[0]!.id);
    expect(again.sources[0]!.fileName).toBe('copy of a.txt');
  });

  it('cancelling stops after the current file; files done stay done', async () => {
    const dir = await folder();
    const paths: string[] = [];
    for (let i = 0; i < 4; i++) {
      paths.push(join(dir, `n${i}.txt`));
      await writeFile(paths[i]!, `${GOOD}Article number ${i}.\n`);
    }
    const abort = new AbortController();
    const { sources, outcomes } = await importFiles(
      paths,
      options({
        signal: abort.signal,
        onProgress: (p) => {
          if (p.index === 1 && p.phase === 'reading') abort.abort();
        },
      }),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'cancelled', 'cancelled']);
    expect(sources).toHaveLength(2);
  });

  it('names a file that vanished before it was read', async () => {
    const dir = await folder();
    const { outcomes } = await importFiles([join(dir, 'gone.txt')], options());
    expect(failed(outcomes[0])).toMatchObject({ code: 'FILE_UNREADABLE', file: 'gone.txt' });
  });

  it('reads the file it was given, unchanged on disk', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'keep.txt'), GOOD);
    await importFiles([join(dir, 'keep.txt')], options());
    expect(await readFile(join(dir, 'keep.txt'), 'utf8')).toBe(GOOD);
  });
});

// The `attache` command as a person uses it: exit codes, one-line errors, the project on disk.
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturePdf } from '../node/ingest/pdfFixtures';
import { run } from './runCli';

const seeds = resolve(__dirname, '../../../resources/samples');
const seedFiles = [
  '000_19294e9bd6d6b0dc.txt',
  '001_4e6e06b261fcc8c0.txt',
  '002_21c97565a188d712.txt',
  '003_436ffd394aaf67b1.txt',
  '004_42533ce60c9ed3a3.txt',
].map((f) => join(seeds, f));


let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('attache', () => {
  it('prints help and exits 2 on bad usage', async () => {
    expect((await run('--help')).code).toBe(0);
    expect((await run('--help')).out).toContain('Commands:');
    expect((await run()).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('new')).code).toBe(2);
    expect((await run('info', 'x.attache', '--bogus')).code).toBe(2);
  });

  it('creates a project, adds the five samples once, and reports five sources', async () => {
    const p = join(dir, 'p.attache');
    expect((await run('new', p)).code).toBe(0);
    const first = await run('add', p, ...seedFiles);
    expect(first.code).toBe(0);
    expect(first.out).toContain('5 added');
    const second = await run('add', p, ...seedFiles);
    expect(second.code).toBe(0);
    expect(second.out).toContain('0 added, 5 already in the project');
    const info = await run('info', p, '--json');
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.out) as { sourceCount: number; sources: Array<{ fileName: string }> };
    expect(summary.sourceCount).toBe(5);
    expect(summary.sources.map((s) => s.fileName).sort()).toEqual(seedFiles.map((f) => f.split('/').pop()).sort());
  });

  it('names a damaged project with PROJECT_DAMAGED, exits 1 and leaves the file as it was', async () => {
    const p = join(dir, 'p.attache');
    await run('new', p);
    await run('add', p, seedFiles[0]!);
    const whole = await readFile(p);
    const damaged = join(dir, 'damaged.attache');
    await writeFile(damaged, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = await readFile(damaged);
    for (const command of ['info', 'add']) {
      const result = command === 'add' ? await run('add', damaged, seedFiles[1]!) : await run('info', damaged);
      expect(result.code).toBe(1);
      expect(result.err.split('\n')[0]).toMatch(/^PROJECT_DAMAGED: damaged\.attache cannot be read/);
    }
    expect(Buffer.compare(before, await readFile(damaged))).toBe(0);
  });

  it('refuses to create over an existing project', async () => {
    const p = join(dir, 'p.attache');
    await run('new', p);
    await copyFile(p, join(dir, 'copy.attache'));
    const again = await run('new', p);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^PROJECT_EXISTS: /);
  });

  it('reports a bad file and still adds the good one', async () => {
    const p = join(dir, 'p.attache');
    await run('new', p);
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const result = await run('add', p, empty, seedFiles[2]!);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/failed\s+empty\.txt: FILE_EMPTY: /);
    expect(result.out).toContain('1 added');
    expect(JSON.parse((await run('info', p, '--json')).out).sourceCount).toBe(1);
  });

  it('add --no-ocr names a PDF\'s undecodable pages instead of reading them by OCR', async () => {
    const p = join(dir, 'p.attache');
    await run('new', p);
    const pdf = join(dir, 'glyphs.pdf');
    await writeFile(pdf, await fixturePdf([{ text: 'The delegation arrived in Hanoi on Monday for two days of talks on trade.' }], { unicodeMap: false }));
    const result = await run('add', p, pdf, '--no-ocr');
    expect(result.code).toBe(1);
    expect(result.out).toContain('failed     glyphs.pdf: PDF_UNDECODABLE: glyphs.pdf: no words could be read. Page 1 holds text that cannot be decoded (fonts without a Unicode map); OCR it or ask for another copy.');
  });
});

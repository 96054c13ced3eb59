// `attache export` writing the brief as a Word document, run as a person runs it (the command line
// built into out/cli), on the demo's project: by the output's extension, or beside a PDF with --docx.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, partText } from '../node/docx/docxTools';

const root = resolve(__dirname, '../../..');
let dir: string;
let project: string;

function attache(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'bin/attache.mjs'), ...args], { encoding: 'utf8', cwd: root, timeout: 110_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-docx-cli-'));
  const demo = attache('demo', '--out', dir);
  expect(demo.status, demo.stderr).toBe(0);
  project = join(dir, 'demo.attache');
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('attache export to DOCX', () => {
  it('refuses the demo’s draft while its prompts are unwritten, naming the file, and writes nothing', () => {
    const out = join(dir, 'refused.docx');
    const run = attache('export', project, '--out', out);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('refused.docx was not written');
    expect(run.stderr).toContain('still holds a prompt for you');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('writes Word by the output’s extension, and both formats with --docx beside --out', async () => {
    const only = join(dir, 'brief.docx');
    const one = attache('export', project, '--out', only, '--allow-unverified');
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/wrote .*brief\.docx \(Word document, \d+ citations?\)/);
    const body = partText((await docxParts(only)).get('word/document.xml') ?? '');
    expect(body).toContain('Demo: Japan–Vietnam visit brief');
    expect(body).not.toContain('State the purpose');

    const pdf = join(dir, 'both.pdf');
    const docx = join(dir, 'both.docx');
    const both = attache('export', project, '--out', pdf, '--docx', docx, '--allow-unverified', '--marking', 'SECRET');
    expect(both.status, both.stderr).toBe(0);
    expect(both.stdout).toContain(pdf);
    expect(both.stdout).toContain(docx);
    const header = [...(await docxParts(docx))].find(([name]) => /^word\/header\d+\.xml$/.test(name))?.[1] ?? '';
    expect(partText(header)).toContain('SECRET');
  }, 120_000);
});

// The command line people run is the one built ahead of time into out/cli (scripts/build-cli.mjs):
// it compiles no TypeScript when it runs, in the command or in its worker, and `--help` or bad
// usage load the command table only, none of the pipeline. Each run records every module the
// process loads (recordLoads.mjs) and maps the bundle's files back to their sources (build.json).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCli,
  CLI_OUT,
  cliBuildState,
  ensureCliBuilt,
  type CliManifest,
} from '../../../scripts/build-cli.mjs';

const root = resolve(__dirname, '../../..');
const sample = join(root, 'resources/samples/000_19294e9bd6d6b0dc.txt');
let dir: string;
let manifest: CliManifest;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-built-'));
  manifest = JSON.parse(await readFile(join(CLI_OUT, 'build.json'), 'utf8')) as CliManifest;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Every module URL loaded, by any thread. */
  urls: string[];
  /** The sources (src/…) of the bundle files loaded. */
  sources: Set<string>;
}

let runs = 0;
async function attache(...args: string[]): Promise<Run> {
  const log = join(dir, `loads-${++runs}.txt`);
  await writeFile(log, '');
  const run = spawnSync(
    process.execPath,
    ['--import', join(__dirname, 'recordLoads.mjs'), join(root, 'bin/attache.mjs'), ...args],
    {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, ATTACHE_RECORD_LOADS: log },
      timeout: 60_000,
    },
  );
  const urls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
  const sources = new Set<string>();
  for (const url of urls.filter((u) => u.startsWith('file:'))) {
    const output = relative(CLI_OUT, fileURLToPath(url)).split('\\').join('/');
    for (const source of manifest.outputs[output] ?? []) sources.add(source);
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, urls, sources };
}

/** What the command table may hold: the CLI's own modules, the error type, where the worker is. */
const COMMAND_TABLE =
  /^src\/(?:cli\/(?!cliSession\.ts)[\w/]+\.ts|core\/(?:errors|plural)\.ts|node\/workers\/workerEntry\.ts)$/;

describe('the built attache', () => {
  it('loads the command table only for help and usage errors: no package, none of the pipeline', async () => {
    const cases: Array<[string[], number]> = [
      [['--help'], 0],
      [['frobnicate'], 2],
      [['info'], 2],
      [['facts', 'p.attache', '--bogus'], 2],
      [['export', '--help'], 0],
    ];
    for (const [args, status] of cases) {
      const run = await attache(...args);
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(status);
      expect(run.stderr).not.toMatch(/building it/);
      expect(run.sources.has('src/cli/main.ts'), args.join(' ')).toBe(true);
      expect(
        [...run.sources].filter((s) => !COMMAND_TABLE.test(s)),
        args.join(' '),
      ).toEqual([]);
      expect(
        run.urls.filter((u) => u.includes('/node_modules/')),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('reads a project without loading the readers, cleaning or the language detector', async () => {
    // Opening a project is every command's start (and the app's): the readers and cleaning run in
    // the import's workers, so a command that only reads loads none of them or their packages.
    expect((await attache('new', 'read.attache')).status).toBe(0);
    for (const args of [['facts', 'read.attache'], ['facts', 'read.attache', '--status', 'verified']]) {
      const run = await attache(...args);
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(run.sources.has('src/node/service/session.ts'), args.join(' ')).toBe(true);
      expect(
        [...run.sources].filter((s) => /^src\/(?:core\/clean\/|node\/ingest\/(?:read(?!Failure)|ocr|textDecoding|zipSafety))/.test(s)),
        args.join(' '),
      ).toEqual([]);
      const heavy = /\/node_modules\/(?:mammoth|linkedom|@mozilla\/readability|eld|@napi-rs\/canvas|pdfjs-dist|tesseract\.js|chardet|micromark[\w-]*|wink-lemmatizer|yauzl|jszip|pdfkit|docx)\//;
      expect(
        run.urls.filter((u) => heavy.test(u)),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('runs no TypeScript and no tsx, in the command or in the import worker it starts', async () => {
    const run = await attache('extract', sample, '--json');
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { facts: unknown[] }).facts.length).toBeGreaterThan(5);
    // The worker ran the built worker, and what the pipeline loads was seen (the record is not empty).
    expect(run.urls.some((u) => u.endsWith('/out/cli/importWorker.js'))).toBe(true);
    expect(run.sources.has('src/node/service/session.ts')).toBe(true);
    expect(
      run.urls.filter((u) => /\.(?:[cm]?ts|tsx)$/.test(u) || /\/node_modules\/(?:tsx|esbuild)\//.test(u)),
    ).toEqual([]);
    expect(
      run.urls.filter(
        (u) => u.startsWith('file:') && !u.includes('/node_modules/') && !u.includes('/out/cli/'),
      ),
    ).toEqual([`file://${root}/bin/attache.mjs`, `file://${root}/scripts/build-cli.mjs`]);
  });
});

describe('scripts/build-cli.mjs', () => {
  it('knows a build is stale when a source it was made from changed, and rebuilds it', async () => {
    const outdir = join(dir, 'cli');
    await buildCli(outdir);
    expect(cliBuildState(outdir)).toEqual({ current: true, reason: 'built from the current sources' });
    const path = join(outdir, 'build.json');
    const built = JSON.parse(await readFile(path, 'utf8')) as CliManifest;
    expect(Object.keys(built.inputs)).toContain('src/node/workers/importWorker.ts');
    built.inputs['src/cli/main.ts']![0] -= 1000; // as if main.ts had been edited after the build
    await writeFile(path, JSON.stringify(built));
    expect(cliBuildState(outdir)).toEqual({
      current: false,
      reason: 'src/cli/main.ts changed since the command line was built',
    });
    const said: string[] = [];
    await ensureCliBuilt((line) => said.push(line), outdir);
    expect(said).toEqual([
      'attache: src/cli/main.ts changed since the command line was built; building it (npm run build:cli)…',
    ]);
    expect(cliBuildState(outdir).current).toBe(true);
    await rm(join(outdir, 'importWorker.js'));
    expect(cliBuildState(outdir)).toEqual({
      current: false,
      reason: 'importWorker.js is missing from the build',
    });
  });
});

// Builds the `attache` command line ahead of time: src/cli (entry src/cli/bundleEntry.ts) and the
// import worker it starts (src/node/workers/importWorker.ts) bundled by esbuild into plain ES
// modules under out/cli/, packages left to node_modules. `npm install` runs it (the `prepare`
// script), so does `npm run build`; bin/attache.mjs checks the build against the sources it was
// made from (out/cli/build.json) and rebuilds it when they changed, so no TypeScript is compiled
// when the command runs.
//
//   node scripts/build-cli.mjs            build now
//   node scripts/build-cli.mjs --check    exit 1 (saying why) unless the build is current
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'out', 'cli');
const MANIFEST = 'build.json';
const ENTRIES = { attache: 'src/cli/bundleEntry.ts', importWorker: 'src/node/workers/importWorker.ts' };
/** Files that shape the build without being bundled. */
const CONFIG_INPUTS = ['scripts/build-cli.mjs', 'tsconfig.base.json'];

const posix = (path) => path.split(sep).join('/');

function fingerprint(file) {
  const stat = statSync(join(ROOT, file), { throwIfNoEntry: false });
  return stat ? [stat.mtimeMs, stat.size] : null;
}

/** Whether out/cli was built from the sources as they are now: `{ current, reason }`. */
export function cliBuildState(outdir = CLI_OUT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(outdir, MANIFEST), 'utf8'));
  } catch {
    return { current: false, reason: `${posix(relative(ROOT, outdir))} has not been built` };
  }
  for (const name of Object.keys(ENTRIES)) {
    if (!existsSync(join(outdir, `${name}.js`))) return { current: false, reason: `${name}.js is missing from the build` };
  }
  // A checkout without its sources (a packed copy) runs the build it has.
  if (!existsSync(join(ROOT, ENTRIES.attache))) return { current: true, reason: 'no sources to compare' };
  for (const [file, recorded] of Object.entries(manifest.inputs)) {
    const now = fingerprint(file);
    if (!now || now[0] !== recorded[0] || now[1] !== recorded[1]) {
      return { current: false, reason: `${file} ${now ? 'changed' : 'is gone'} since the command line was built` };
    }
  }
  return { current: true, reason: 'built from the current sources' };
}

/** Writes a file whole or not at all: a second `attache` starting meanwhile reads old or new. */
function writeWhole(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Builds out/cli; returns what it wrote. */
export async function buildCli(outdir = CLI_OUT) {
  const started = performance.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    splitting: true, // each command's `import()` becomes a chunk of its own, loaded when it runs
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const outputs = {};
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    outputs[posix(relative(outdir, resolve(ROOT, path)))] = Object.keys(output.inputs).map(posix).sort();
  }
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs).map(posix), ...CONFIG_INPUTS].sort()) inputs[file] = fingerprint(file);
  // Chunks before the entries that import them, the manifest last: a build is current only once whole.
  const isChunk = (file) => file.path.includes(`${sep}chunks${sep}`);
  const files = [...result.outputFiles.filter(isChunk), ...result.outputFiles.filter((file) => !isChunk(file))];
  for (const file of files) writeWhole(file.path, file.contents);
  const manifestPath = join(outdir, MANIFEST);
  writeWhole(manifestPath, `${JSON.stringify({ esbuild: esbuild.version, inputs, outputs }, null, 1)}\n`);
  const kept = new Set([...files.map((f) => f.path), manifestPath]);
  for (const old of filesUnder(outdir)) if (!kept.has(old) && !old.endsWith('.tmp')) rmSync(old, { force: true });
  const bytes = files.reduce((n, f) => n + f.contents.length, 0);
  return { outdir, files: files.length, bytes, ms: performance.now() - started };
}

/**
 * The built CLI's entry as a file URL, building it first when it is missing or older than the
 * sources (saying so through `say`). Throws an Error with a sentence when it cannot be built.
 */
export async function ensureCliBuilt(say = () => {}, outdir = CLI_OUT) {
  const entry = pathToFileURL(join(outdir, 'attache.js')).href;
  const state = cliBuildState(outdir);
  if (state.current) return entry;
  if (!existsSync(join(ROOT, ENTRIES.attache))) {
    throw new Error(`${state.reason}, and its sources (src/) are not here to build it from; reinstall Attaché.`);
  }
  say(`attache: ${state.reason}; building it (npm run build:cli)…`);
  try {
    await buildCli(outdir);
  } catch (error) {
    const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes("'esbuild'");
    const why = missing ? 'esbuild is not installed, so the command line cannot be built; run `npm install` first.' : `building the command line failed: ${error?.message ?? error}`;
    throw new Error(why, { cause: error });
  }
  return entry;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const state = cliBuildState();
    console.log(`out/cli: ${state.reason}`);
    process.exit(state.current ? 0 : 1);
  }
  const built = await buildCli();
  console.log(`built ${posix(relative(ROOT, built.outdir))} (${built.files} files, ${Math.round(built.bytes / 1024)} KB) in ${Math.round(built.ms)} ms`);
}

// Where the worker's code lives, and how to start it. Running from source (tsx, vitest) the entry
// is importWorker.ts; in the Electron build electron-vite bundles it as importWorker.js next to
// the main bundle. One function decides, and one setter lets the shell point elsewhere.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerStart {
  /** What to pass to `new Worker`: a file path, or bootstrap code when `eval` is true. */
  script: string;
  eval: boolean;
  /** The worker module itself, for error messages. */
  file: string;
}

let override: string | null = null;

/** Points every pool created afterwards at this worker file (.js bundled, or .ts from source). */
export function setWorkerEntry(file: string | null): void {
  override = file;
}

export function defaultWorkerFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'importWorker.js');
  return existsSync(bundled) ? bundled : join(here, 'importWorker.ts');
}

export function resolveWorkerStart(file: string = override ?? defaultWorkerFile()): WorkerStart {
  if (!file.endsWith('.ts')) return { script: file, eval: false, file };
  // NOTE: `execArgv: ['--import', 'tsx']` does not reach worker threads on Node 20 (tsx registers
  // its hooks on the main thread only there), so a .ts worker registers tsx itself, then loads.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const script = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`;
  return { script, eval: true, file };
}

// The import worker runs from its own bundle, out/main/importWorker.js (a second `main` entry in
// electron.vite.config.ts). The worker pool cannot find it by itself: its code is bundled into
// the main process's files, whose folder may be a shared-chunk folder. So the shell names it.
import { join } from 'node:path';
import { setWorkerEntry } from '../node/workers/workerEntry';

export const WORKER_BUNDLE = 'importWorker.js';

export function useBundledWorker(mainFolder: string): string {
  const file = join(mainFolder, WORKER_BUNDLE);
  setWorkerEntry(file);
  return file;
}

// The entry of the built command line, out/cli/attache.js (scripts/build-cli.mjs builds it; bin/
// attache.mjs runs it). The import worker is built beside it as out/cli/importWorker.js, while the
// code that starts workers sits in a shared chunk: so the pool is told where the worker is, as the
// Electron shell does for its bundle (src/main/bundledWorker.ts).
import { join } from 'node:path';
import { setWorkerEntry } from '../node/workers/workerEntry';

setWorkerEntry(join(import.meta.dirname, 'importWorker.js'));

export { main } from './main';

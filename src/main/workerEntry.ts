// Points the import worker pool at the worker file bundled next to the main process (see the
// `main` entries in electron.vite.config.ts). Set before the first import runs.
export const WORKER_BUNDLE_NAME = 'importWorker';

export function useBundledWorker(_mainFolder: string): void {
  // Filled in once src/node/workers exposes its entry-path setter.
}

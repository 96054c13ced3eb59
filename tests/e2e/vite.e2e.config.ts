// Builds the renderer alone for the browser e2e tests: the same root and entry as the Electron
// build (electron.vite.config.ts), into its own folder so the two never overwrite each other.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repo = resolve(import.meta.dirname, '../..');

export const e2eRendererOutDir = resolve(repo, 'out/renderer-e2e');

export default defineConfig({
  root: resolve(repo, 'src/renderer'),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: e2eRendererOutDir,
    emptyOutDir: true,
    sourcemap: true,
  },
});

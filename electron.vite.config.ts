// Builds the three parts of the Electron app into out/: main (ESM, with the import worker as a
// second entry so it sits next to main as out/main/importWorker.js), the preloads (CommonJS:
// sandboxed preloads cannot be ES modules, and each must stand alone, with its dependencies
// bundled in), and the React renderer from src/renderer/index.html.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/main/index.ts'),
          importWorker: resolve(root, 'src/node/workers/importWorker.ts'), // see src/main/bundledWorker.ts
        },
        output: { entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // The sandbox gives a preload `require` for electron only: everything else is bundled in.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/preload/index.ts'),
          passwordPrompt: resolve(root, 'src/preload/passwordPrompt.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});

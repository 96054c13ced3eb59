// Before the browser tests: build the renderer with vite and serve it on a free local port. The
// URL reaches the test workers through the environment (they start after this runs).
import { resolve } from 'node:path';
import { build } from 'vite';
import { serveFolder } from './staticServer';

export const RENDERER_URL_VARIABLE = 'ATTACHE_E2E_RENDERER_URL';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const configFile = resolve(import.meta.dirname, 'vite.e2e.config.ts');
  await build({ configFile });
  const { e2eRendererOutDir } = await import('./vite.e2e.config');
  const { url, server } = await serveFolder(e2eRendererOutDir);
  process.env[RENDERER_URL_VARIABLE] = url;
  return () => new Promise<void>((done) => server.close(() => done()));
}

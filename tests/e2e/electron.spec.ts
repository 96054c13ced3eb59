// Smoke test of the packaged shell: launches the built app (out/main/index.js) in a real Electron
// and checks that the start screen comes up in a locked-down page. Needs `npm run build` first,
// an Electron binary (node_modules/electron/dist) and, on Linux, a display (xvfb-run).
import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const mainEntry = join(repo, 'out/main/index.js');

/** The Electron binary, found without require('electron'), which would try to download one. */
function findElectron(): { path: string } | { reason: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'node_modules/electron was installed without its binary (no path.txt)' };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `${binary} is missing` };
  return { path: binary };
}

const electronBinary = findElectron();
const missing =
  'reason' in electronBinary
    ? `No Electron binary: ${electronBinary.reason}.`
    : !existsSync(mainEntry)
      ? 'The app is not built: run `npx electron-vite build` first.'
      : process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']
        ? 'No display: run under xvfb-run on Linux.'
        : null;

test.describe('Electron shell', () => {
  test.skip(missing !== null, missing ?? '');

  let app: ElectronApplication;
  let userData: string;

  test.beforeEach(async () => {
    userData = await mkdtemp(join(tmpdir(), 'attache-e2e-'));
    const env = { ...process.env } as Record<string, string>;
    delete env['ELECTRON_RENDERER_URL'];
    app = await electron.launch({
      executablePath: (electronBinary as { path: string }).path,
      args: [mainEntry, `--user-data-dir=${userData}`],
      cwd: repo,
      env,
    });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(userData, { recursive: true, force: true });
  });

  test('opens one window on the start screen, with only window.attache exposed', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await expect(page.getByRole('button', { name: /new project/i }).first()).toBeVisible();
    const exposed = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        api: typeof (w['attache'] as Record<string, unknown> | undefined)?.['projectInfo'],
        require: typeof w['require'],
        process: typeof w['process'],
        ipc: typeof w['ipcRenderer'],
      };
    });
    expect(exposed).toEqual({ api: 'function', require: 'undefined', process: 'undefined', ipc: 'undefined' });
    const info = await page.evaluate(() =>
      (window as unknown as { attache: { projectInfo(): Promise<unknown> } }).attache.projectInfo(),
    );
    expect(info).toEqual({ ok: true, value: null });
  });

  test('serves the page from app://attache/ and gives it no way to import a path', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://attache/index.html');
    const answers = await page.evaluate(async () => {
      const api = (window as unknown as { attache: Record<string, unknown> }).attache;
      const add = api['addDroppedFiles'] as (files: unknown) => Promise<{ ok: boolean }>;
      const openProject = api['openDroppedProject'] as (file: unknown) => Promise<{ ok: boolean }>;
      return {
        exposed: 'sourcesAddDropped' in api || 'projectOpenDropped' in api,
        // A File the page made has no place on disk; a string is not a File.
        made: (await add([new File(['x'], 'x.txt')])).ok,
        named: (await add(['/etc/passwd'])).ok,
        madeProject: (await openProject(new File(['x'], 'x.attache'))).ok,
        namedProject: (await openProject('/etc/x.attache')).ok,
        // The platform names shortcuts; a native menu owns the accelerators it lists.
        host: api['host'],
      };
    });
    expect(answers).toEqual({
      exposed: false,
      made: false,
      named: false,
      madeProject: false,
      namedProject: false,
      host: { platform: process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux', nativeMenu: true },
    });
  });

  test('refuses to open other windows or navigate away', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const before = page.url();
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });
});

import { describe, expect, it, vi } from 'vitest';

const constructed = vi.hoisted(() => [] as Array<Record<string, unknown>>);

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { id: 1 };
    constructor(options: Record<string, unknown>) {
      constructed.push(options);
    }
    maximize = vi.fn();
    once = vi.fn();
  }
  return { BrowserWindow };
});

const { createAppWindow, secureWebPreferences } = await import('../../../src/main/appWindow');

describe('application window', () => {
  it('is sandboxed and isolated, with no Node in the page and web security on', () => {
    createAppWindow({
      preload: '/app/out/preload/index.cjs',
      placement: { width: 1200, height: 800, maximized: false },
      title: 'Attaché',
    });
    const prefs = constructed.at(-1)?.['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(constructed.at(-1)?.['show']).toBe(false);
  });

  it('never switches off a guard whatever the preload', () => {
    const prefs = secureWebPreferences('x');
    expect(Object.entries(prefs).filter(([k, v]) => /security|isolation|sandbox/i.test(k) && v !== true)).toEqual([]);
    expect(Object.entries(prefs).filter(([k, v]) => /nodeIntegration|Insecure|webview/i.test(k) && v !== false)).toEqual([]);
  });

  it('opens at the remembered place, or lets the window system choose', () => {
    createAppWindow({ preload: 'p', placement: { x: 10, y: 20, width: 900, height: 700, maximized: false }, title: 'A' });
    expect(constructed.at(-1)).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
    createAppWindow({ preload: 'p', placement: { width: 900, height: 700, maximized: false }, title: 'A' });
    expect(constructed.at(-1)).not.toHaveProperty('x');
  });
});

// One application window: sandboxed, isolated, no Node in the page, our preload only.
import { BrowserWindow, type WebPreferences } from 'electron';
import type { AppOrigin } from './appOrigin';
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './windowState';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Middle-click (auxclick) on a link would try to open a window; refused anyway, but off here too.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  };
}

export function createAppWindow(options: { preload: string; placement: WindowState; title: string; icon?: string }): BrowserWindow {
  const { placement } = options;
  const window = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preload),
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  return window;
}

export function loadApp(window: BrowserWindow, origin: AppOrigin): Promise<void> {
  return window.loadURL(origin.entry.url);
}

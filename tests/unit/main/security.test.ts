import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { appOriginFor } from '../../../src/main/appOrigin';
import { guardSession, guardWebContents, isRequestAllowed } from '../../../src/main/security';

const index = '/opt/attache/out/renderer/index.html';
const production = appOriginFor({ rendererIndexFile: index });
const development = appOriginFor({ rendererIndexFile: index, devServerUrl: 'http://localhost:5173' });

function fakeContents() {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, handler: (...args: unknown[]) => void) => handlers.set(name, handler),
    setWindowOpenHandler: (h: typeof openHandler) => {
      openHandler = h;
    },
    getURL: () => 'app://attache/index.html',
  };
  const fire = (name: string, ...args: unknown[]) => handlers.get(name)?.(...args);
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) };
}

function event(extra: Record<string, unknown> = {}) {
  return { preventDefault: vi.fn(), ...extra };
}

describe('web contents guard', () => {
  it('refuses navigation away from the app, redirects, webviews and new windows', () => {
    const { contents, fire, open } = fakeContents();
    guardWebContents(contents, production, false);
    const nav = event();
    fire('will-navigate', nav, 'https://evil.example/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const ownPage = event();
    fire('will-navigate', ownPage, 'app://attache/index.html');
    expect(ownPage.preventDefault).toHaveBeenCalled();
    const redirect = event();
    fire('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = event();
    fire('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const subframe = event({ isMainFrame: false });
    fire('will-frame-navigate', subframe);
    expect(subframe.preventDefault).toHaveBeenCalled();
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
  });

  it('lets the dev server reload the app page in development, and nothing else', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents, development, true);
    const reload = event();
    fire('will-navigate', reload, 'http://localhost:5173/');
    expect(reload.preventDefault).not.toHaveBeenCalled();
    const away = event();
    fire('will-navigate', away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();
  });
});

describe('session guard', () => {
  function fakeSession() {
    const hooks: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      webRequest: {
        onHeadersReceived: (h: (...args: unknown[]) => unknown) => (hooks['headers'] = h),
        onBeforeRequest: (h: (...args: unknown[]) => unknown) => (hooks['request'] = h),
      },
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (hooks['permission'] = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (hooks['check'] = h),
    };
    guardSession(session as unknown as Session, production, undefined);
    return hooks;
  }

  it('replaces any Content-Security-Policy with ours', () => {
    const hooks = fakeSession();
    const callback = vi.fn();
    hooks['headers']!({ responseHeaders: { 'content-security-policy': ["default-src *"], 'x-other': ['1'] } }, callback);
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy']![0]).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(headers['x-other']).toEqual(['1']);
  });

  it('denies camera, notifications and the rest', () => {
    const hooks = fakeSession();
    const contents = fakeContents().contents;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      const callback = vi.fn();
      hooks['permission']!(contents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(hooks['check']!(contents, permission, 'app://attache')).toBe(false);
    }
  });

  it('lets nothing reach the network or file://; the page loads from app://attache/ only', () => {
    expect(isRequestAllowed('https://fonts.example.com/a.woff2', production, undefined)).toBe(false);
    expect(isRequestAllowed('ws://localhost:5173/', production, undefined)).toBe(false);
    expect(isRequestAllowed('app://attache/assets/index-abc.js', production, undefined)).toBe(true);
    expect(isRequestAllowed('app://elsewhere/x.js', production, undefined)).toBe(false);
    expect(isRequestAllowed('file:///opt/attache/out/renderer/assets/index-abc.js', production, undefined)).toBe(false);
    expect(isRequestAllowed('file:///home/me/.ssh/id_rsa', production, undefined)).toBe(false);
    expect(isRequestAllowed('data:image/png;base64,AAAA', production, undefined)).toBe(true);
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', development, 'http://localhost:5173')).toBe(true);
    expect(isRequestAllowed('http://example.org/', development, 'http://localhost:5173')).toBe(false);
  });
});

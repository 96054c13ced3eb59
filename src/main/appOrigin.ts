// Which pages are ours. The IPC adapter answers only frames showing our own renderer, and the
// navigation guard uses the same test: in production the bundled index.html served from
// app://attache/ (appProtocol.ts), in development the electron-vite dev server.
import { dirname } from 'node:path';
import { APP_ORIGIN, APP_SCHEME, APP_HOST } from './appProtocol';

export interface AppOrigin {
  /** What the window loads; for the app scheme, the folder its files are served from. */
  readonly entry: { kind: 'app'; url: string; folder: string } | { kind: 'url'; url: string };
  /** True for a URL of our renderer (any hash or query), false for anything else. */
  isAppUrl(url: string): boolean;
}

export function appOriginFor(options: {
  rendererIndexFile: string;
  devServerUrl?: string | undefined;
}): AppOrigin {
  const dev = options.devServerUrl ? safeUrl(options.devServerUrl) : null;
  if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:')) {
    return {
      entry: { kind: 'url', url: dev.href },
      isAppUrl: (url) => {
        const u = safeUrl(url);
        return u !== null && u.origin === dev.origin;
      },
    };
  }
  return {
    entry: { kind: 'app', url: `${APP_ORIGIN}/index.html`, folder: dirname(options.rendererIndexFile) },
    isAppUrl: (url) => {
      const u = safeUrl(url);
      return (
        u !== null &&
        u.protocol === `${APP_SCHEME}:` &&
        u.host === APP_HOST &&
        (u.pathname === '/index.html' || u.pathname === '/')
      );
    },
  };
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

// Which pages are ours. The IPC adapter answers only frames showing our own renderer, and the
// navigation guard uses the same test: in production the bundled index.html (file://), in
// development the electron-vite dev server.
import { pathToFileURL } from 'node:url';

export interface AppOrigin {
  /** What the window loads. */
  readonly entry: { kind: 'file'; path: string } | { kind: 'url'; url: string };
  /** True for a URL of our renderer (any hash or query), false for anything else. */
  isAppUrl(url: string): boolean;
}

export function appOriginFor(options: { rendererIndexFile: string; devServerUrl?: string | undefined }): AppOrigin {
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
  // NOTE: file:// has no origin worth comparing ("null"), so we compare the exact file: a page
  // from anywhere else on disk (say, a downloaded .html) is not ours.
  const index = pathToFileURL(options.rendererIndexFile);
  return {
    entry: { kind: 'file', path: options.rendererIndexFile },
    isAppUrl: (url) => {
      const u = safeUrl(url);
      return u !== null && u.protocol === 'file:' && u.host === index.host && u.pathname === index.pathname;
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

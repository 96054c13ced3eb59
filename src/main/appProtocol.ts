// The renderer is served from app://attache/, a privileged custom scheme, not file://: the page
// gets a real origin (app://attache), file:// keeps no special powers (see the fuses in
// electron-builder.yml), every response carries the full Content-Security-Policy as a header, and
// only files inside the renderer's build folder can be asked for.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'attache';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // standard: URLs resolve like http (relative paths, an origin); secure: a secure context.
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * The file inside `folder` an app:// URL names, or null when it names anything else: another
 * host, a path that climbs out (`..`, encoded or not), a backslash or a NUL.
 */
export function fileForAppUrl(url: string, folder: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(folder);
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/** The protocol handler: the file with its type and the CSP header, or 404 for anything else. */
export function appRequestHandler(folder: string, policy: string): (request: Request) => Promise<Response> {
  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  return async (request) => {
    const file = request.method === 'GET' ? fileForAppUrl(request.url, folder) : null;
    if (file) {
      try {
        const body = await readFile(file);
        return new Response(new Uint8Array(body), {
          status: 200,
          headers: headers(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'),
        });
      } catch {
        // Missing or unreadable: answered as not found below.
      }
    }
    return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
  };
}

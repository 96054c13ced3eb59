// Process-wide guards, applied to every web contents and to the default session: no navigation
// away from our page, no new windows, no webviews, no permissions, no requests to the network, and
// our Content-Security-Policy on every response.
import type { Session, WebContents } from 'electron';
import type { AppOrigin } from './appOrigin';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './appProtocol';
import { contentSecurityPolicy } from './contentSecurity';

export function guardWebContents(contents: WebContents, origin: AppOrigin, allowAppNavigation: boolean): void {
  // NOTE: in development the dev server may reload the page; in production nothing navigates.
  const refuse = (event: { preventDefault(): void }, url: string) => {
    if (allowAppNavigation && origin.isAppUrl(url)) return;
    event.preventDefault();
  };
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // handled by will-navigate
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // NOTE: links never open: no shell.openExternal, so a crafted URL in a source cannot launch
  // anything. Sources are text; the renderer shows URLs as text for the analyst to copy.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function guardSession(session: Session, origin: AppOrigin, devServerUrl: string | undefined): void {
  const policy = contentSecurityPolicy({ devServerUrl });
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
  // Attaché is offline: only the dev server (in development) may be reached over the network.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, origin, devServerUrl) });
  });
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'clipboard-sanitized-write' && origin.isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'clipboard-sanitized-write' && isOwnOrigin(requestingOrigin, origin);
  });
}

export function isRequestAllowed(url: string, origin: AppOrigin, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
    if (!devServerUrl) return false;
    return parsed.host === new URL(devServerUrl).host;
  }
  // Our bundle comes from app://attache/ (the handler serves only its own folder); data:/blob:
  // (images the page makes), devtools: and chrome-extension: (development tools) stay local.
  // file: is never needed in production: nothing of ours is loaded from it.
  if (origin.entry.kind === 'url') return true;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return parsed.protocol !== 'file:';
}

function isOwnOrigin(requestingOrigin: string, origin: AppOrigin): boolean {
  if (origin.entry.kind === 'url') return origin.isAppUrl(requestingOrigin);
  return requestingOrigin === APP_ORIGIN || requestingOrigin.startsWith(`${APP_ORIGIN}/`);
}

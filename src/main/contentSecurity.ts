// The renderer's Content-Security-Policy. It is sent as a response header by the app:// handler
// (appProtocol.ts) and on the dev server's pages (security.ts), and repeated word for word by the
// meta tag in src/renderer/index.html (pages opened any other way, e.g. the e2e harness's server).
// Our pages load nothing from outside the app: sources are shown as text, never HTML.

export function contentSecurityPolicy(options: { devServerUrl?: string | undefined } = {}): string {
  const dev = options.devServerUrl ? new URL(options.devServerUrl) : null;
  const wsScheme = dev?.protocol === 'https:' ? 'wss:' : 'ws:';
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // NOTE: development only: Vite's React refresh preamble is an inline script.
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // Inline styles: React's style attributes and the editor's positioning.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', dev ? ["'self'", `${wsScheme}//${dev.host}`] : ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

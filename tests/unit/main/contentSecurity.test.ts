import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../../src/main/contentSecurity';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name ?? '', values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('in production allows only our own scripts and no plugins, bases or framing', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('in development also reaches the dev server’s websocket', () => {
    const csp = directives(contentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' }));
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });
});

describe('the meta policy of src/renderer/index.html', () => {
  it('is the header’s policy, word for word', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
    expect(metas).toHaveLength(1);
    expect(metas[0]?.[1]).toBe(contentSecurityPolicy());
    expect(contentSecurityPolicy()).toMatch(/form-action 'none'.*frame-ancestors 'none'/);
  });
});

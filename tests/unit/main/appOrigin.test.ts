import { describe, expect, it } from 'vitest';
import { appOriginFor } from '../../../src/main/appOrigin';

describe('appOriginFor', () => {
  const index = '/opt/Attaché/resources/app.asar/out/renderer/index.html';
  const url = 'app://attache/index.html';

  it('in production trusts our index.html served from app://attache/ only, with any hash or query', () => {
    const origin = appOriginFor({ rendererIndexFile: index });
    expect(origin.entry).toEqual({ kind: 'app', url, folder: '/opt/Attaché/resources/app.asar/out/renderer' });
    expect(origin.isAppUrl(url)).toBe(true);
    expect(origin.isAppUrl(`${url}#/facts?id=1`)).toBe(true);
    expect(origin.isAppUrl('app://attache/other.html')).toBe(false);
    expect(origin.isAppUrl('app://evil/index.html')).toBe(false);
    expect(origin.isAppUrl('file:///opt/Attach%C3%A9/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(origin.isAppUrl('file:///home/me/Downloads/index.html')).toBe(false);
    expect(origin.isAppUrl('https://example.org/')).toBe(false);
    expect(origin.isAppUrl('not a url')).toBe(false);
  });

  it('in development trusts the dev server’s origin and nothing else', () => {
    const origin = appOriginFor({ rendererIndexFile: index, devServerUrl: 'http://localhost:5173' });
    expect(origin.entry).toEqual({ kind: 'url', url: 'http://localhost:5173/' });
    expect(origin.isAppUrl('http://localhost:5173/#/brief')).toBe(true);
    expect(origin.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(origin.isAppUrl('http://localhost.evil.example:5173/')).toBe(false);
    expect(origin.isAppUrl(url)).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    const origin = appOriginFor({ rendererIndexFile: index, devServerUrl: 'javascript:alert(1)' });
    expect(origin.entry.kind).toBe('app');
  });
});

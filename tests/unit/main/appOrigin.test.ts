import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { appOriginFor } from '../../../src/main/appOrigin';

describe('appOriginFor', () => {
  const index = '/opt/Attaché/resources/app.asar/out/renderer/index.html';
  const url = pathToFileURL(index).href;

  it('in production trusts our bundled index.html only, with any hash or query', () => {
    const origin = appOriginFor({ rendererIndexFile: index });
    expect(origin.entry).toEqual({ kind: 'file', path: index });
    expect(origin.isAppUrl(url)).toBe(true);
    expect(origin.isAppUrl(`${url}#/facts?id=1`)).toBe(true);
    expect(origin.isAppUrl(pathToFileURL('/opt/Attaché/resources/app.asar/out/renderer/other.html').href)).toBe(false);
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
    expect(origin.entry.kind).toBe('file');
  });
});

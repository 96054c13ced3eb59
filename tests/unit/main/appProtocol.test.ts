import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_SCHEME_PRIVILEGES, appRequestHandler, fileForAppUrl } from '../../../src/main/appProtocol';
import { contentSecurityPolicy } from '../../../src/main/contentSecurity';

describe('app:// paths', () => {
  const folder = '/opt/attache/out/renderer';

  it('names files inside the renderer folder, index.html for the root', () => {
    expect(fileForAppUrl('app://attache/index.html', folder)).toBe(join(folder, 'index.html'));
    expect(fileForAppUrl('app://attache/', folder)).toBe(join(folder, 'index.html'));
    expect(fileForAppUrl('app://attache/assets/index-abc.js?v=1#x', folder)).toBe(
      join(folder, 'assets/index-abc.js'),
    );
  });

  it('keeps dot segments the URL itself resolves inside the folder', () => {
    // URL parsing already drops "..", "%2e%2e" above the root, as Chromium does for a standard scheme.
    expect(fileForAppUrl('app://attache/../../../etc/passwd', folder)).toBe(join(folder, 'etc/passwd'));
    expect(fileForAppUrl('app://attache/assets/%2e%2e/%2e%2e/secrets.txt', folder)).toBe(
      join(folder, 'secrets.txt'),
    );
  });

  it.each([
    'app://attache/%2e%2e%2f%2e%2e%2fsecrets.txt',
    'app://attache/..%5c..%5csecrets.txt',
    'app://attache/assets%5c..%5c..%5csecrets.txt',
    'app://attache/index.html%00.png',
    'app://attache/%E0%A4%A',
    'app://other/index.html',
    'file:///opt/attache/out/renderer/index.html',
    'https://attache/index.html',
    'not a url',
  ])('names nothing for %s', (url) => {
    expect(fileForAppUrl(url, folder)).toBeNull();
  });

  it('is registered as a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
  });
});

describe('app:// handler', () => {
  let root: string;
  let renderer: string;
  const policy = contentSecurityPolicy();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'attache-protocol-'));
    renderer = join(root, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Attaché</title>');
    await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'secret.txt'), 'not for the page');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('serves the page with its type and the full CSP as a header', async () => {
    const handle = appRequestHandler(renderer, policy);
    const page = await handle(new Request('app://attache/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(policy);
    expect(policy).toMatch(/form-action 'none'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toMatch(/base-uri 'none'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(await page.text()).toContain('<title>Attaché</title>');
    const script = await handle(new Request('app://attache/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a file outside the folder, a missing file or another method', async () => {
    const handle = appRequestHandler(renderer, policy);
    for (const url of [
      'app://attache/%2e%2e/secret.txt',
      'app://attache/..%2fsecret.txt',
      'app://attache/missing.js',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('not for the page');
      expect(response.headers.get('content-security-policy')).toBe(policy);
    }
    const post = await handle(new Request('app://attache/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(404);
  });
});

import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, ipcMain: { on: vi.fn(), removeListener: vi.fn() } }));

const { passwordPage } = await import('../../../src/main/passwordPrompt');

describe('PDF password prompt page', () => {
  it('names the file as text, never as markup', () => {
    const html = passwordPage('<img src=x onerror=alert(1)>"report".pdf');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;&#34;report&#34;.pdf');
  });

  it('carries no script and a policy that forbids any', () => {
    const html = passwordPage('a.pdf');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

});

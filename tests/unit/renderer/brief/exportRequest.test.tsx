// @vitest-environment happy-dom
// File › Export PDF… reaches the Brief tab's export panel as a request: it runs once (strict mode
// runs effects twice in development), with the options the project screen holds for the panel, and
// Open then asks main for "the last export" without naming a path.
import { StrictMode, act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { reactRoot } from '../reactRoot';
import { ExportPanel } from '../../../../src/renderer/src/brief/BriefSide';
import { DEFAULT_EXPORT_CHOICES, ExportRequestContext, type ExportRequests } from '../../../../src/renderer/src/brief/exportRequest';

const dom = reactRoot();

function fakeAttache() {
  const api = {
    briefExportPdf: vi.fn(async () => ({ ok: true, value: { path: '/out/Brief.pdf', pages: 2, citations: 3 } })),
    briefExportDocx: vi.fn(async () => ({ ok: true, value: null })),
    briefPrint: vi.fn(async () => ({ ok: true, value: { pages: 2, citations: 3 } })),
    exportOpenLast: vi.fn(async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Brief.pdf is no longer where it was exported.' } })),
  };
  (window as unknown as { attache: unknown }).attache = api;
  return api;
}

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('export requests from the menu', () => {
  it('run the panel’s export once, then Open asks for the last export with no path and says why it failed', async () => {
    const api = fakeAttache();
    const answered = vi.fn();
    const requests: ExportRequests = {
      request: { kind: 'PDF', id: 1 },
      answered,
      choices: { paper: 'Letter', frontMatter: 'always', allowUnverified: false },
      choose: () => undefined,
    };
    act(() =>
      dom.root.render(
        <StrictMode>
          <ExportRequestContext value={requests}>
            <ExportPanel problems={0} refused={0} beforeExport={async () => undefined} />
          </ExportRequestContext>
        </StrictMode>,
      ),
    );
    await flush();
    expect(api.briefExportPdf).toHaveBeenCalledTimes(1);
    expect(api.briefExportPdf).toHaveBeenCalledWith({ paper: 'Letter', allowUnverified: false, frontMatter: 'always' });
    expect(answered).toHaveBeenCalledWith(1);
    expect(dom.host.textContent).toContain('Saved 2 pages, 3 citations to /out/Brief.pdf');

    const open = [...dom.host.querySelectorAll('button')].find((b) => b.textContent === 'Open')!;
    expect(document.activeElement).toBe(open);
    await act(async () => open.click());
    await flush();
    expect(api.exportOpenLast).toHaveBeenCalledWith({ how: 'open' });
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toBe('Brief.pdf is no longer where it was exported.');
  });

  it('Print says the brief is in the PDF viewer, and offers no Open (nothing was exported)', async () => {
    const api = fakeAttache();
    act(() =>
      dom.root.render(
        <ExportRequestContext value={{ request: { kind: 'PRINT', id: 7 }, answered: () => undefined, choices: DEFAULT_EXPORT_CHOICES, choose: () => undefined }}>
          <ExportPanel problems={0} refused={0} beforeExport={async () => undefined} />
        </ExportRequestContext>,
      ),
    );
    await flush();
    expect(api.briefPrint).toHaveBeenCalledTimes(1);
    expect(dom.host.textContent).toContain('open in your PDF viewer');
    expect([...dom.host.querySelectorAll('button')].some((b) => b.textContent === 'Open')).toBe(false);
  });

  it('hand a changed option to the project screen, which keeps it while the panel is gone', async () => {
    fakeAttache();
    const choose = vi.fn();
    act(() =>
      dom.root.render(
        <ExportRequestContext value={{ request: null, answered: () => undefined, choices: DEFAULT_EXPORT_CHOICES, choose }}>
          <ExportPanel problems={0} refused={0} beforeExport={async () => undefined} />
        </ExportRequestContext>,
      ),
    );
    const paper = dom.host.querySelector('select')!;
    await act(async () => {
      paper.value = 'Letter';
      paper.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(choose).toHaveBeenCalledWith({ paper: 'Letter' });
  });
});

// After an export, Open and Show in folder act on the file that export wrote, and on nothing the
// page could name; Print writes the brief's PDF to a folder of its own and opens it for printing.
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttacheSession, createHandlers, dispatchCall, noDialogs, type DialogPort } from '../../../../src/node/service';
import { fileNameOf } from '../../../../src/node/service/session';
import type { DesktopPort } from '../../../../src/node/service/ports';
import { RecentProjects } from '../../../../src/node/store';
import { shutdownWorkers } from '../../../../src/node/workers/runTask';

let dir: string;
let session: AttacheSession;
let exportPaths: string[];
let desktop: DesktopPort & { opened: string[]; shown: string[]; failure: string };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-desktop-'));
  exportPaths = [];
  desktop = {
    opened: [],
    shown: [],
    failure: '',
    async openFile(path) {
      this.opened.push(path);
      return this.failure;
    },
    showInFolder(path) {
      this.shown.push(path);
    },
  };
  const source = join(dir, 'report.txt');
  await writeFile(source, 'Trade between the two countries reached US$3.1 billion last year, the ministry said.\n');
  const dialogs: DialogPort = {
    ...noDialogs,
    chooseNewProjectPath: async () => join(dir, 'Desk.attache'),
    chooseSourceFiles: async () => [source],
    chooseExportPath: async () => exportPaths.shift() ?? null,
  };
  session = new AttacheSession({ dialogs, recent: new RecentProjects(join(dir, 'recent.json')), emit: () => {}, owner: 'test', debounceMs: 0, desktop, printFolder: join(dir, 'print') });
  await session.newProject();
  await session.addSourcesFromDialog();
  session.createBrief('blank');
});

afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

afterAll(() => shutdownWorkers());

describe('Open and Show in folder after an export', () => {
  it('acts on the file the last export wrote, PDF or Word', async () => {
    const handlers = createHandlers(session);
    await expect(dispatchCall(handlers, 'exportOpenLast', { how: 'open' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/export the brief first/) } });

    const pdf = join(dir, 'Brief.pdf');
    exportPaths.push(pdf);
    await session.exportBriefFromDialog({});
    await expect(dispatchCall(handlers, 'exportOpenLast', { how: 'open' })).resolves.toEqual({ ok: true, value: null });
    await expect(dispatchCall(handlers, 'exportOpenLast', { how: 'folder' })).resolves.toEqual({ ok: true, value: null });
    expect(desktop.opened).toEqual([pdf]);
    expect(desktop.shown).toEqual([pdf]);

    const docx = join(dir, 'Brief.docx');
    exportPaths.push(docx);
    await session.exportBriefDocxFromDialog({});
    await session.openLastExport('open');
    expect(desktop.opened).toEqual([pdf, docx]);

    // A cancelled export leaves the last one as it was.
    await session.exportBriefFromDialog({});
    await session.openLastExport('folder');
    expect(desktop.shown).toEqual([pdf, docx]);
  });

  it('takes no path, says when the file moved, and what the system answered when it could not open it', async () => {
    const handlers = createHandlers(session);
    await expect(dispatchCall(handlers, 'exportOpenLast', { how: 'open', path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    const pdf = join(dir, 'Brief.pdf');
    exportPaths.push(pdf);
    await session.exportBriefFromDialog({});
    desktop.failure = 'No application is registered for PDF files.';
    await expect(session.openLastExport('open')).rejects.toMatchObject({ code: 'NOT_ALLOWED', message: 'Brief.pdf could not be opened: No application is registered for PDF files.' });
    await rename(pdf, join(dir, 'moved.pdf'));
    await expect(session.openLastExport('folder')).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^Brief\.pdf is no longer where it was exported/) });
    expect(desktop.shown).toEqual([]);
  });

  it('forgets the last export when the project closes', async () => {
    exportPaths.push(join(dir, 'Brief.pdf'));
    await session.exportBriefFromDialog({});
    await session.close();
    await expect(session.openLastExport('open')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('Print', () => {
  it('writes the brief’s PDF to the print folder and opens it, without asking where or becoming the last export', async () => {
    const printed = await session.printBrief({});
    expect(printed.pages).toBeGreaterThan(0);
    expect(desktop.opened).toHaveLength(1);
    const file = desktop.opened[0]!;
    expect(file).toBe(join(dir, 'print', 'Desk.pdf'));
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(session.openLastExport('open')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses what export refuses, and says where the PDF is when no viewer opened it', async () => {
    session.setBrief({ ...session.requireBrief(), sections: [{ id: 's1', title: 'Purpose', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'State the purpose.', prompt: true }] }] }] });
    await expect(session.printBrief({})).rejects.toMatchObject({ code: 'BRIEF_INTEGRITY' });
    expect(desktop.opened).toEqual([]);
    desktop.failure = 'no viewer';
    await expect(session.printBrief({ allowUnverified: true })).rejects.toMatchObject({ code: 'EXPORT_FAILED', message: expect.stringContaining(join(dir, 'print', 'Desk.pdf')) });
  });

  it('refuses in a host with no desktop (the CLI)', async () => {
    const bare = new AttacheSession({ dialogs: noDialogs, recent: new RecentProjects(join(dir, 'recent2.json')), emit: () => {}, owner: 'test' });
    await expect(bare.openLastExport('open')).rejects.toMatchObject({ code: 'NOT_ALLOWED', message: expect.stringMatching(/no desktop/) });
  });

  it('names the file after the brief in a way every system accepts', () => {
    expect(fileNameOf('Chile/Vietnam: visit?')).toBe('Chile-Vietnam- visit-');
    expect(fileNameOf(' ..  ')).toBe('Brief');
    expect(fileNameOf('Tô Lâm in Santiago')).toBe('Tô Lâm in Santiago');
  });
});

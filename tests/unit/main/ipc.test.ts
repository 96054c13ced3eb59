import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { AttacheError } from '../../../src/core/errors';
import { CALL_NAMES, DROPPED_FILES_CHANNEL, channelOf, type ProjectInfo } from '../../../src/shared/api';
import type { Handlers } from '../../../src/node/service/dispatch';

type Listener = (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>;
type SendListener = (event: IpcMainInvokeEvent, arg: unknown) => void;
const registered = new Map<string, Listener>();
const sendListeners = new Map<string, Set<SendListener>>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    on: vi.fn((channel: string, listener: SendListener) => {
      const set = sendListeners.get(channel) ?? new Set();
      set.add(listener);
      sendListeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: SendListener) => sendListeners.get(channel)?.delete(listener)),
  },
}));

const { registerIpc } = await import('../../../src/main/ipc');
const { appOriginFor } = await import('../../../src/main/appOrigin');

const APP_URL = 'app://attache/index.html';
const OUR_CONTENTS_ID = 7;

function fakeEvent(overrides: { url?: string; subframe?: boolean; otherFrame?: boolean; noFrame?: boolean; contentsId?: number } = {}) {
  const mainFrame = { processId: 4, routingId: 1 };
  const frame = {
    url: overrides.url ?? `${APP_URL}#/facts`,
    parent: overrides.subframe ? mainFrame : null,
    processId: 4,
    routingId: overrides.otherFrame ? 9 : 1,
    isDestroyed: () => false,
  };
  return {
    sender: { id: overrides.contentsId ?? OUR_CONTENTS_ID, mainFrame },
    senderFrame: overrides.noFrame ? null : frame,
  } as unknown as IpcMainInvokeEvent;
}

const info: ProjectInfo = {
  path: '/tmp/x.attache',
  name: 'x',
  id: 'p1',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  sourceCount: 0,
  factCount: 0,
  saved: true,
  readOnly: false,
  notices: [],
};

function fakeHandlers(): Handlers {
  const handlers = Object.fromEntries(
    CALL_NAMES.map((name) => [name, vi.fn(async () => Promise.reject(new Error(`${name} was not expected`)))]),
  ) as unknown as Handlers;
  return handlers;
}

/** The preload announces the paths of a drop (ipcRenderer.send). */
function announceDrop(event: IpcMainInvokeEvent, arg: unknown) {
  for (const listener of sendListeners.get(DROPPED_FILES_CHANNEL) ?? []) listener(event, arg);
}

async function call(name: string, event: IpcMainInvokeEvent, arg?: unknown) {
  const listener = registered.get(channelOf(name as never));
  if (!listener) throw new Error(`no handler for ${name}`);
  return listener(event, arg);
}

describe('IPC adapter', () => {
  let handlers: Handlers;
  let unregister: () => void;

  beforeEach(() => {
    registered.clear();
    sendListeners.clear();
    handlers = fakeHandlers();
    unregister = registerIpc({
      handlersFor: (sender) => (sender.id === OUR_CONTENTS_ID ? handlers : null),
      isAppUrl: appOriginFor({ rendererIndexFile: '/opt/attache/out/renderer/index.html' }).isAppUrl,
    });
  });

  it('registers exactly one handler per contract call, and removes them all again', () => {
    expect([...registered.keys()].sort()).toEqual(CALL_NAMES.map((n) => channelOf(n)).sort());
    expect(sendListeners.get(DROPPED_FILES_CHANNEL)?.size).toBe(1);
    unregister();
    expect(registered.size).toBe(0);
    expect(sendListeners.get(DROPPED_FILES_CHANNEL)?.size).toBe(0);
  });

  it('routes a valid call to the window’s session and wraps the value', async () => {
    vi.mocked(handlers.projectInfo).mockResolvedValue(info);
    await expect(call('projectInfo', fakeEvent())).resolves.toEqual({ ok: true, value: info });
    expect(handlers.projectInfo).toHaveBeenCalledTimes(1);
  });

  it('hands the handler the parsed argument', async () => {
    const report = { outcomes: [], added: 0, duplicates: 0, failed: 0, cancelled: false };
    vi.mocked(handlers.sourcesAddDropped).mockResolvedValue(report);
    announceDrop(fakeEvent(), { paths: ['/data/a.txt', '/data/b.pdf'] });
    const result = await call('sourcesAddDropped', fakeEvent(), { paths: ['/data/a.txt', '/data/b.pdf'] });
    expect(result).toEqual({ ok: true, value: report });
    expect(handlers.sourcesAddDropped).toHaveBeenCalledWith({ paths: ['/data/a.txt', '/data/b.pdf'] });
  });

  describe('imports by drop', () => {
    const report = { outcomes: [], added: 1, duplicates: 0, failed: 0, cancelled: false };
    beforeEach(() => vi.mocked(handlers.sourcesAddDropped).mockResolvedValue(report));

    it('refuses a path the preload did not announce from a drop on this window', async () => {
      const result = await call('sourcesAddDropped', fakeEvent(), { paths: ['/etc/passwd'] });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', message: expect.stringMatching(/not dropped/) } });
      announceDrop(fakeEvent(), { paths: ['/home/me/a.txt'] });
      const mixed = await call('sourcesAddDropped', fakeEvent(), { paths: ['/home/me/a.txt', '/home/me/.ssh/id_ed25519'] });
      expect(mixed).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
      expect(handlers.sourcesAddDropped).not.toHaveBeenCalled();
    });

    it('imports a drop once: the same paths again are refused', async () => {
      announceDrop(fakeEvent(), { paths: ['/home/me/a.txt'] });
      await expect(call('sourcesAddDropped', fakeEvent(), { paths: ['/home/me/a.txt'] })).resolves.toEqual({ ok: true, value: report });
      await expect(call('sourcesAddDropped', fakeEvent(), { paths: ['/home/me/a.txt'] })).resolves.toMatchObject({
        ok: false,
        error: { code: 'NOT_ALLOWED' },
      });
      expect(handlers.sourcesAddDropped).toHaveBeenCalledTimes(1);
    });

    it('ignores announcements from a frame or a page that is not ours, and from another window', async () => {
      announceDrop(fakeEvent({ subframe: true }), { paths: ['/a.txt'] });
      announceDrop(fakeEvent({ url: 'https://evil.example/' }), { paths: ['/b.txt'] });
      announceDrop(fakeEvent({ contentsId: 99 }), { paths: ['/c.txt'] });
      for (const path of ['/a.txt', '/b.txt', '/c.txt']) {
        await expect(call('sourcesAddDropped', fakeEvent(), { paths: [path] })).resolves.toMatchObject({
          ok: false,
          error: { code: 'NOT_ALLOWED' },
        });
      }
      expect(handlers.sourcesAddDropped).not.toHaveBeenCalled();
    });

    it('ignores a malformed announcement', async () => {
      announceDrop(fakeEvent(), { paths: '/etc/passwd' });
      announceDrop(fakeEvent(), ['/etc/passwd']);
      await expect(call('sourcesAddDropped', fakeEvent(), { paths: ['/etc/passwd'] })).resolves.toMatchObject({
        ok: false,
        error: { code: 'NOT_ALLOWED' },
      });
    });
  });

  describe('a project file dropped on a window', () => {
    it('opens only a path this window’s preload saw dropped, once', async () => {
      vi.mocked(handlers.projectOpenDropped).mockResolvedValue(info);
      await expect(call('projectOpenDropped', fakeEvent(), { path: '/home/me/secret.attache' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'NOT_ALLOWED', message: expect.stringMatching(/not dropped.*opened nothing/) },
      });
      announceDrop(fakeEvent(), { paths: ['/home/me/Mekong.attache'] });
      await expect(call('projectOpenDropped', fakeEvent({ contentsId: 99 }), { path: '/home/me/Mekong.attache' })).resolves.toMatchObject({ ok: false });
      await expect(call('projectOpenDropped', fakeEvent(), { path: '/home/me/Mekong.attache' })).resolves.toEqual({ ok: true, value: info });
      await expect(call('projectOpenDropped', fakeEvent(), { path: '/home/me/Mekong.attache' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
      expect(handlers.projectOpenDropped).toHaveBeenCalledTimes(1);
      expect(handlers.projectOpenDropped).toHaveBeenCalledWith({ path: '/home/me/Mekong.attache' });
    });

    it('brings forward the window that already shows the project instead of opening it twice', async () => {
      unregister();
      const focusIfShownElsewhere = vi.fn((_sender: unknown, path: string) => path === '/home/me/Open.attache');
      unregister = registerIpc({
        handlersFor: (sender) => (sender.id === OUR_CONTENTS_ID ? handlers : null),
        isAppUrl: appOriginFor({ rendererIndexFile: '/opt/attache/out/renderer/index.html' }).isAppUrl,
        focusIfShownElsewhere,
      });
      announceDrop(fakeEvent(), { paths: ['/home/me/Open.attache'] });
      await expect(call('projectOpenDropped', fakeEvent(), { path: '/home/me/Open.attache' })).resolves.toEqual({ ok: true, value: null });
      expect(handlers.projectOpenDropped).not.toHaveBeenCalled();
      expect(focusIfShownElsewhere).toHaveBeenCalledWith(expect.objectContaining({ id: OUR_CONTENTS_ID }), '/home/me/Open.attache');
    });
  });

  it('answers a bad argument with BAD_ARGUMENT and never runs the handler', async () => {
    const wrongType = await call('sourcesRemove', fakeEvent(), { sourceId: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    announceDrop(fakeEvent(), { paths: ['/a.txt'] });
    const extraKey = await call('sourcesAddDropped', fakeEvent(), { paths: ['/a.txt'], also: '/etc/passwd' });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    const missing = await call('projectOpenRecent', fakeEvent(), undefined);
    expect(missing).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(handlers.sourcesRemove).not.toHaveBeenCalled();
    expect(handlers.sourcesAddDropped).not.toHaveBeenCalled();
    expect(handlers.projectOpenRecent).not.toHaveBeenCalled();
  });

  it('returns the service’s typed error in the envelope instead of throwing', async () => {
    vi.mocked(handlers.sourcesGet).mockRejectedValue(new AttacheError('NOT_FOUND', 'That source is gone.'));
    await expect(call('sourcesGet', fakeEvent(), { sourceId: 's1' })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That source is gone.' },
    });
  });

  it.each([
    ['a page from the web', { url: 'https://evil.example/index.html' }],
    ['a file on disk', { url: 'file:///home/me/Downloads/trap.html' }],
    ['our bundle opened as a file', { url: 'file:///opt/attache/out/renderer/index.html' }],
    ['a frame inside our page', { subframe: true }],
    ['a frame that is not the main frame', { otherFrame: true }],
    ['a frame that is gone', { noFrame: true }],
    ['web contents that are not one of our windows', { contentsId: 99 }],
  ])('refuses %s with NOT_ALLOWED', async (_what, overrides) => {
    vi.mocked(handlers.projectInfo).mockResolvedValue(info);
    const result = await call('projectInfo', fakeEvent(overrides));
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(handlers.projectInfo).not.toHaveBeenCalled();
  });
});

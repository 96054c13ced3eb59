import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { AttacheError } from '../../../src/core/errors';
import { CALL_NAMES, channelOf, type ProjectInfo } from '../../../src/shared/api';
import type { Handlers } from '../../../src/node/service/dispatch';

type Listener = (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>;
const registered = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => registered.delete(channel)),
  },
}));

const { registerIpc } = await import('../../../src/main/ipc');
const { appOriginFor } = await import('../../../src/main/appOrigin');

const APP_URL = 'file:///opt/attache/out/renderer/index.html';
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
    handlers = fakeHandlers();
    unregister = registerIpc({
      handlersFor: (sender) => (sender.id === OUR_CONTENTS_ID ? handlers : null),
      isAppUrl: appOriginFor({ rendererIndexFile: '/opt/attache/out/renderer/index.html' }).isAppUrl,
    });
  });

  it('registers exactly one handler per contract call, and removes them all again', () => {
    expect([...registered.keys()].sort()).toEqual(CALL_NAMES.map((n) => channelOf(n)).sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('routes a valid call to the window’s session and wraps the value', async () => {
    vi.mocked(handlers.projectInfo).mockResolvedValue(info);
    await expect(call('projectInfo', fakeEvent())).resolves.toEqual({ ok: true, value: info });
    expect(handlers.projectInfo).toHaveBeenCalledTimes(1);
  });

  it('hands the handler the parsed argument', async () => {
    const report = { outcomes: [], added: 0, duplicates: 0, failed: 0, cancelled: false };
    vi.mocked(handlers.sourcesAddDropped).mockResolvedValue(report);
    const result = await call('sourcesAddDropped', fakeEvent(), { paths: ['/data/a.txt', '/data/b.pdf'] });
    expect(result).toEqual({ ok: true, value: report });
    expect(handlers.sourcesAddDropped).toHaveBeenCalledWith({ paths: ['/data/a.txt', '/data/b.pdf'] });
  });

  it('answers a bad argument with BAD_ARGUMENT and never runs the handler', async () => {
    const wrongType = await call('sourcesRemove', fakeEvent(), { sourceId: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
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
    ['another file on disk', { url: 'file:///home/me/Downloads/trap.html' }],
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

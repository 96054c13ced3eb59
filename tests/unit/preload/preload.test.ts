import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CALL_NAMES,
  DROPPED_FILES_CHANNEL,
  EVENT_NAMES,
  PAGE_CALL_NAMES,
  channelOf,
  eventChannelOf,
  type AttacheApi,
} from '../../../src/shared/api';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (_channel: string, _arg?: unknown): Promise<unknown> => ({ ok: true, value: null })),
    send: vi.fn((_channel: string, _arg?: unknown) => undefined),
    paths: new Map<unknown, string>(),
    // The window the preload runs in: it listens for drops there.
    windowListeners: [] as Array<{ type: string; listener: (event: unknown) => void; capture: unknown }>,
  };
});

vi.stubGlobal('window', {
  addEventListener: (type: string, listener: (event: unknown) => void, capture: unknown) =>
    electron.windowListeners.push({ type, listener, capture }),
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
  webUtils: {
    getPathForFile: (file: unknown) => electron.paths.get(file) ?? '',
  },
}));

await import('../../../src/preload/index');
const api = electron.exposed.get('attache') as AttacheApi;

/** A drop as the browser (isTrusted) or a page script (not trusted) delivers it. */
function drop(files: File[], isTrusted: boolean) {
  for (const { type, listener } of electron.windowListeners) {
    if (type === 'drop') listener({ isTrusted, dataTransfer: { files } });
  }
}

function emit(channel: string, payload: unknown) {
  const fakeIpcEvent = { sender: { send: () => undefined }, senderId: 0 };
  for (const listener of electron.listeners.get(channel) ?? []) listener(fakeIpcEvent, payload);
}

describe('preload: window.attache', () => {
  beforeEach(() => {
    electron.invoke.mockClear();
    electron.send.mockClear();
    electron.paths.clear();
  });

  it('exposes only window.attache, with one function per page call plus on and the two drop helpers, and the host as data', () => {
    expect([...electron.exposed.keys()]).toEqual(['attache']);
    expect(Object.keys(api).sort()).toEqual([...PAGE_CALL_NAMES, 'on', 'addDroppedFiles', 'openDroppedProject', 'host'].sort());
    expect(PAGE_CALL_NAMES.length).toBe(CALL_NAMES.length - 2);
    const { host, ...functions } = api;
    for (const value of Object.values(functions)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    // Plain data, frozen: the platform names the shortcuts, and a native menu owns its accelerators.
    expect(host).toEqual({ platform: process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux', nativeMenu: true });
    expect(Object.isFrozen(host)).toBe(true);
  });

  it('invokes each call on its own channel with exactly the one argument given', async () => {
    for (const name of PAGE_CALL_NAMES) {
      const fn = api[name] as (arg?: unknown, extra?: unknown) => Promise<unknown>;
      await fn({ probe: name }, 'ignored second argument');
      expect(electron.invoke).toHaveBeenLastCalledWith(channelOf(name), { probe: name });
    }
    expect(electron.invoke).toHaveBeenCalledTimes(PAGE_CALL_NAMES.length);
  });

  it('returns what the main process answered', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'NO_PROJECT', message: 'No project is open.' } });
    await expect(api.sourcesList({})).resolves.toEqual({
      ok: false,
      error: { code: 'NO_PROJECT', message: 'No project is open.' },
    });
  });

  it('delivers event payloads without the IPC event, and unsubscribes', () => {
    for (const name of EVENT_NAMES) {
      const seen: unknown[][] = [];
      const off = api.on(name, (...args: unknown[]) => seen.push(args));
      emit(eventChannelOf(name), { probe: name });
      expect(seen).toEqual([[{ probe: name }]]);
      off();
      emit(eventChannelOf(name), { probe: 'after' });
      expect(seen).toHaveLength(1);
      expect(electron.listeners.get(eventChannelOf(name))?.size ?? 0).toBe(0);
    }
  });

  it('refuses to subscribe to a channel that is not a contract event', () => {
    expect(() => api.on('ipc-internal' as never, () => undefined)).toThrow(/Unknown event/);
    expect(electron.listeners.has('attache-event:ipc-internal')).toBe(false);
    expect(electron.listeners.has('ipc-internal')).toBe(false);
  });

  it('turns dropped files into their paths and imports them', async () => {
    const a = new File(['x'], 'a.txt');
    const b = new File(['y'], 'b.pdf');
    electron.paths.set(a, '/home/me/a.txt');
    electron.paths.set(b, '/home/me/b.pdf');
    await api.addDroppedFiles([a, b]);
    expect(electron.invoke).toHaveBeenCalledWith(channelOf('sourcesAddDropped'), {
      paths: ['/home/me/a.txt', '/home/me/b.pdf'],
    });
  });

  it('opens a dropped project by its File, never by a path the page names', async () => {
    const project = new File(['{}'], 'Mekong.attache');
    electron.paths.set(project, '/home/me/Mekong.attache');
    await api.openDroppedProject(project);
    expect(electron.invoke).toHaveBeenCalledWith(channelOf('projectOpenDropped'), { path: '/home/me/Mekong.attache' });
    electron.invoke.mockClear();
    expect(api).not.toHaveProperty('projectOpenDropped');
    await expect(api.openDroppedProject('/home/me/Mekong.attache' as unknown as File)).resolves.toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    // A File with no path on disk (dragged out of an archive viewer) opens nothing.
    await expect(api.openDroppedProject(new File(['{}'], 'Elsewhere.attache'))).resolves.toMatchObject({ ok: false });
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('gives the page no way to name a path: no sourcesAddDropped, and strings are refused', async () => {
    expect(api).not.toHaveProperty('sourcesAddDropped');
    expect((api as unknown as Record<string, unknown>)['sourcesAddDropped']).toBeUndefined();
    await expect(api.addDroppedFiles(['/etc/passwd'] as unknown as File[])).resolves.toMatchObject({ ok: false });
    expect(electron.invoke).not.toHaveBeenCalled();
    expect(electron.send).not.toHaveBeenCalled();
  });

  it('announces the paths of a real drop to main, before the page hears of it', () => {
    const drops = electron.windowListeners.filter((entry) => entry.type === 'drop');
    expect(drops).toHaveLength(1);
    expect(drops[0]?.capture).toBe(true);
    const a = new File(['x'], 'a.txt');
    const clip = new File(['x'], 'clip.html'); // no place on disk
    electron.paths.set(a, '/home/me/a.txt');
    drop([a, clip], true);
    expect(electron.send).toHaveBeenCalledExactlyOnceWith(DROPPED_FILES_CHANNEL, { paths: ['/home/me/a.txt'] });
  });

  it('announces nothing for a drop the page dispatched itself, or one without files on disk', () => {
    const a = new File(['x'], 'a.txt');
    electron.paths.set(a, '/home/me/a.txt');
    drop([a], false);
    drop([new File(['x'], 'clip.html')], true);
    expect(electron.send).not.toHaveBeenCalled();
  });

  it('rejects anything that is not a File, without calling the main process', async () => {
    const forged = [{ name: 'passwd', path: '/etc/passwd' }] as unknown as File[];
    await expect(api.addDroppedFiles(forged)).resolves.toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    await expect(api.addDroppedFiles('/etc/passwd' as unknown as File[])).resolves.toMatchObject({ ok: false });
    const mixed = [new File(['x'], 'a.txt'), '/etc/passwd'] as unknown as File[];
    await expect(api.addDroppedFiles(mixed)).resolves.toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('explains that files without a place on disk cannot be added', async () => {
    const fromBrowser = new File(['x'], 'clip.html');
    const result = await api.addDroppedFiles([fromBrowser]);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: expect.stringMatching(/disk/) } });
    expect(electron.invoke).not.toHaveBeenCalled();
  });
});

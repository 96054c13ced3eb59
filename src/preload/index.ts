// The renderer's only door to the application: window.attache, one named function per call the
// page may make, a typed event subscription, and the drop helper. No ipcRenderer, no generic
// send/invoke, no Node: the page cannot name a channel or a path of its own. Paths of dropped files
// are read here, from the File objects (webUtils.getPathForFile), and this preload announces the
// paths of each real drop to main, which imports nothing else by drop (src/main/droppedFiles.ts).
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  DROPPED_FILES_CHANNEL,
  EVENT_NAMES,
  PAGE_CALL_NAMES,
  channelOf,
  eventChannelOf,
  type AttacheApi,
  type EventName,
  type ImportReport,
  type ProjectInfo,
  type Result,
} from '../shared/api';
import { hostPlatformOf } from '../shared/shortcuts';

export function createAttacheApi(): AttacheApi {
  const api: Record<string, unknown> = {};
  for (const name of PAGE_CALL_NAMES) {
    // One argument only: whatever else the page passes never reaches the main process.
    api[name] = (arg?: unknown) => ipcRenderer.invoke(channelOf(name), arg);
  }

  api.on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new TypeError(`Unknown event "${String(event)}".`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
    const channel = eventChannelOf(event);
    // The IpcRendererEvent stays here: it carries `sender`, which would hand the page ipcRenderer.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };

  api.addDroppedFiles = async (files: readonly File[]): Promise<Result<ImportReport>> => {
    if (!Array.isArray(files) || files.some((file) => !(file instanceof File))) {
      return refusal('addDroppedFiles: pass the File objects of the drop, nothing else.');
    }
    const paths = pathsOf(files);
    if (paths.length === 0) {
      // Files dragged out of a web page or an archive viewer have no path on disk.
      return refusal('Only files from your disk can be added; save them to a folder first.');
    }
    return ipcRenderer.invoke(channelOf('sourcesAddDropped'), { paths }) as Promise<Result<ImportReport>>;
  };

  api.openDroppedProject = async (file: File): Promise<Result<ProjectInfo | null>> => {
    if (!(file instanceof File)) return refusal('openDroppedProject: pass the File object of the drop, nothing else.');
    const [path] = pathsOf([file]);
    if (!path) return refusal('Only a project file on your disk can be opened; save it to a folder first.');
    return ipcRenderer.invoke(channelOf('projectOpenDropped'), { path }) as Promise<Result<ProjectInfo | null>>;
  };

  // The platform names the shortcuts (⌘ or Ctrl); the sandboxed preload has the process's platform.
  api.host = Object.freeze({ platform: hostPlatformOf(process.platform), nativeMenu: true });

  return Object.freeze(api) as AttacheApi;
}

/**
 * Announces to main the paths each drop on the window carries, before the page hears of the drop
 * (capture phase on the window). Only drops the browser made (isTrusted): a drop event the page
 * dispatches itself, with File objects it got elsewhere, announces nothing.
 */
export function watchDrops(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener(
    'drop',
    (event: DragEvent) => {
      if (!event.isTrusted) return;
      const paths = pathsOf(Array.from(event.dataTransfer?.files ?? []));
      if (paths.length > 0) ipcRenderer.send(DROPPED_FILES_CHANNEL, { paths });
    },
    true,
  );
}

function pathsOf(files: readonly File[]): string[] {
  return files.map((file) => webUtils.getPathForFile(file)).filter((path) => path.length > 0);
}

function refusal(message: string): Result<never> {
  return { ok: false, error: { code: 'BAD_ARGUMENT', message } };
}

contextBridge.exposeInMainWorld('attache', createAttacheApi());
watchDrops(window);

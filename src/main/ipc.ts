// The IPC adapter: one `ipcMain.handle` per contract call. Each call is answered only for the main
// frame of one of our windows showing our own renderer; its argument is parsed with the contract's
// schema (dispatchCall) and it runs against that window's session. Everything comes back in the
// `{ ok, value } | { ok: false, error }` envelope, never as a thrown error. An import by drop is
// answered only for paths the window's preload announced from a real drop (see droppedFiles.ts).
import {
  ipcMain,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
  type WebContents,
  type WebFrameMain,
} from 'electron';
import { CALL_NAMES, DROPPED_FILES_CHANNEL, channelOf, type CallName, type Result } from '../shared/api';
import { dispatchCall, type Handlers } from '../node/service/dispatch';
import { DroppedFiles, notDroppedMessage } from './droppedFiles';

export interface IpcRouting {
  /** The handlers of the window these web contents belong to; null when they are not ours. */
  handlersFor(sender: WebContents): Handlers | null;
  /** True when a URL is our renderer's page (see appOrigin). */
  isAppUrl(url: string): boolean;
  /** The paths each window's preload saw dropped; a registry of its own when not given. */
  droppedFiles?: DroppedFiles;
  /**
   * A dropped project that another window already shows: brings that window forward and returns
   * true (the drop then opens nothing here). Without it every dropped project opens in its window.
   */
  focusIfShownElsewhere?(sender: WebContents, path: string): boolean;
}

/** Registers every contract call; returns a function that removes them again. */
export function registerIpc(routing: IpcRouting): () => void {
  const dropped = routing.droppedFiles ?? new DroppedFiles();
  const withDrops = { ...routing, droppedFiles: dropped };
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, arg: unknown) => answerCall(withDrops, name, event, arg));
  }
  const onDropped = (event: IpcMainEvent, arg: unknown) => {
    if (trustedHandlers(withDrops, event)) dropped.announce(event.sender.id, arg);
  };
  ipcMain.on(DROPPED_FILES_CHANNEL, onDropped);
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(channelOf(name));
    ipcMain.removeListener(DROPPED_FILES_CHANNEL, onDropped);
  };
}

export async function answerCall(
  routing: IpcRouting & { droppedFiles: DroppedFiles },
  name: CallName,
  event: IpcMainInvokeEvent,
  arg: unknown,
): Promise<Result<unknown>> {
  const handlers = trustedHandlers(routing, event);
  if (!handlers) {
    return {
      ok: false,
      error: { code: 'NOT_ALLOWED', message: `${name}: only Attaché's own window may call the application.` },
    };
  }
  if (name === 'sourcesAddDropped') {
    const paths = (arg as { paths?: unknown } | null | undefined)?.paths;
    // A malformed argument goes on to the contract's schema, which explains what is wrong with it.
    if (Array.isArray(paths) && paths.every((path) => typeof path === 'string')) {
      const unknown = routing.droppedFiles.claim(event.sender.id, paths as string[]);
      if (unknown.length > 0)
        return { ok: false, error: { code: 'NOT_ALLOWED', message: notDroppedMessage(unknown) } };
    }
  }
  if (name === 'projectOpenDropped') {
    const path = (arg as { path?: unknown } | null | undefined)?.path;
    if (typeof path === 'string') {
      // The same grant as an import by drop: only a path this window's preload saw dropped.
      const unknown = routing.droppedFiles.claim(event.sender.id, [path]);
      if (unknown.length > 0)
        return { ok: false, error: { code: 'NOT_ALLOWED', message: notDroppedMessage(unknown, 'open') } };
      if (routing.focusIfShownElsewhere?.(event.sender, path)) return { ok: true, value: null };
    }
  }
  return dispatchCall(handlers, name, arg);
}

/** The sender's handlers if the message came from our page in the main frame of our window. */
function trustedHandlers(
  routing: IpcRouting,
  event: { sender: WebContents; senderFrame: WebFrameMain | null },
): Handlers | null {
  const frame = event.senderFrame;
  if (!frame || frame.isDestroyed()) return null;
  // A frame inside the page (an iframe, however it got there) never speaks for the window.
  if (frame.parent !== null) return null;
  const main = event.sender.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return null;
  if (!routing.isAppUrl(frame.url)) return null;
  return routing.handlersFor(event.sender);
}

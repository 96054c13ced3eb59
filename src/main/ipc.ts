// The IPC adapter: one `ipcMain.handle` per contract call. Each call is answered only for the main
// frame of one of our windows showing our own renderer; its argument is parsed with the contract's
// schema (dispatchCall) and it runs against that window's session. Everything comes back in the
// `{ ok, value } | { ok: false, error }` envelope, never as a thrown error.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_NAMES, channelOf, type CallName, type Result } from '../shared/api';
import { dispatchCall, type Handlers } from '../node/service/dispatch';

export interface IpcRouting {
  /** The handlers of the window these web contents belong to; null when they are not ours. */
  handlersFor(sender: WebContents): Handlers | null;
  /** True when a URL is our renderer's page (see appOrigin). */
  isAppUrl(url: string): boolean;
}

/** Registers every contract call; returns a function that removes them again. */
export function registerIpc(routing: IpcRouting): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event, arg: unknown) => answerCall(routing, name, event, arg));
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(channelOf(name));
  };
}

export async function answerCall(
  routing: IpcRouting,
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
  return dispatchCall(handlers, name, arg);
}

/** The sender's handlers if the message came from our page in the main frame of our window. */
function trustedHandlers(routing: IpcRouting, event: IpcMainInvokeEvent): Handlers | null {
  const frame = event.senderFrame;
  if (!frame || frame.isDestroyed()) return null;
  // A frame inside the page (an iframe, however it got there) never speaks for the window.
  if (frame.parent !== null) return null;
  const main = event.sender.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return null;
  if (!routing.isAppUrl(frame.url)) return null;
  return routing.handlersFor(event.sender);
}

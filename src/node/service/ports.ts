// What the application service needs from its host. Electron's main process, the e2e harness and
// the CLI each plug in their own: native dialogs, a scripted picker, or paths from argv.
import type { EventName, EventPayload } from '../../shared/api';

export interface DialogPort {
  /** Where to create a new project; null when the analyst cancels. */
  chooseNewProjectPath(): Promise<string | null>;
  chooseProjectToOpen(): Promise<string | null>;
  chooseSourceFiles(): Promise<string[] | null>;
  chooseExportPath(suggestedName: string): Promise<string | null>;
  /** Asked where a person is present; hosts without one return null. */
  askPdfPassword(file: string): Promise<string | null>;
}

/** Handing a file Attaché wrote to the desktop: the system's application for it, or its folder. */
export interface DesktopPort {
  /** Opens the file in the application the system gives its type; resolves to "" or the system's reason. */
  openFile(path: string): Promise<string>;
  /** Shows the file selected in the system's file manager. */
  showInFolder(path: string): void;
}

export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface RecentList {
  list(): Promise<Array<{ path: string; name: string; openedAt: string; exists: boolean }>>;
  add(path: string, name: string): Promise<void>;
  has(path: string): Promise<boolean>;
}

/** A dialog port for hosts with no person to ask (CLI, tests): every choice is "cancel". */
export const noDialogs: DialogPort = {
  chooseNewProjectPath: async () => null,
  chooseProjectToOpen: async () => null,
  chooseSourceFiles: async () => null,
  chooseExportPath: async () => null,
  askPdfPassword: async () => null,
};

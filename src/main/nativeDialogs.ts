// The service's dialog port, answered with the operating system's own dialogs, each attached to
// the window that asked so that it opens over it.
import { app, dialog, type BrowserWindow } from 'electron';
import { basename, extname, join } from 'node:path';
import type { DialogPort } from '../node/service/ports';
import { askPdfPassword } from './passwordPrompt';

export const PROJECT_FILTER = { name: 'Attaché project', extensions: ['attache'] };
export const SOURCE_FILTER = { name: 'Documents', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] };

export function nativeDialogsFor(window: BrowserWindow, passwordPreload: string): DialogPort {
  return {
    async chooseNewProjectPath() {
      const result = await dialog.showSaveDialog(window, {
        title: 'New Project',
        buttonLabel: 'Create',
        defaultPath: join(app.getPath('documents'), 'Untitled.attache'),
        filters: [PROJECT_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, '.attache');
    },
    async chooseProjectToOpen() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Open Project',
        filters: [PROJECT_FILTER],
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSourceFiles() {
      const result = await dialog.showOpenDialog(window, {
        title: 'Add Sources',
        buttonLabel: 'Add',
        filters: [SOURCE_FILTER, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile', 'multiSelections'],
      });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async chooseExportPath(suggestedName: string) {
      // The suggested name's extension says the format: the service asks for a .pdf or a .docx.
      const docx = /\.docx$/i.test(suggestedName);
      const result = await dialog.showSaveDialog(window, {
        title: docx ? 'Export Brief as Word Document' : 'Export Brief as PDF',
        buttonLabel: 'Export',
        defaultPath: join(app.getPath('documents'), basename(suggestedName)),
        filters: [docx ? { name: 'Word document', extensions: ['docx'] } : { name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, docx ? '.docx' : '.pdf');
    },
    askPdfPassword: (file: string) => askPdfPassword(window, file, passwordPreload),
  };
}

/** Linux save dialogs do not add the filter's extension; the project must still end in it. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}

// A small modal window that asks for a PDF's password. Its page is static HTML with no script;
// its own preload (src/preload/passwordPrompt.ts) wires the form and sends back one answer.
import { BrowserWindow, ipcMain, type IpcMainEvent } from 'electron';
import { basename } from 'node:path';

/** Must match the channel in src/preload/passwordPrompt.ts. */
export const PASSWORD_ANSWER_CHANNEL = 'attache-password:answer';

export function askPdfPassword(parent: BrowserWindow, file: string, preload: string): Promise<string | null> {
  return new Promise((resolve) => {
    if (parent.isDestroyed()) {
      resolve(null);
      return;
    }
    const prompt = new BrowserWindow({
      parent,
      modal: true,
      width: 440,
      height: 210,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      show: false,
      title: 'Password required',
      autoHideMenuBar: true,
      webPreferences: {
        preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
      },
    });
    const id = prompt.webContents.id;
    let answered = false;
    const finish = (password: string | null) => {
      if (answered) return;
      answered = true;
      ipcMain.removeListener(PASSWORD_ANSWER_CHANNEL, onAnswer);
      resolve(password);
      if (!prompt.isDestroyed()) prompt.close();
    };
    const onAnswer = (event: IpcMainEvent, answer: unknown) => {
      if (event.sender.id !== id) return;
      const password = (answer as { password?: unknown } | null)?.password;
      finish(typeof password === 'string' && password.length > 0 ? password : null);
    };
    ipcMain.on(PASSWORD_ANSWER_CHANNEL, onAnswer);
    prompt.on('closed', () => finish(null));
    prompt.once('ready-to-show', () => prompt.show());
    void prompt.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(passwordPage(basename(file)))}`);
  });
}

export function passwordPage(fileName: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'">
<title>Password required</title>
<style>
body{font:14px system-ui,sans-serif;margin:18px;color:#1d1d1f;background:#fafafa}
p{margin:0 0 10px}input{width:100%;box-sizing:border-box;padding:6px;font:inherit}
.buttons{margin-top:14px;text-align:right}button{font:inherit;padding:4px 14px;margin-left:8px}
</style></head>
<body><form id="form">
<p><strong>${escapeHtml(fileName)}</strong> is protected. Enter its password to import it.</p>
<input id="password" type="password" autocomplete="off" autofocus aria-label="Password">
<div class="buttons"><button type="button" id="cancel">Skip this file</button><button type="submit">Open</button></div>
</form></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

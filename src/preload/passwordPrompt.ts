// Preload of the PDF password prompt (src/main/passwordPrompt.ts). The prompt's page has no script
// of its own; this wires its form and sends exactly one answer. Nothing is exposed to the page.
import { ipcRenderer } from 'electron';

/** Must match PASSWORD_ANSWER_CHANNEL in src/main/passwordPrompt.ts. */
export const PASSWORD_ANSWER_CHANNEL = 'attache-password:answer';

export function wirePasswordForm(doc: Document, send: (answer: { password: string | null }) => void): void {
  const form = doc.getElementById('form');
  const input = doc.getElementById('password') as HTMLInputElement | null;
  const cancel = doc.getElementById('cancel');
  if (!form || !input || !cancel) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send({ password: input.value });
  });
  cancel.addEventListener('click', () => send({ password: null }));
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') send({ password: null });
  });
}

window.addEventListener('DOMContentLoaded', () => {
  wirePasswordForm(document, (answer) => ipcRenderer.send(PASSWORD_ANSWER_CHANNEL, answer));
});

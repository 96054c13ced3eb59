// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, ipcRenderer: { send: vi.fn() }, ipcMain: { on: vi.fn() } }));

const { wirePasswordForm, PASSWORD_ANSWER_CHANNEL } = await import('../../../src/preload/passwordPrompt');
const main = await import('../../../src/main/passwordPrompt');
const { passwordPage } = main;

function page() {
  const doc = new DOMParser().parseFromString(passwordPage('secret.pdf'), 'text/html');
  const answers: Array<{ password: string | null }> = [];
  wirePasswordForm(doc, (a) => answers.push(a));
  return { doc, answers };
}

describe('password prompt preload', () => {
  it('sends the typed password when the form is submitted', () => {
    const { doc, answers } = page();
    (doc.getElementById('password') as HTMLInputElement).value = 'hunter2';
    const submit = new Event('submit', { cancelable: true });
    doc.getElementById('form')!.dispatchEvent(submit);
    expect(answers).toEqual([{ password: 'hunter2' }]);
    expect(submit.defaultPrevented).toBe(true);
  });

  it('sends "no password" for Skip and for Escape', () => {
    const { doc, answers } = page();
    doc.getElementById('cancel')!.dispatchEvent(new Event('click'));
    doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(answers).toEqual([{ password: null }, { password: null }]);
  });

  it('answers on the channel the main process listens to', () => {
    expect(PASSWORD_ANSWER_CHANNEL).toBe(main.PASSWORD_ANSWER_CHANNEL);
  });
});

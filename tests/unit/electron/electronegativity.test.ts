// Electronegativity (Doyensec) over src/: any finding above LOW fails unless it is in the
// allow-list below, each entry with the reason it does not apply. The same findings and reasons
// are in the README (Reliability, "Electron checklist").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanWithElectronegativity, type Finding } from './electronegativity';

const root = join(import.meta.dirname, '../../..');
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies['electron'];

/** Findings checked by hand: check id, file (relative to src/), and why it is not a problem. */
export const ALLOWED: ReadonlyArray<{ id: string; file: string; reason: string }> = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/appWindow.ts',
    reason:
      'The window takes its webPreferences from secureWebPreferences(), which the checker cannot follow; it sets contextIsolation: true (tests/unit/main/appWindow.test.ts).',
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'main/appWindow.ts',
    reason:
      'As above: secureWebPreferences() sets sandbox: true, checked by tests/unit/main/appWindow.test.ts.',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'main/appWindow.ts',
    reason:
      "As above: secureWebPreferences() sets disableBlinkFeatures: 'Auxclick'; new windows are denied anyway (setWindowOpenHandler in security.ts).",
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/passwordPrompt.ts',
    reason:
      'A review prompt, not a flaw: the prompt’s preload (src/preload/passwordPrompt.ts) exposes nothing to the page and sends one answer on one channel that main accepts only from that window.',
  },
];

const ABOVE_LOW: ReadonlyArray<Finding['severity']> = ['MEDIUM', 'HIGH'];

describe('Electronegativity', () => {
  it('finds nothing above LOW in src/ that is not explained', async () => {
    expect(electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const scan = await scanWithElectronegativity(join(root, 'src'), electronVersion ?? '');
    expect(scan.checks).toBeGreaterThan(30);
    expect(scan.files).toBeGreaterThan(50);
    expect(scan.errors).toEqual([]);
    const serious = scan.findings.filter((f) => ABOVE_LOW.includes(f.severity));
    const unexplained = serious
      .filter((f) => !ALLOWED.some((a) => a.id === f.id && a.file === f.file))
      .map((f) => `${f.severity} ${f.id} ${f.file}:${f.line}: ${f.description}`);
    expect(unexplained).toEqual([]);
    // An entry that no longer matches anything is dropped from the list (and the README).
    const stale = ALLOWED.filter((a) => !serious.some((f) => a.id === f.id && a.file === f.file));
    expect(stale).toEqual([]);
  }, 120_000);

  it('would catch a window with its guards off (the checker works on this code base)', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const folder = await mkdtemp(join(tmpdir(), 'attache-eng-'));
    try {
      await writeFile(
        join(folder, 'bad.ts'),
        "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
      );
      const scan = await scanWithElectronegativity(folder, electronVersion ?? '');
      const ids = scan.findings.filter((f) => ABOVE_LOW.includes(f.severity)).map((f) => f.id);
      expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

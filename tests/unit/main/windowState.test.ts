import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_WINDOW_STATE, placeWindow, readWindowState, writeWindowState } from '../../../src/main/windowState';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'attache-window-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('window state file', () => {
  it('remembers size, position and maximised state across runs, leaving no temp files', async () => {
    const file = join(folder, 'userData', 'window-state.json');
    await writeWindowState(file, { x: 40, y: 60, width: 1400, height: 900, maximized: true });
    expect(await readWindowState(file)).toEqual({ x: 40, y: 60, width: 1400, height: 900, maximized: true });
    expect(await readdir(join(folder, 'userData'))).toEqual(['window-state.json']);
  });

  it('treats a missing or damaged file as "no saved state"', async () => {
    expect(await readWindowState(join(folder, 'none.json'))).toBeNull();
    const damaged = join(folder, 'damaged.json');
    await writeFile(damaged, '{"x": 1, "width": ');
    expect(await readWindowState(damaged)).toBeNull();
    await writeFile(damaged, JSON.stringify({ width: -5, height: 'tall', maximized: false }));
    expect(await readWindowState(damaged)).toBeNull();
  });
});

describe('placeWindow', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 875 };
  const external = { x: 1440, y: 0, width: 2560, height: 1415 };

  it('uses the default size the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ width: 1280, height: 820, maximized: false });
    expect(DEFAULT_WINDOW_STATE.maximized).toBe(false);
  });

  it('keeps a position that is still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false };
    expect(placeWindow(saved, [laptop, external])).toEqual(saved);
  });

  it('drops a position on a display that was unplugged, and shrinks to fit what is left', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1440, height: 875, maximized: true });
  });
});

// The window's size and position, remembered between runs in a small JSON file in the userData
// folder. A saved position that no longer lies on any display (a monitor was unplugged) is
// dropped so that the window never opens out of reach.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../node/store';

export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;

export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowState.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // NOTE: missing or damaged: the default size is a fine answer either way.
    return null;
  }
}

export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(WindowState.parse(state)));
}

/**
 * Where to open a window given what was saved and the displays' work areas: the saved bounds when
 * enough of the title bar is on a display, otherwise the saved size (shrunk to fit the largest
 * display) with the position left to the window system.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const state = saved ?? DEFAULT_WINDOW_STATE;
  const largest = [...workAreas].sort((a, b) => b.width * b.height - a.width * a.height)[0];
  const width = Math.max(MIN_WIDTH, largest ? Math.min(state.width, largest.width) : state.width);
  const height = Math.max(MIN_HEIGHT, largest ? Math.min(state.height, largest.height) : state.height);
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const titleBar: Rectangle = { x: state.x, y: state.y, width, height: 32 };
  const reachable = workAreas.some((area) => overlap(titleBar, area) >= Math.min(100, width) * 32 * 0.5);
  return reachable
    ? { x: state.x, y: state.y, width, height, maximized: state.maximized }
    : { width, height, maximized: state.maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

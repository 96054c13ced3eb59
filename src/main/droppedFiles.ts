// Which paths a window may import by drop. The renderer cannot name a path: when the analyst drops
// files on a window, its preload reads their paths from the drop event (webUtils.getPathForFile,
// trusted events only) and announces them here on a channel the page has no way to reach. An
// import of dropped files is then answered only for paths announced by that same window, once,
// and soon after the drop: a page that made up a path, or replays an old drop, gets NOT_ALLOWED.
// No Electron import: the e2e harness uses the same registry in front of its session.
import { DroppedPaths } from '../shared/api';

/** How long a drop's paths stay importable: the page asks for them at once. */
export const DROP_TTL_MS = 60_000;

export class DroppedFiles {
  private readonly byWindow = new Map<number, { paths: Set<string>; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = DROP_TTL_MS,
  ) {}

  /** The preload saw a drop carrying these paths; a new drop replaces the window's last one. */
  announce(windowId: number, announced: unknown): boolean {
    const parsed = DroppedPaths.safeParse(announced);
    if (!parsed.success) return false;
    this.prune();
    this.byWindow.set(windowId, { paths: new Set(parsed.data.paths), at: this.now() });
    return true;
  }

  /**
   * Takes the window's dropped paths for an import. Returns the paths that were not announced (an
   * empty list when all were, and then the drop is used up), or all of them when none are fresh.
   */
  claim(windowId: number, paths: readonly string[]): string[] {
    this.prune();
    const drop = this.byWindow.get(windowId);
    if (!drop) return [...paths];
    const unknown = paths.filter((path) => !drop.paths.has(path));
    if (unknown.length === 0) this.byWindow.delete(windowId);
    return unknown;
  }

  /** The window is gone. */
  forget(windowId: number): void {
    this.byWindow.delete(windowId);
  }

  private prune(): void {
    const oldest = this.now() - this.ttlMs;
    for (const [id, drop] of this.byWindow) if (drop.at < oldest) this.byWindow.delete(id);
  }
}

/** What main answers when the paths of an import by drop did not come from a drop. */
export function notDroppedMessage(unknown: readonly string[], doing: 'add' | 'open' = 'add'): string {
  if (doing === 'open') return 'That project file was not dropped on this window, so Attaché opened nothing. Drop it again, or use File › Open….';
  const count = unknown.length === 1 ? 'One file was' : `${unknown.length} files were`;
  return `${count} not dropped on this window, so Attaché did not add anything. Drop the files again, or use Add Sources.`;
}

// The projects the analyst opened, most recent first, in a small JSON file in the app-data
// folder. It is also the renderer's grant: a path may be reopened by name only if it is listed.
import { stat, mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { codeOf, writeFileAtomic } from './atomicWrite';

const Entry = z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() });
type Entry = z.infer<typeof Entry>;
const RecentFile = z.object({ version: z.literal(1), projects: z.array(Entry) });

export interface RecentProject extends Entry {
  /** False when the file was moved or deleted since; the list shows it greyed out. */
  exists: boolean;
}

export class RecentProjects {
  /** Changes run one after another, so two quick opens cannot drop each other's entry. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly max = 10,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async list(): Promise<RecentProject[]> {
    const entries = await this.serialised(() => this.read());
    return Promise.all(
      entries.map(async (entry) => ({
        ...entry,
        exists: await stat(entry.path).then(
          (s) => s.isFile(),
          () => false,
        ),
      })),
    );
  }

  async add(path: string, name: string): Promise<void> {
    const key = resolve(path);
    await this.serialised(async () => {
      const entries = (await this.read()).filter((e) => e.path !== key);
      entries.unshift({ path: key, name, openedAt: this.now() });
      await this.write(entries.slice(0, this.max));
    });
  }

  async remove(path: string): Promise<void> {
    const key = resolve(path);
    await this.serialised(async () => {
      const entries = await this.read();
      const kept = entries.filter((e) => e.path !== key);
      if (kept.length !== entries.length) await this.write(kept);
    });
  }

  async has(path: string): Promise<boolean> {
    const key = resolve(path);
    return (await this.serialised(() => this.read())).some((e) => e.path === key);
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<Entry[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if (codeOf(err) === 'ENOENT') return [];
      throw err;
    }
    // NOTE: a damaged list is dropped rather than reported: it holds nothing the analyst cannot
    // rebuild by opening their projects again, and refusing to start over it would be worse.
    try {
      const parsed = RecentFile.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.projects : [];
    } catch {
      return [];
    }
  }

  private async write(entries: Entry[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify({ version: 1, projects: entries }));
  }
}

// Kills a process that saves a project in a tight loop, at random moments, many times; after every
// kill the project must open (taking over the dead writer's lock) and hold one whole generation,
// the last one reported saved or the one being written, never a mixture.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectText } from '../../../../src/node/store/projectFileAdapter';
import { createProjectFile, openProjectFile } from '../../../../src/node/store';
import { AttacheError } from '../../../../src/core/errors';
import { runChild } from './childProcess';
import { check, fill } from './crashContent';
import { owner, tempFolders } from './tempFolder';

const folder = tempFolders();
const writer = join(__dirname, 'crashWriterChild.ts');
const KILLS = 50;

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs in the middle of saving`, async () => {
    const dir = await folder();
    const path = join(dir, 'crash.attache');
    const created = await createProjectFile(path, 'crash', { owner, debounceMs: 0 });
    created.update((p) => fill(p, 0));
    await created.flush();
    created.update((p) => fill(p, 0)); // so that the .bak holds a generation too
    await created.close();

    let lastReported = 0;
    let killedMidWrite = 0;
    let newerThanReported = 0;
    let backupsChecked = 0;
    const started = performance.now();

    for (let round = 0; round < KILLS; round++) {
      const child = runChild(writer, [path]);
      await child.waitForLine((l) => l.startsWith('started '));
      // Wait for one save of this round before the random delay, so that a loaded machine (slow
      // child start-up) still kills a writer that is busy writing, not one still loading.
      await child.waitForLine((l) => l.startsWith('saved '));
      await new Promise((r) => setTimeout(r, Math.random() * 40));
      child.process.kill('SIGKILL');
      await child.exited; // reaped: its pid is gone, so its lock is stale

      const reported = child.lines.filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice(6)));
      if (reported.length > 0) lastReported = Math.max(lastReported, ...reported);
      const names = await readdir(dir);
      if (names.some((n) => n.endsWith('.tmp') || n.endsWith('.baktmp'))) killedMidWrite += 1;

      // The backup, when there is one, is always a whole older generation.
      const bak = parseProjectText(await readFile(`${path}.bak`, 'utf8'));
      expect(bak.kind).toBe('ok');
      if (bak.kind === 'ok') {
        expect(check(bak.project)).toMatchObject({ ok: true });
        backupsChecked += 1;
      }

      const handle = await openProjectFile(path, { owner });
      const state = check(handle.data);
      expect(state, `round ${round}`).toMatchObject({ ok: true });
      if (state.ok) {
        // Whatever flush() promised is there; at most the one generation after it was in flight.
        expect(state.n).toBeGreaterThanOrEqual(lastReported);
        expect(state.n).toBeLessThanOrEqual(lastReported + 1);
        if (state.n > lastReported) newerThanReported += 1;
        lastReported = state.n;
      }
      await handle.close();
      // Opening cleared what the killed writer left half-done.
      expect((await readdir(dir)).filter((n) => n.endsWith('tmp'))).toEqual([]);
    }

    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[store] crash test: ${KILLS} kills in ${seconds.toFixed(1)} s, ${lastReported} generations written; ` +
        `${killedMidWrite} kills left a write half-done, ${newerThanReported} found the in-flight generation already complete; ` +
        `${backupsChecked} backups checked; every reopen consistent`,
    );
    expect(lastReported).toBeGreaterThanOrEqual(KILLS); // the child wrote in every round
  }, 120_000);

  it('refuses a truncated copy as damaged and leaves its bytes unchanged', async () => {
    const dir = await folder();
    const path = join(dir, 'cut.attache');
    const handle = await createProjectFile(path, 'cut', { owner, debounceMs: 0 });
    handle.update((p) => fill(p, 7));
    await handle.close();
    const whole = await readFile(path);
    for (const fraction of [0.999, 0.5, 0.01]) {
      const cut = whole.subarray(0, Math.floor(whole.length * fraction));
      await writeFile(path, cut);
      const err = await openProjectFile(path, { owner }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AttacheError);
      expect((err as AttacheError).code).toBe('PROJECT_DAMAGED');
      expect(Buffer.compare(await readFile(path), cut)).toBe(0);
      expect((await readdir(dir)).some((n) => n.endsWith('.lock'))).toBe(false);
    }
  });
});

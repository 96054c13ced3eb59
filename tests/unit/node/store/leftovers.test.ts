// What a killed writer leaves beside a project (save temps, lock temps, a PDF export's `.part`) is
// removed by the next open once its process is gone, and never while that process still runs.
import { spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftBrief } from '../../../../src/core/brief';
import { exportBriefPdf } from '../../../../src/node/pdf';
import { createProjectFile, openProjectFile } from '../../../../src/node/store';
import { briefInput, DEFAULTS, withPromptsWritten } from '../../core/brief/briefFixture';
import { owner, tempFolders } from './tempFolder';

const folder = tempFolders();
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('leftovers of a dead writer', () => {
  it('are removed on the next open; a live process’s are kept', async () => {
    const dir = await folder();
    const path = join(dir, 'Talks.attache');
    await (await createProjectFile(path, 'Talks', { owner })).close();
    const dead = deadPid();
    const leftovers = [
      `.Talks.attache.${dead}.1.0a1b2c3d.tmp`,
      `.Talks.attache.${dead}.2.0a1b2c3d.baktmp`,
      `.Talks.attache.${dead}.3.0a1b2c3d.locktmp`,
      `.Brief.pdf.${dead}.4.0a1b2c3d.part`,
    ];
    // pid 1 is alive on every Unix machine: its export may still be writing.
    const live = `.Other.pdf.1.5.0a1b2c3d.part`;
    const unrelated = ['notes.txt', '.Talks.attache.draft', 'Brief.pdf.part'];
    for (const name of [...leftovers, live, ...unrelated]) await writeFile(join(dir, name), 'x');
    await (await openProjectFile(path, { owner })).close();
    expect((await readdir(dir)).sort()).toEqual([live, ...unrelated, 'Talks.attache'].sort());
  });

  it('a dead export’s .part is removed by the next export to the same name', async () => {
    const dir = await folder();
    const input = briefInput();
    const brief = withPromptsWritten(draftBrief(input, DEFAULTS));
    const dead = deadPid();
    await writeFile(join(dir, `.brief.pdf.${dead}.1.0a1b2c3d.part`), '%PDF-1.7 cut off');
    await writeFile(join(dir, `.brief.pdf.1.1.0a1b2c3d.part`), 'a live export');
    await exportBriefPdf({ brief, input, outPath: join(dir, 'brief.pdf'), options: { paper: 'A4' } });
    expect((await readdir(dir)).sort()).toEqual(['.brief.pdf.1.1.0a1b2c3d.part', 'brief.pdf']);
  }, 60_000);
});

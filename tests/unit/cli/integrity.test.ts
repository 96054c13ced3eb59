// The command line on a hand-edited project: `info` lists what opening will find and repair,
// `export` refuses a cited quote that is not its source's words, override or not, and a command
// that opens the project says what opening found on stderr.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citedFactIds } from '../../../src/core/brief';
import type { Project } from '../../../src/core/model';
import { run } from './runCli';

const TEXTS: Record<string, string> = {
  'a.txt': 'Prime Minister Tô Lâm met President Biden in Hanoi on 10 September 2023. The two leaders signed 12 agreements. Trade reached US$100 billion in 2022.',
  'b.txt': 'On 10 September 2023 Vietnam and the United States upgraded ties; trade reached US$100 billion in 2022. Leaders signed 12 agreements in Hanoi.',
};

let dir: string;
let project: string;
const read = async () => JSON.parse(await readFile(project, 'utf8')) as Project;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-cli-integrity-'));
  project = join(dir, 'p.attache');
  for (const [name, text] of Object.entries(TEXTS)) await writeFile(join(dir, name), text);
  expect((await run('new', project)).code).toBe(0);
  expect((await run('add', project, join(dir, 'a.txt'), join(dir, 'b.txt'))).code).toBe(0);
  const grouped = [...new Set((await read()).groups.flatMap((g) => g.factIds))];
  expect((await run('verify', project, ...grouped)).code).toBe(0);
  expect((await run('draft', project)).code).toBe(0);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a cited quote edited by hand', () => {
  it('exports before the edit (the override covers the draft\'s prompts), is listed by info, and is refused at export after it', async () => {
    const before = await run('export', project, '--out', join(dir, 'before.pdf'), '--allow-unverified');
    expect(before.code, before.err).toBe(0);
    expect((await run('info', project)).out).not.toContain('problems');

    const p = await read();
    const cited = p.facts.find((f) => f.id === citedFactIds(p.brief!)[0])!;
    cited.text = cited.text.replace(/\d+/, '999');
    await writeFile(project, JSON.stringify(p));

    const info = await run('info', project);
    expect(info.code).toBe(0);
    expect(info.out).toMatch(/\n {2}problems 1 that a file Attaché wrote never has \(damaged or edited by hand\); none of them can be repaired/);
    expect(info.out).toContain(`    - kept as it is: Fact ${cited.id} (“${cited.text}”) of `);
    const json = JSON.parse((await run('info', project, '--json')).out) as { problems: Array<{ kind: string; repaired: boolean }> };
    expect(json.problems).toEqual([expect.objectContaining({ kind: 'fact-words', repaired: false })]);

    const out = join(dir, 'after.pdf');
    const refused = await run('export', project, '--out', out, '--allow-unverified');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^p\.attache holds 1 problem /);
    expect(refused.err).toMatch(/\nBRIEF_INTEGRITY: after\.pdf was not written/);
    expect(refused.err).toContain(`- Citation 1 quotes “${cited.text}” (fact ${cited.id}) as the words of `);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('tells on stderr what opening repaired, and keeps the file as it was', async () => {
    const p = await read();
    p.groups.push(structuredClone(p.groups[0]!));
    await writeFile(project, JSON.stringify(p));
    const info = await run('info', project);
    expect(info.out).toMatch(/problems 2 .*opening it \(in Attaché, or with any command but info and sources\) repairs 1 of them/);
    expect(info.out).toMatch(/ {4}- to repair: The project held group \S+ .* twice, exactly the same; the copy was removed/);
    const draft = await run('draft', project);
    expect(draft.code).toBe(0);
    expect(draft.err).toMatch(/^p\.attache holds 2 problems .*Attaché repaired 1 of them; the file as it was is kept as p\.attache\.damaged-/);
    expect(draft.err).toMatch(/\nRepaired: The project held group/);
    expect((await read()).groups).toHaveLength(p.groups.length - 1);
    expect((await readdir(dir)).filter((n) => n.startsWith('p.attache.damaged-'))).toHaveLength(1);
  }, 60_000);
});

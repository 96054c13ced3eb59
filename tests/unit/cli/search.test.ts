// `attache search` on a project of two invented reports: folded and stemmed words find their
// facts, marked «so»; --sources searches the text; --json has the hits with their file; it reads
// while another process holds the project open; bad usage and a missing project say what is wrong.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSession } from '../../../src/cli/cliSession';
import { run } from './runCli';
import { HANOI, PORT } from '../searchArticles';


let dir: string;
let project: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-cli-search-'));
  project = join(dir, 'visit.attache');
  await writeFile(join(dir, 'hanoi.txt'), HANOI);
  await writeFile(join(dir, 'port.txt'), PORT);
  expect((await run('new', project)).code).toBe(0);
  expect((await run('add', project, join(dir, 'hanoi.txt'), join(dir, 'port.txt'))).code).toBe(0);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('attache search', () => {
  it('prints the facts that have the words, with the words marked', async () => {
    const lam = await run('search', project, 'To', 'Lam');
    expect(lam.code).toBe(0);
    expect(lam.out).toMatch(/^fact_\S+ {2}hanoi\.txt: General Secretary «Tô Lâm» received/m);
    expect(lam.out).toMatch(/1 of 1 facts shown, 1 with every word$/);
    const investors = await run('search', project, 'investors');
    expect(investors.out).toContain('the largest «investor» in Vietnam');
  });

  it('searches the sources’ text with --sources, and answers JSON with --json', async () => {
    const headline = await run('search', project, 'fishing', 'reopens', '--sources');
    expect(headline.out).toMatch(/^port\.txt @0: «Fishing» port «reopens»$/m);
    const json = JSON.parse((await run('search', project, 'cod', 'tonnes', '--json')).out) as {
      query: string;
      complete: number;
      hits: Array<{ kind: string; fileName: string; snippet: string; highlights: Array<{ start: number; end: number }> }>;
    };
    expect(json.query).toBe('cod tonnes');
    // The sentence holds two facts (the tonnage and the year): both have both words.
    expect(json.complete).toBe(json.hits.length);
    expect(json.hits.length).toBeGreaterThan(0);
    const hit = json.hits[0]!;
    expect(hit).toMatchObject({ kind: 'fact', fileName: 'port.txt' });
    expect(hit.highlights.map((r) => hit.snippet.slice(r.start, r.end))).toEqual(['tonnes', 'cod']);
  });

  it('reads a project another process has open', async () => {
    const session = cliSession();
    await session.openAt(project);
    try {
      const found = await run('search', project, 'Vale');
      expect(found.code).toBe(0);
      expect(found.out).toContain('«Vale»');
    } finally {
      await session.close();
    }
  });

  it('says what is wrong with bad usage or a missing project', async () => {
    expect(await run('search', project)).toMatchObject({ code: 2, err: expect.stringContaining('missing the project file and the words') });
    expect(await run('search', project, 'cod', '--limit', 'ten')).toMatchObject({ code: 2, err: expect.stringContaining('--limit') });
    const missing = await run('search', join(dir, 'nope.attache'), 'cod');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^NOT_FOUND: nope\.attache does not exist/);
    expect((await run('search', project, 'the', 'of')).out).toContain('nothing to search for');
  });
});

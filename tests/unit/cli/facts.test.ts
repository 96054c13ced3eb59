// The fact commands as a script or an analyst uses them: the extraction JSON contract, filtered
// listings, and decisions written to the project.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './runCli';

const seeds = resolve(__dirname, '../../../resources/samples');
const files = ['000_19294e9bd6d6b0dc.txt', '002_21c97565a188d712.txt', '003_436ffd394aaf67b1.txt'].map((f) => join(seeds, f));


interface ContractFact {
  id: string;
  sourceId: string;
  text: string;
  start: number;
  end: number;
  kind: string;
  values: Array<{ type: string; canonical: string; surface: string }>;
  entities: Array<{ name: string; type: string }>;
  status: string;
}
interface FactViewJson {
  fact: { id: string; kind: string };
  status: string;
  inConflict: boolean;
  decision: { note: string; credibility: number | null } | null;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-cli-facts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('attache extract --json', () => {
  it('prints the contract: base names, facts that point into their source text, groups across sources', async () => {
    const result = await run('extract', ...files, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      version: number;
      sources: Array<{ id: string; fileName: string; sha256: string; text: string; removed: unknown[] }>;
      facts: ContractFact[];
      groups: Array<{ id: string; relation: string; factIds: string[]; subject: string }>;
    };
    expect(json.version).toBe(1);
    expect(json.sources.map((s) => s.fileName).sort()).toEqual(files.map((f) => f.split('/').pop()).sort());
    expect(json.facts.length).toBeGreaterThan(20);
    const textOf = new Map(json.sources.map((s) => [s.id, s.text]));
    for (const f of json.facts) {
      expect(textOf.get(f.sourceId)!.slice(f.start, f.end)).toBe(f.text);
      expect(f.status).toBe('unverified');
      for (const v of f.values) expect(f.text).toContain(v.surface);
    }
    const ids = new Set(json.facts.map((f) => f.id));
    expect(ids.size).toBe(json.facts.length);
    const sourceOf = new Map(json.facts.map((f) => [f.id, f.sourceId]));
    const corroborated = json.groups.filter((g) => g.relation === 'corroborated');
    expect(corroborated.length).toBeGreaterThan(0);
    for (const g of json.groups) {
      expect(g.factIds.every((id) => ids.has(id))).toBe(true);
      expect(new Set(g.factIds.map((id) => sourceOf.get(id))).size).toBeGreaterThanOrEqual(2);
    }
    // Every money value follows the canonical form "<plain number> <ISO code>".
    for (const v of json.facts.flatMap((f) => f.values).filter((v) => v.type === 'money')) {
      expect(v.canonical).toMatch(/^\d+(\.\d+)? [A-Z]{3}$/);
    }
  });

  it('exits 1 naming a file it cannot read, and 2 without files', async () => {
    expect((await run('extract')).code).toBe(2);
    const missing = await run('extract', join(dir, 'nowhere.txt'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nowhere.txt');
  });
});

describe('attache facts and verify', () => {
  it('filters by conflicts, kind and status, and records verify/reject with notes and credibility', async () => {
    const p = join(dir, 'v.attache');
    expect((await run('new', p)).code).toBe(0);
    expect((await run('add', p, ...files)).code).toBe(0);

    const all = JSON.parse((await run('facts', p, '--json')).out) as FactViewJson[];
    expect(all.length).toBeGreaterThan(20);
    const conflicts = JSON.parse((await run('facts', p, '--conflicts', '--json')).out) as FactViewJson[];
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((v) => v.inConflict)).toBe(true);
    const money = JSON.parse((await run('facts', p, '--kind', 'money', '--json')).out) as FactViewJson[];
    expect(money.length).toBeGreaterThan(0);
    expect(money.every((v) => v.fact.kind === 'money')).toBe(true);

    const [a, b] = [all[0]!.fact.id, all[1]!.fact.id];
    const verified = await run('verify', p, a, '--note', 'checked against the ministry release', '--credibility', '2');
    expect(verified.code).toBe(0);
    expect((await run('verify', p, b, '--reject')).code).toBe(0);

    const ok = JSON.parse((await run('facts', p, '--status', 'verified', '--json')).out) as FactViewJson[];
    expect(ok.map((v) => v.fact.id)).toEqual([a]);
    expect(ok[0]!.decision).toMatchObject({ note: 'checked against the ministry release', credibility: 2 });
    const rejected = JSON.parse((await run('facts', p, '--status', 'rejected', '--json')).out) as FactViewJson[];
    expect(rejected.map((v) => v.fact.id)).toEqual([b]);

    const unknown = await run('verify', p, 'fact_doesnotexist');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^NOT_FOUND: /);
    expect((await run('verify', p, a, '--credibility', '9')).code).toBe(2);
    expect((await run('facts', p, '--status', 'maybe')).code).toBe(2);
  });
});

// The fast schema check of an opened project says "valid" exactly when zod's parse does, and then
// holds what zod's parse returns (defaults filled in, unknown keys gone). Checked on a real project
// (the five sample articles extracted, grouped, graded and drafted into a brief) and on thousands
// of damaged copies of it: a key removed, a value replaced by any JSON value, an unknown key added.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { draftBrief } from '../../../../src/core/brief';
import { cleanArticle } from '../../../../src/core/clean';
import { extractFacts } from '../../../../src/core/extract';
import { emptyProject, Project, type Decision, type Source } from '../../../../src/core/model';
import { groupFacts } from '../../../../src/core/verify';
import { parseProjectText } from '../../../../src/node/store/projectFileAdapter';
import { migrateProject } from '../../../../src/node/store/schemaMigration';
import { compileSchemaCheck } from '../../../../src/node/store/schemaCheck';

const samples = join(__dirname, '../../../../resources/samples');
const v0Fixture = join(__dirname, '../../../fixtures/projects/v0.attache');

function sampleProject(): Project {
  const sources: Source[] = readdirSync(samples)
    .sort()
    .map((file, i) => {
      const originalText = readFileSync(join(samples, file), 'utf8');
      const cleaned = cleanArticle(originalText);
      return {
        id: `src_${i}`,
        fileName: file,
        sha256: String(i).repeat(64),
        format: 'txt',
        byteLength: originalText.length,
        importedAt: '2026-12-02T00:00:00.000Z',
        originalText,
        text: cleaned.text,
        removed: cleaned.removed,
        restoredLines: [],
        pages: [],
        guessed: cleaned.meta,
        edited: i === 0 ? { outlet: 'Edited outlet', publishedAt: undefined } : {},
        reliability: (['A', 'B', 'C', 'F'] as const)[i % 4]!,
        ...(i === 1 ? { inferredDay: '2025-04-27' } : {}),
      };
    });
  const facts = sources.flatMap((s) =>
    extractFacts({ sourceId: s.id, text: s.text, publishedAt: s.guessed.publishedAt }),
  );
  const groups = groupFacts(facts);
  const decisions: Record<string, Decision> = {};
  facts.forEach((f, i) => {
    if (i % 3 === 0)
      decisions[f.id] = {
        factId: f.id,
        status: i % 2 ? 'rejected' : 'verified',
        credibility: i % 2 ? null : 2,
        note: 'checked',
        at: '2026-12-02T00:00:00.000Z',
      };
  });
  const brief = draftBrief(
    { facts, sources, decisions, groups },
    { title: 'Visit', date: '2026-12-02', marking: 'OFFICIAL', preparedFor: 'Minister', preparedBy: 'Desk' },
  );
  // A sample of every kind of fact keeps each damaged copy small enough to check thousands of.
  const kept = [
    ...new Map(
      facts.map((f) => [`${f.kind}/${f.parser}/${f.event ? 1 : 0}/${f.speaker ? 1 : 0}`, f]),
    ).values(),
  ];
  for (const s of sources) s.originalText = s.originalText.slice(0, 300);
  return {
    ...emptyProject({ id: 'proj_1', name: 'Visit', now: '2026-12-02T00:00:00.000Z' }),
    sources,
    facts: kept,
    groups: groups.slice(0, 20),
    decisions,
    brief,
  };
}

const checkProject = compileSchemaCheck(Project);
const json = JSON.stringify(sampleProject());

/** Both answers for the same JSON text, each on its own fresh parse. */
function bothOn(text: string): {
  fast: ReturnType<typeof checkProject>;
  zod: ReturnType<typeof Project.safeParse>;
} {
  return { fast: checkProject(JSON.parse(text)), zod: Project.safeParse(JSON.parse(text)) };
}

function expectSameAnswer(text: string): boolean {
  const { fast, zod } = bothOn(text);
  expect(fast.ok).toBe(zod.success);
  if (fast.ok) expect(fast.data).toStrictEqual(zod.data);
  return zod.success;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value, as the keys leading to it. */
function pathsOf(
  value: Json,
  path: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
): Array<Array<string | number>> {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** The value at `path`, or undefined where an earlier damage took the way there away. */
function at(root: Json, path: ReadonlyArray<string | number>): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path)
    node = node !== null && typeof node === 'object' ? (node as Record<string, Json>)[key] : undefined;
  return node;
}

// Damage is aimed at each place of the schema alike (facts.*.values.*.start is one place, however
// many facts there are), then at one instance of it.
const RECORDS = new Set(['decisions', 'evidence', 'slots']);
const byPlace = new Map<string, Array<Array<string | number>>>();
for (const path of pathsOf(JSON.parse(json) as Json).filter((p) => p.length > 0)) {
  // Array indices and the keys of records (decisions by fact, evidence, slots) name no place.
  const place = path
    .map((k, i) => (typeof k === 'number' || RECORDS.has(String(path[i - 1])) ? '*' : k))
    .join('.');
  byPlace.set(place, [...(byPlace.get(place) ?? []), path]);
}
const somePath = fc.constantFrom(...byPlace.values()).chain((instances) => fc.constantFrom(...instances));

/** A value just beside the one there: a string or number nudged, so a pattern or a bound is met. */
function nudged(value: Json, how: number): Json {
  if (typeof value === 'string') return [value.slice(1), `${value}Z`, value.toUpperCase(), ''][how % 4]!;
  if (typeof value === 'number') return [value + 0.5, -value - 1, value + 1, value * 1e20][how % 4]!;
  return value;
}

describe('the fast schema check of a project', () => {
  it('hands no part of the project schema to zod (so opening stays fast)', () => {
    expect(checkProject.handedToZod).toEqual([]);
  });

  it('passes a real project and returns what zod returns, the same object checked in place', () => {
    expect(JSON.parse(json).facts.length).toBeGreaterThan(10);
    const raw: unknown = JSON.parse(json);
    const fast = checkProject(raw);
    expect(fast.ok && fast.data === raw).toBe(true);
    expectSameAnswer(json);
  });

  it('fills in zod defaults and drops unknown keys as zod does', () => {
    const project = JSON.parse(json);
    delete project.settings;
    delete project.sources[0].restoredLines;
    delete project.sources[1].edited;
    delete project.sources[2].reliability;
    project.hologram = true;
    project.facts[0].extra = { nested: [1, 2] };
    project.decisions[Object.keys(project.decisions)[0]!].by = 'analyst';
    const text = JSON.stringify(project);
    expectSameAnswer(text);
    const fast = checkProject(JSON.parse(text));
    expect(fast.ok).toBe(true);
    if (!fast.ok) return;
    expect(fast.data.settings).toEqual({ maxFileBytes: 100 * 1024 * 1024 });
    expect(fast.data.sources[2]!.reliability).toBe('F');
    expect('hologram' in fast.data).toBe(false);
    expect('extra' in fast.data.facts[0]!).toBe(false);
  });

  it('answers as zod does for a project damaged anywhere', () => {
    const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), path: somePath, value: anyJson }),
      fc.record({ kind: fc.constant('remove' as const), path: somePath }),
      fc.record({
        kind: fc.constant('add' as const),
        path: somePath,
        key: fc.string({ maxLength: 8 }),
        value: anyJson,
      }),
      // Values just outside what the schema allows.
      fc.record({
        kind: fc.constant('replace' as const),
        path: somePath,
        value: fc.constantFrom<Json>(-1, 0, 1.5, 7, 2 ** 60, '', 'x', [], {}, null, true),
      }),
      fc.record({ kind: fc.constant('nudge' as const), path: somePath, how: fc.nat(3) }),
    );
    const answers = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const project = JSON.parse(json) as Json;
        for (const d of damages) {
          const parent = at(project, d.path.slice(0, -1));
          const key = d.path[d.path.length - 1]!;
          if (parent === undefined || parent === null || typeof parent !== 'object') continue;
          if (d.kind === 'replace') (parent as Record<string, Json>)[key] = d.value;
          else if (d.kind === 'nudge')
            (parent as Record<string, Json>)[key] = nudged((parent as Record<string, Json>)[key]!, d.how);
          else if (d.kind === 'remove') {
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete (parent as Record<string, Json>)[key];
          } else {
            const target = (parent as Record<string, Json>)[key];
            if (target && typeof target === 'object' && !Array.isArray(target)) target[d.key] = d.value;
          }
        }
        answers[expectSameAnswer(JSON.stringify(project)) ? 'valid' : 'invalid']++;
      }),
      { numRuns: 1000 },
    );
    // Both answers were met: the damage reached what the schema checks and what it lets pass.
    expect(answers.valid).toBeGreaterThan(50);
    expect(answers.invalid).toBeGreaterThan(50);
  });

  it('defers to zod where zod would read a key named __proto__ differently', () => {
    const text = json.replace('"facts":[{', '"facts":[{"__proto__":{"id":"x"},');
    expect(checkProject(JSON.parse(text)).ok).toBe(false);
    // The project still opens: zod decides, as it always did.
    expect(parseProjectText(text).kind).toBe(Project.safeParse(JSON.parse(text)).success ? 'ok' : 'damaged');
  });

  it('hands to zod what it does not know, and still answers as zod does', () => {
    const odd = z.object({
      a: z.string().email(),
      b: z.number().multipleOf(5),
      c: z.array(z.string()).nonempty(),
      d: z.object({ e: z.string() }).passthrough(),
    });
    const check = compileSchemaCheck(odd);
    expect(check.handedToZod.length).toBeGreaterThan(0);
    for (const value of [
      { a: 'x@y.org', b: 10, c: ['q'], d: { e: 'f', g: 1 } },
      { a: 'not mail', b: 10, c: ['q'], d: { e: 'f' } },
      { a: 'x@y.org', b: 11, c: [], d: { e: 1 } },
    ]) {
      const fast = check(structuredClone(value));
      const slow = odd.safeParse(structuredClone(value));
      expect(fast.ok).toBe(slow.success);
      if (fast.ok) expect(fast.data).toStrictEqual(slow.data);
    }
  });

  it('reads a version 0 file, after migration, as zod does', () => {
    const text = readFileSync(v0Fixture, 'utf8');
    const migrated = migrateProject(JSON.parse(text));
    const again = migrateProject(JSON.parse(text));
    if (migrated.kind !== 'ok' || again.kind !== 'ok') throw new Error('the v0 fixture should migrate');
    const fast = checkProject(migrated.data);
    const zod = Project.safeParse(again.data);
    expect(fast.ok && zod.success).toBe(true);
    if (fast.ok && zod.success) expect(fast.data).toStrictEqual(zod.data);
  });
});

// The project integrity check as a pure function: it never changes what it is given, repairs
// only where a repair keeps the analyst's work, and costs one pass over the project.
import { describe, expect, it } from 'vitest';
import type { Fact, Project, Source } from '../../../src/core/model';
import { emptyProject } from '../../../src/core/model';
import { checkProjectIntegrity } from '../../../src/core/projectIntegrity';
import { source } from './brief/briefFixture';
import { generatedProject, growthOverFloor } from './generatedProject';

/** A generated project made whole: each source's text is its facts' sentences, one a line. */
function wholeProject(n: number): Project {
  const { facts, groups } = generatedProject(n);
  const bySource = new Map<string, Fact[]>();
  for (const f of facts) bySource.set(f.sourceId, [...(bySource.get(f.sourceId) ?? []), f]);
  const sources: Source[] = [];
  const placed: Fact[] = [];
  for (const [id, own] of bySource) {
    let text = '';
    for (const f of own) {
      const at = text.length;
      placed.push({ ...f, start: at, end: at + f.text.length, values: f.values.map((v) => ({ ...v, start: v.start + at, end: v.end + at })) });
      text += `${f.text}\n`;
    }
    sources.push(sourceOf(id, text));
  }
  return { ...emptyProject({ id: 'p', name: 'p', now: '2025-01-01T00:00:00Z' }), sources, facts: placed, groups };
}

/** A source of the given text and nothing else known about it. */
const sourceOf = (id: string, text: string): Source => source(id, '', '', '', 'F', text);

describe('checkProjectIntegrity', () => {
  it('finds nothing in a whole project, and changes nothing in a damaged one it repairs', () => {
    const whole = wholeProject(400);
    expect(checkProjectIntegrity(whole)).toEqual({ findings: [], repaired: null });
    const damaged = structuredClone(whole);
    damaged.facts[3]!.start += 2;
    damaged.facts[3]!.end += 2;
    damaged.groups[0]!.factIds.push('gone', damaged.groups[0]!.factIds[0]!);
    damaged.facts.push(structuredClone(damaged.facts[5]!));
    const before = structuredClone(damaged);
    const { findings, repaired } = checkProjectIntegrity(damaged);
    expect(damaged).toEqual(before);
    expect(findings.map((f) => [f.kind, f.repaired])).toEqual([
      ['duplicate-fact', true],
      ['fact-offsets', true],
      ['group-member', true],
    ]);
    expect(repaired!.facts).toEqual(whole.facts);
    expect(repaired!.groups).toEqual(whole.groups);
    // What no repair touched is shared, not copied.
    expect(repaired!.sources).toBe(damaged.sources);
    expect(repaired!.facts[0]).toBe(damaged.facts[0]);
  });

  it('gives a source renamed for its duplicated id the facts whose words are only in it', () => {
    const one = sourceOf('s', 'The fleet has 12 ships.\n');
    const other = sourceOf('s', 'Talks ended without a deal.\n');
    const fact = (id: string, text: string): Fact => ({ id, sourceId: 's', text, start: 0, end: text.length, kind: 'claim', values: [], entities: [], subject: '' });
    const project: Project = {
      ...emptyProject({ id: 'p', name: 'p', now: '2025-01-01T00:00:00Z' }),
      sources: [one, other],
      facts: [fact('a', 'The fleet has 12 ships.'), fact('b', 'Talks ended without a deal.')],
    };
    const { findings, repaired } = checkProjectIntegrity(project);
    expect(findings.map((f) => f.kind)).toEqual(['duplicate-source']);
    expect(repaired!.sources.map((s) => s.id)).toEqual(['s', 's-2']);
    expect(repaired!.facts.map((f) => [f.id, f.sourceId])).toEqual([
      ['a', 's'],
      ['b', 's-2'],
    ]);
  });

  it('costs one pass over the project: 4× the facts, about 4× the CPU time', () => {
    const small = wholeProject(5_000);
    const large = wholeProject(20_000);
    const { growth, floor, excess } = growthOverFloor(small, large, (p) => checkProjectIntegrity(p));
    expect(excess, `CPU time grew ${growth.toFixed(1)}× for 4× the facts; a single pass grew ${floor.toFixed(1)}×`).toBeLessThan(2);
  });
});

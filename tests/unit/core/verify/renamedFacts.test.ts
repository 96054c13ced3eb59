// Which fact an old id became when a source is extracted again by a newer extractor.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { renamedFacts } from '../../../../src/core/verify';
import type { Fact } from '../../../../src/core/model';

function facts(text: string): Fact[] {
  return extractFacts({ sourceId: 'src_a', text, publishedAt: '2025-03-01' });
}

/** The facts as an older extractor might have stored them: other ids, the item number in the sentence. */
function asOlder(list: Fact[]): Fact[] {
  return list.map((f, i) => ({ ...f, id: `fact_old${i}`, text: `3. ${f.text}` }));
}

describe('renamedFacts', () => {
  it('follows a fact whose sentence lost its item number, by kind and value as written', () => {
    const fresh = facts('The envoy met 12 mayors in Suva and signed 4 accords.');
    const renamed = renamedFacts(asOlder(fresh), fresh);
    expect(renamed.size).toBe(fresh.length);
    for (const [from, to] of renamed) expect(fresh[Number(from.slice('fact_old'.length))]!.id).toBe(to);
  });
  it('leaves alone ids that did not change, values that did, and a choice between two candidates', () => {
    // Figures only: the sentence's own claim follows it by kind, as the first test shows.
    const figures = (text: string) => facts(text).filter((f) => f.values.length > 0);
    const fresh = figures('Exports rose 5 percent and imports 5 percent.');
    const older = asOlder(fresh);
    expect(renamedFacts(older, fresh).size).toBe(0);
    expect(renamedFacts(fresh, fresh).size).toBe(0);
    const changed = older.map((f) => ({ ...f, values: f.values.map((v) => ({ ...v, surface: '6 percent' })) }));
    expect(renamedFacts(changed, figures('Exports rose 5 percent.')).size).toBe(0);
  });
});

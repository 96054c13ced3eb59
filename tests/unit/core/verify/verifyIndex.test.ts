// The verification index against a full regroup: sources added one by one in random orders,
// taken out and read again (other text, other facts) must leave exactly the groups groupFacts
// gives over every fact at that moment, given in another order: same ids, members, relations,
// rules, subjects, reasons and evidence. Real articles: the shared events corpus
// (../shared/corpus/events, four events; skipped without it), the unseen fixtures (three events),
// and all of them in one project, where events meet each other's words.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanArticle } from '../../../../src/core/clean';
import { extractFacts } from '../../../../src/core/extract';
import type { Fact, Group } from '../../../../src/core/model';
import { groupFacts } from '../../../../src/core/verify';
import { VerifyIndex } from '../../../../src/core/verify/verifyIndex';

const root = resolve(__dirname, '../../../..');
const corpus = resolve(root, '../shared/corpus/events');
const unseen = resolve(root, 'tests/fixtures/unseen');

interface Article {
  sourceId: string;
  text: string;
}

function articlesIn(dir: string, prefix: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ sourceId: `${prefix}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

const read = new Map<string, Fact[]>();
/** The facts of an article's text (each text read once for the whole file). */
function factsOf(a: Article, text = a.text): Fact[] {
  const key = `${a.sourceId}\u241f${text}`;
  let facts = read.get(key);
  if (!facts) {
    const clean = cleanArticle(text);
    read.set(key, (facts = extractFacts({ sourceId: a.sourceId, text: clean.text, publishedAt: clean.meta.publishedAt ?? null })));
  }
  return facts;
}

/** A group as a reader sees it, its members in a fixed order. */
function shown(groups: readonly Group[]): string[] {
  return groups.map((g) => JSON.stringify({ ...g, factIds: [...g.factIds].sort() })).sort();
}

/** A seeded shuffle (mulberry32), so that a failure names an order that can be run again. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The article with every third line of text left out: read again, it gives other facts. */
function shortened(text: string): string {
  let line = 0;
  return text
    .split('\n')
    .filter((l) => !l.trim() || line++ % 3 !== 2)
    .join('\n');
}

/**
 * Adds the articles in a seeded order, checking after each step; then takes one out, reads one
 * again shortened, and puts the first back, checking each. Returns how many steps it checked.
 */
function replay(articles: readonly Article[], seed: number): number {
  const facts = new Map(articles.map((a) => [a.sourceId, factsOf(a)]));
  const held = new Map<string, readonly Fact[]>();
  const index = new VerifyIndex();
  let steps = 0;
  const check = (what: string) => {
    // The full regroup sees the facts newest source first: another order than the index's.
    const all = [...held.values()].reverse().flat();
    expect(shown(index.groups), `${what} (seed ${seed})`).toEqual(shown(groupFacts(all)));
    expect(index.factCount).toBe(all.length);
    steps++;
  };
  for (const a of shuffled(articles, seed)) {
    held.set(a.sourceId, facts.get(a.sourceId)!);
    index.apply({ sources: [{ sourceId: a.sourceId, facts: facts.get(a.sourceId)! }] });
    check(`after adding ${a.sourceId}`);
  }
  const [out, ...rest] = shuffled(articles, seed + 1);
  held.delete(out!.sourceId);
  index.apply({ remove: [out!.sourceId] });
  check(`after taking out ${out!.sourceId}`);
  // The first of the others that, shortened, gives fewer facts.
  const again = rest.find((a) => factsOf(a, shortened(a.text)).length < facts.get(a.sourceId)!.length);
  expect(again).toBeDefined();
  const reread = factsOf(again!, shortened(again!.text));
  held.set(again!.sourceId, reread);
  index.apply({ sources: [{ sourceId: again!.sourceId, facts: reread }] });
  check(`after reading ${again!.sourceId} again`);
  held.set(out!.sourceId, facts.get(out!.sourceId)!);
  index.apply({ sources: [{ sourceId: out!.sourceId, facts: facts.get(out!.sourceId)! }] });
  check(`after putting ${out!.sourceId} back`);
  return steps;
}

describe('the verification index equals a full regroup', () => {
  it('on the unseen fixtures, in three orders', () => {
    const articles = articlesIn(unseen, 'unseen');
    for (const seed of [1, 2, 3]) expect(replay(articles, seed)).toBe(articles.length + 3);
  });

  it('starting from a project as it was opened', () => {
    const articles = articlesIn(unseen, 'unseen');
    const facts = articles.flatMap((a) => factsOf(a));
    const index = VerifyIndex.of(facts);
    expect(shown(index.groups)).toEqual(shown(groupFacts(facts)));
    const first = articles[0]!;
    index.apply({ remove: [first.sourceId] });
    expect(shown(index.groups)).toEqual(shown(groupFacts(facts.filter((f) => f.sourceId !== first.sourceId))));
  });

  it('refuses facts handed in under another source', () => {
    const [a, b] = articlesIn(unseen, 'unseen');
    expect(() => new VerifyIndex().apply({ sources: [{ sourceId: a!.sourceId, facts: factsOf(b!) }] })).toThrow(/names another source/);
  });

  describe.skipIf(!existsSync(corpus))('on the shared events corpus', () => {
    const events = existsSync(corpus) ? readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'gold.json'))).sort() : [];
    for (const event of events) {
      it(`${event}, in two orders`, { timeout: 60_000 }, () => {
        const articles = articlesIn(join(corpus, event), event);
        for (const seed of [11, 12]) replay(articles, seed);
      });
    }
    it('every event and fixture in one project', { timeout: 120_000 }, () => {
      const articles = [...events.flatMap((e) => articlesIn(join(corpus, e), e)), ...articlesIn(unseen, 'unseen')];
      expect(replay(articles, 21)).toBe(articles.length + 3);
    });
  });
});

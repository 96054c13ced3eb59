// The extractor's bounds (src/core/extract/limits.ts) on invented texts: each cap acts, says so in
// a note, and leaves an ordinary text alone; long runs cost time linear in their length.
import { describe, expect, it } from 'vitest';
import { MAX_FACTS_PER_SOURCE, MAX_UNIT, MAX_WORD, extractFacts, extractSource } from '../../../../src/core/extract';
import { splitUnits } from '../../../../src/core/extract/segment';

const input = (text: string) => ({ sourceId: 'src_limits', text, publishedAt: null });

// NOTE: CPU time is what is compared; the clock only bounds how long a busy machine may take.
const HEAVY = { timeout: 180_000 };

/** A run of words with a figure every seventh word and no full stop, `size` characters long. */
function runOn(size: number): string {
  const words = ['the', 'ministry', 'reported', 'troops', 'in', 'province', 'with', 'aid', 'convoy', 'officials', 'said'];
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${words[i % words.length]} ${i % 7 === 0 ? `${(i * 13) % 997} ` : ''}`;
  return text.slice(0, size).trimEnd();
}

/** Figures with a word now and then, on one line: data, not prose (about 130 facts per 1,000 characters). */
function figures(size: number): string {
  let text = '';
  for (let i = 0; text.length < size; i++) text += i % 5 === 0 ? `troops ${i} ` : `${i} `;
  return text;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU time for 4× the text over the time for 1×, best of three each (linear: about 4; quadratic: 16). */
function growth(make: (size: number) => string, small: number, run: (text: string) => unknown): number {
  const best = (text: string) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = cpuMs();
      run(text);
      min = Math.min(min, cpuMs() - t0);
    }
    return Math.max(min, 1);
  };
  const a = make(small);
  const b = make(small * 4);
  run(a);
  return best(b) / best(a);
}

describe('cap on facts per source', () => {
  it(`keeps the first ${MAX_FACTS_PER_SOURCE.toLocaleString('en-US')} facts of a file that gives more, and says where it stopped`, HEAVY, () => {
    const text = figures(250_000);
    const { facts, notes } = extractSource(input(text));
    expect(facts).toHaveLength(MAX_FACTS_PER_SOURCE);
    // The first ones, in text order: nothing kept comes from after where reading stopped.
    const stop = facts[facts.length - 1]!.end;
    for (let i = 1; i < facts.length; i++) expect(facts[i]!.start).toBeGreaterThanOrEqual(facts[i - 1]!.start);
    expect(stop).toBeLessThan(text.length * 0.9);
    expect(notes).toHaveLength(2); // the cap, and the run with no sentence end
    expect(notes[0]).toMatch(/^This file gave more than 25,000 facts; Attaché kept the first 25,000 \(from the first \d+ % of its text\)/);
    // The plain call keeps the same facts.
    expect(extractFacts(input(text)).map((f) => f.id)).toEqual(facts.map((f) => f.id));
  });

  it('leaves a file under the cap whole, with no note', () => {
    const text = figures(20_000);
    const { facts, notes } = extractSource(input(text));
    expect(facts.length).toBeGreaterThan(1000);
    expect(facts.length).toBeLessThan(MAX_FACTS_PER_SOURCE);
    expect(notes.join(' ')).not.toMatch(/facts;/);
  });
});

describe('cap on word length', () => {
  const run = 'Q'.repeat(5_000);
  const text = `Talks resumed with 40 delegates from the coast. ${run} Then 12 ministers arrived with 30 aides.`;

  it('skips a run without a space longer than a word can be, reads what is around it, and says so', () => {
    const { facts, notes } = extractSource(input(text));
    const runStart = text.indexOf(run);
    const runEnd = runStart + run.length;
    const surfaces = facts.flatMap((f) => f.values.map((v) => v.surface));
    expect(surfaces).toEqual(expect.arrayContaining(['40', '30']));
    expect(facts.some((f) => f.start > runEnd)).toBe(true);
    for (const f of facts) expect(f.end <= runStart || f.start >= runEnd, f.text.slice(0, 40)).toBe(true);
    expect(notes).toEqual([
      `It holds a run of 5,000 characters without a space (encoded data, not words); Attaché reads words of up to ${MAX_WORD.toLocaleString('en-US')} characters, so no facts were looked for there.`,
    ]);
  });

  it('reads a word of exactly the longest length', () => {
    const word = 'w'.repeat(MAX_WORD);
    // Cut as any unit over the longest sentence is, but read.
    const { facts, notes } = extractSource(input(`${word} and 40 delegates met.`));
    expect(notes.join(' ')).not.toMatch(/without a space/);
    expect(facts.flatMap((f) => f.values.map((v) => v.surface))).toContain('40');
  });

  it('reads a 4 MB word in time linear in its length', HEAVY, () => {
    const ratio = growth((n) => 'a'.repeat(n), 1_000_000, (t) => extractFacts(input(t)));
    expect(ratio, `4× the word took ${ratio.toFixed(1)}× the time`).toBeLessThan(8);
  });
});

describe('cap on sentence length', () => {
  it('reads a long run with no sentence end in parts no longer than a unit, and says so once', () => {
    const text = runOn(20_000);
    expect(text.length).toBe(19_999);
    const units = splitUnits(text);
    expect(units.length).toBeGreaterThanOrEqual(25);
    for (const u of units) expect(u.end - u.start).toBeLessThanOrEqual(MAX_UNIT);
    const { facts, notes } = extractSource(input(text));
    for (const f of facts) expect(f.text.length).toBeLessThanOrEqual(MAX_UNIT);
    expect(notes).toEqual([
      `It has a passage of 19,999 characters with no sentence end; Attaché reads sentences of up to ${MAX_UNIT} characters, so it was read in parts and a fact from it quotes its part.`,
    ]);
  });

  it('counts passages apart, and says nothing of ordinary sentences', () => {
    const long = runOn(3_001);
    const two = extractSource(input(`${long}\nThe ferry left at 9.\n${long}`)).notes;
    expect(two).toEqual([expect.stringContaining(`It has 2 passages of up to ${long.length.toLocaleString('en-US')} characters with no sentence end`)]);
    expect(extractSource(input('The 40 delegates met on Monday. They agreed on 3 points.\nA second line of 12 words.')).notes).toEqual([]);
  });

  it('extracts a 1 MB sentence in time linear in its length', HEAVY, () => {
    // Each figure looked back for a comma to the start of the text: 250 KB to 1 MB grew 13×.
    const ratio = growth(runOn, 250_000, (t) => extractFacts(input(t)));
    expect(ratio, `4× the sentence took ${ratio.toFixed(1)}× the time`).toBeLessThan(8);
  });
});

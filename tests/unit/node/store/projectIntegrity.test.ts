// Opening checks the project: duplicate ids, offsets out of range, words that are not the source's,
// dangling references. Each damaged project is made by hand from a real small one (three sources
// imported, facts verified, a brief drafted); each open must say what it found and did, keep the
// analyst's decisions, keep the file as it was beside it, and open silently the next time.
import { chmod, copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { citedFactIds } from '../../../../src/core/brief';
import type { Project } from '../../../../src/core/model';
import { checkProjectIntegrity } from '../../../../src/core/projectIntegrity';
import { shortQuote } from '../../../../src/core/sourceWords';
import { AttacheSession, noDialogs } from '../../../../src/node/service';
import { RecentProjects } from '../../../../src/node/store';

const TEXTS: Record<string, string> = {
  'a.txt': 'Prime Minister Tô Lâm met President Biden in Hanoi on 10 September 2023. The two leaders signed 12 agreements. Trade reached US$100 billion in 2022.',
  'b.txt': 'On 10 September 2023 Vietnam and the United States upgraded ties; trade reached US$100 billion in 2022. Leaders signed 12 agreements in Hanoi.',
  'c.txt': 'Bilateral trade reached US$100 billion in 2022, customs data show. Biden and Tô Lâm signed 12 agreements.',
};

let base: string;
let good: Project;
let dir: string;
let session: AttacheSession | null = null;

function newSession(): AttacheSession {
  return new AttacheSession({ dialogs: noDialogs, recent: new RecentProjects(join(base, 'recent.json')), emit: () => {}, owner: 'test', debounceMs: 0 });
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'attache-integrity-'));
  const paths = await Promise.all(
    Object.entries(TEXTS).map(async ([name, text]) => {
      await writeFile(join(base, name), text);
      return join(base, name);
    }),
  );
  const s = newSession();
  await s.createAt(join(base, 'Talks.attache'));
  await s.addSources(paths);
  // Every grouped fact verified, a brief drafted from them and its prompts written over.
  s.decide([...new Set(s.project.groups.flatMap((g) => g.factIds))], 'verified', { credibility: 2, note: 'checked' });
  const draft = s.draftBrief();
  s.setBrief({
    ...draft,
    sections: draft.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((b) =>
        b.type === 'paragraph' ? { ...b, content: b.content.map((i) => (i.type === 'text' && i.prompt ? { type: 'text' as const, text: 'Written.' } : i)) } : b,
      ),
    })),
  });
  await s.close();
  good = JSON.parse(await readFile(join(base, 'Talks.attache'), 'utf8')) as Project;
}, 60_000);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

afterEach(async () => {
  await session?.close();
  session = null;
  await chmod(join(dir, 'Damaged.attache'), 0o644).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** The good project with `change` made to a copy of it, written as Damaged.attache in a fresh folder. */
async function damaged(change: (p: Project) => void): Promise<{ path: string; bytes: string }> {
  dir = await mkdtemp(join(tmpdir(), 'attache-damaged-'));
  const project = structuredClone(good);
  change(project);
  const path = join(dir, 'Damaged.attache');
  const bytes = JSON.stringify(project);
  await writeFile(path, bytes);
  return { path, bytes };
}

async function open(path: string) {
  session = newSession();
  return session.openAt(path);
}

/** Closes, opens again, and expects no notice and no change to the file. */
async function opensSilently(path: string): Promise<void> {
  await session!.close();
  const bytes = await readFile(path, 'utf8');
  expect((await open(path)).notices).toEqual([]);
  await session!.close();
  expect(await readFile(path, 'utf8')).toBe(bytes);
}

async function damagedCopies(): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.startsWith('Damaged.attache.damaged-'));
}

const groupOf = (p: Project, size: number) => p.groups.find((g) => g.factIds.length === size)!;

describe('opening a project checks it', () => {
  it('finds nothing in a project Attaché wrote, and opens it without a word or a write', async () => {
    expect(checkProjectIntegrity(good)).toEqual({ findings: [], repaired: null });
    dir = await mkdtemp(join(tmpdir(), 'attache-damaged-'));
    const path = join(dir, 'Damaged.attache');
    await copyFile(join(base, 'Talks.attache'), path);
    expect((await open(path)).notices).toEqual([]);
    await opensSilently(path);
    expect(await damagedCopies()).toEqual([]);
  });

  it('renames and keeps entries sharing an id, removes exact copies, and keeps the file as it was', async () => {
    const source = good.sources[0]!;
    const fact = good.facts.find((f) => good.decisions[f.id])!;
    const { path, bytes } = await damaged((p) => {
      p.sources.push({ ...structuredClone(source), fileName: 'a-copy.txt' });
      p.facts.push({ ...structuredClone(fact), subject: 'edited by hand' });
      p.groups.push(structuredClone(p.groups[0]!));
      p.brief!.sections[1]!.id = p.brief!.sections[0]!.id;
    });
    const info = await open(path);
    expect(info.notices[0]).toMatch(/^Damaged\.attache holds 4 problems that a file Attaché wrote never has \(it was damaged or edited by hand\)\. Attaché repaired 4 of them; the file as it was is kept as Damaged\.attache\.damaged-.+:$/);
    expect(info.notices.slice(1)).toEqual([
      `Repaired: Two sources had the id ${source.id}; the second, source ${source.id} (a-copy.txt), is kept as source ${source.id}-2: the facts whose words stand in it, and not in the first, go with it.`,
      expect.stringMatching(new RegExp(`^Repaired: Two facts had the id ${fact.id}; the second, fact ${fact.id} \\(“.+”\\), is kept as fact ${fact.id}-2: its decision, groups and citations stay with the first; the renamed one is unverified\\.$`)),
      expect.stringMatching(/^Repaired: The project held group grp_\w+ \(.+\) twice, exactly the same; the copy was removed \(nothing in it is lost\)\.$/),
      expect.stringMatching(/^Repaired: Two brief sections had the id \S+; the second, “.+”, is kept as brief section \S+-2\.$/),
      // The facts read the same in both copies of the source, so they stayed with the first, and
      // the kept copy, left without facts, was read again like any source without facts.
      expect.stringMatching(/^1 source had no facts .*: a-copy\.txt was read again/),
    ]);
    const p = session!.project;
    expect(p.sources.map((s) => s.id)).toEqual([...good.sources.map((s) => s.id), `${source.id}-2`]);
    expect(p.sources.at(-1)!.fileName).toBe('a-copy.txt');
    expect(p.facts.filter((f) => f.sourceId !== `${source.id}-2` && f.id !== `${fact.id}-2`)).toEqual(good.facts);
    expect(p.facts.find((f) => f.id === `${fact.id}-2`)).toMatchObject({ sourceId: fact.sourceId, subject: 'edited by hand' });
    expect(p.decisions).toEqual(good.decisions);
    expect(new Set(p.groups.map((g) => g.id)).size).toBe(p.groups.length);
    expect(new Set(p.brief!.sections.map((s) => s.id)).size).toBe(good.brief!.sections.length);
    const [copy] = await damagedCopies();
    expect(await readFile(join(dir, copy!), 'utf8')).toBe(bytes);
    await opensSilently(path);
  });

  it('moves offsets to where the fact\'s own words stand, and keeps a fact whose words its source does not hold, refusing to export it', async () => {
    const cited = citedFactIds(good.brief!)[0]!;
    const moved = good.facts.find((f) => f.values.length > 0 && f.id !== cited)!;
    const outside = good.facts.find((f) => f.sourceId !== moved.sourceId && f.id !== cited)!;
    const { path } = await damaged((p) => {
      const m = p.facts.find((f) => f.id === moved.id)!;
      Object.assign(m, { start: m.start + 5, end: m.end + 5, values: m.values.map((v) => ({ ...v, start: v.start + 5, end: v.end + 5 })) });
      Object.assign(p.facts.find((f) => f.id === outside.id)!, { start: 5_000, end: 5_000 + outside.text.length });
      const c = p.facts.find((f) => f.id === cited)!;
      c.text = c.text.replace(/\d+/, '999');
      expect(c.text).toMatch(/999/);
    });
    const info = await open(path);
    expect(info.notices[0]).toMatch(/holds 3 problems .*Attaché repaired 2 of them/);
    const tampered = good.facts.find((f) => f.id === cited)!;
    expect(info.notices).toHaveLength(4);
    expect(info.notices.slice(1)).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^Repaired: Fact ${moved.id} \\(“.+”\\) of [abc]\\.txt did not point at its words \\(it says “.+” at characters ${moved.start + 5}–${moved.end + 5}\\); its words stand at characters ${moved.start}–${moved.end}, and it now points there\\.$`)),
      expect.stringMatching(new RegExp(`^Repaired: Fact ${outside.id} .* did not point at its words \\(characters 5000–\\d+ lie outside its \\d+ characters\\)`)),
      expect.stringMatching(new RegExp(`^Not repaired: Fact ${cited} \\(“.*999.*”\\) of [abc]\\.txt is not the source's words: it says “${escape(shortQuote(tampered.text))}” at characters ${tampered.start}–${tampered.end}\\. It is kept as it is, with your decision on it`)),
    ]));
    const p = session!.project;
    expect(p.facts.find((f) => f.id === moved.id)).toEqual(moved);
    expect(p.facts.find((f) => f.id === outside.id)).toEqual(outside);
    expect(p.facts.find((f) => f.id === cited)!.text).toMatch(/999/);
    expect(p.decisions).toEqual(good.decisions);
    // Done when: a tampered cited quote is refused at export, override or not.
    await expect(session!.exportBrief(join(dir, 'brief.pdf'), { allowUnverified: true })).rejects.toMatchObject({
      code: 'BRIEF_INTEGRITY',
      message: expect.stringMatching(/Citation 1 quotes “.*999.*” \(fact \w+\) as the words of .* \([abc]\.txt\), but that source says/),
    });
    expect(await readdir(dir)).not.toContain('brief.pdf');
    // The fact that could not be repaired is told about again at each open, and nothing changes.
    await session!.close();
    const bytes = await readFile(path, 'utf8');
    expect((await open(path)).notices).toEqual([expect.stringMatching(/holds 1 problem .*Attaché cannot repair them/), expect.stringMatching(/^Not repaired: Fact /)]);
    await session!.close();
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('takes members that are gone out of groups, and keeps facts of a missing source, citations of a missing fact and every decision', async () => {
    const three = groupOf(good, 3);
    const two = groupOf(good, 2);
    const goneSource = good.sources[2]!;
    const decided = Object.keys(good.decisions)[0]!;
    const { path } = await damaged((p) => {
      groupOf(p, 3).factIds[1] = 'fact_gone_1';
      p.groups.find((g) => g.id === two.id)!.factIds[0] = 'fact_gone_2';
      p.sources = p.sources.filter((s) => s.id !== goneSource.id);
      p.brief!.sections[0]!.blocks.push({ type: 'paragraph', content: [{ type: 'text', text: 'Gone: ' }, { type: 'cite', factId: 'fact_gone_3' }] });
      p.decisions[decided]!.factId = 'fact_other';
    });
    const info = await open(path);
    const messages = info.notices.slice(1).join('\n');
    expect(info.notices[0]).toMatch(/holds 5 problems .*Attaché repaired 3 of them/);
    expect(messages).toContain(`Repaired: Group ${three.id} (`);
    expect(messages).toMatch(/named a fact not in the project \(fact_gone_1\); they were taken out of it, and its other 2 facts stay grouped\./);
    expect(messages).toMatch(new RegExp(`Repaired: Group ${two.id} .*\\(fact_gone_2\\); with fewer than two facts left it groups nothing and was removed \\(your decisions on its facts stay\\)\\.`));
    const orphans = good.facts.filter((f) => f.sourceId === goneSource.id).length;
    expect(messages).toContain(`Not repaired: ${orphans} facts name source ${goneSource.id}, which is not in the project. They are kept with your decisions`);
    expect(messages).toContain('Not repaired: The brief cites fact fact_gone_3, which is not in the project. The citation is kept');
    expect(messages).toContain(`Repaired: The decision on fact ${decided} named fact fact_other inside it`);
    const p = session!.project;
    expect(p.groups.find((g) => g.id === three.id)!.factIds).toEqual(three.factIds.filter((_, i) => i !== 1));
    expect(p.groups.find((g) => g.id === two.id)).toBeUndefined();
    expect(p.facts).toEqual(good.facts);
    expect(p.decisions).toEqual(good.decisions);
    expect(citedFactIds(p.brief!)).toContain('fact_gone_3');
    expect(session!.checkBrief().map((c) => c.reason)).toContain('missing-fact');
    expect(await damagedCopies()).toHaveLength(1);
  });

  it('only tells about a damaged read-only project: nothing repaired, nothing written', async () => {
    const { path, bytes } = await damaged((p) => {
      p.groups.push(structuredClone(p.groups[0]!));
    });
    await chmod(path, 0o444);
    const info = await open(path);
    expect(info.readOnly).toBe(true);
    expect(info.notices).toEqual([
      expect.stringMatching(/is read-only/),
      expect.stringMatching(/^Damaged\.attache holds 1 problem .*; it is read-only, so nothing was repaired:$/),
      expect.stringMatching(/^To repair when it can be written: The project held group/),
    ]);
    expect(session!.project.groups).toHaveLength(good.groups.length + 1);
    await session!.close();
    expect(await readFile(path, 'utf8')).toBe(bytes);
    expect(await damagedCopies()).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The application service through the same dispatch every host uses.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttacheSession, createHandlers, dispatchCall, noDialogs, type DialogPort } from '../../../../src/node/service';
import { RecentProjects } from '../../../../src/node/store';

let dir: string;
let session: AttacheSession;
let picks: { newPath?: string; files?: string[] };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-session-'));
  picks = {};
  const dialogs: DialogPort = {
    ...noDialogs,
    chooseNewProjectPath: async () => picks.newPath ?? null,
    chooseSourceFiles: async () => picks.files ?? null,
  };
  session = new AttacheSession({
    dialogs,
    recent: new RecentProjects(join(dir, 'recent.json')),
    emit: () => {},
    owner: 'test',
    debounceMs: 0,
  });
});
/** A new project named `name` with one source file holding `text`; the source as imported. */
async function projectWithSource(name: string, file: string, text: string) {
  picks.newPath = join(dir, `${name}.attache`);
  await session.newProject();
  const path = join(dir, file);
  await writeFile(path, text);
  picks.files = [path];
  await session.addSourcesFromDialog();
  return session.project.sources[0]!;
}

afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('dispatchCall', () => {
  it('refuses unknown calls and bad arguments with the error envelope', async () => {
    const handlers = createHandlers(session);
    expect(await dispatchCall(handlers, 'fsReadFile', {})).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await dispatchCall(handlers, 'sourcesRemove', { sourceId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENT' },
    });
    expect(await dispatchCall(handlers, 'sourcesAddDropped', { paths: [] })).toMatchObject({ ok: false });
  });

  it('answers NO_PROJECT before a project is open, and null when a dialog is cancelled', async () => {
    const handlers = createHandlers(session);
    expect(await dispatchCall(handlers, 'sourcesList', undefined)).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
    expect(await dispatchCall(handlers, 'projectNew', undefined)).toEqual({ ok: true, value: null });
  });

  it('opens only recent projects by path', async () => {
    const handlers = createHandlers(session);
    const result = await dispatchCall(handlers, 'projectOpenRecent', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  });

  it('creates a project from the dialog, imports, lists and removes sources', async () => {
    const handlers = createHandlers(session);
    picks.newPath = join(dir, 'p.attache');
    const created = await dispatchCall(handlers, 'projectNew', undefined);
    expect(created).toMatchObject({ ok: true, value: { name: 'p', sourceCount: 0 } });
    const a = join(dir, 'a.txt');
    await writeFile(a, 'The ministry said exports rose 4.5% in 2024 to US$12 billion, the highest on record.\n');
    picks.files = [a];
    const report = await dispatchCall(handlers, 'sourcesAddFromDialog', undefined);
    expect(report).toMatchObject({ ok: true, value: { added: 1, failed: 0 } });
    const list = await dispatchCall(handlers, 'sourcesList', undefined);
    expect(list.ok && (list.value as unknown[]).length).toBe(1);
    const sourceId = (list as { value: Array<{ id: string }> }).value[0]!.id;
    expect(await dispatchCall(handlers, 'sourcesRemove', { sourceId })).toEqual({ ok: true, value: null });
    expect(await dispatchCall(handlers, 'sourcesList', undefined)).toEqual({ ok: true, value: [] });
  });

  it('brings a removed source back with its facts and the decisions on them, once', async () => {
    const handlers = createHandlers(session);
    picks.newPath = join(dir, 'undo.attache');
    await dispatchCall(handlers, 'projectNew', undefined);
    const a = join(dir, 'a.txt');
    await writeFile(a, 'The ministry said exports rose 4.5% in 2024 to US$12 billion, the highest on record.\n');
    picks.files = [a];
    await dispatchCall(handlers, 'sourcesAddFromDialog', undefined);
    const [source] = session.listSources();
    await session.updateSourceMeta(source!.id, { outlet: 'Daily One' });
    const facts = session.listFacts();
    expect(facts.length).toBeGreaterThan(0);
    session.decide([facts[0]!.fact.id], 'verified', { credibility: 2 });

    await dispatchCall(handlers, 'sourcesRemove', { sourceId: source!.id });
    expect(session.listFacts()).toEqual([]);
    const back = await dispatchCall(handlers, 'sourcesRestoreRemoved', { sourceId: source!.id });
    expect(back).toMatchObject({ ok: true, value: { id: source!.id, meta: { outlet: 'Daily One' } } });
    expect(session.listFacts().map((v) => v.fact.id)).toEqual(facts.map((v) => v.fact.id));
    expect(session.listFacts()[0]).toMatchObject({ status: 'verified', decision: { credibility: 2 } });
    // Once back, it is no longer a removed source: a second restore is refused with a reason.
    expect(await dispatchCall(handlers, 'sourcesRestoreRemoved', { sourceId: source!.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('saves the project as another file and carries on there, leaving the old file as it was', async () => {
    const handlers = createHandlers(session);
    picks.newPath = join(dir, 'first.attache');
    await dispatchCall(handlers, 'projectNew', undefined);
    const a = join(dir, 'a.txt');
    await writeFile(a, 'Officials said 1,200 trucks crossed the border in March 2025, up from 800 a year earlier.\n');
    picks.files = [a];
    await dispatchCall(handlers, 'sourcesAddFromDialog', undefined);
    await session.flush();
    const before = await readFile(join(dir, 'first.attache'), 'utf8');

    picks.newPath = join(dir, 'second.attache');
    const saved = await dispatchCall(handlers, 'projectSaveAs', undefined);
    expect(saved).toMatchObject({ ok: true, value: { path: join(dir, 'second.attache'), sourceCount: 1 } });
    const sourceId = ((await dispatchCall(handlers, 'sourcesList', undefined)) as { value: Array<{ id: string }> }).value[0]!.id;
    await dispatchCall(handlers, 'sourcesRemove', { sourceId });
    await session.flush();
    expect(JSON.parse(await readFile(join(dir, 'second.attache'), 'utf8')).sources).toEqual([]);
    expect(await readFile(join(dir, 'first.attache'), 'utf8')).toBe(before);
    // The new file is in the recent list: it can be reopened by path.
    await dispatchCall(handlers, 'projectClose', undefined);
    expect(await dispatchCall(handlers, 'projectOpenRecent', { path: join(dir, 'second.attache') })).toMatchObject({ ok: true });

    picks.newPath = undefined;
    expect(await dispatchCall(handlers, 'projectSaveAs', undefined)).toEqual({ ok: true, value: null });
  });

  it('re-infers the years a text leaves out when the source date changes, and keeps decisions across re-extraction', async () => {
    const source = await projectWithSource(
      'dates',
      'visit.txt',
      [
        'Minister arrives for talks',
        '',
        'The foreign minister will visit Canberra on March 12 for two days of talks, officials said on Monday.',
        '',
        'Trade between the two countries reached US$3.1 billion last year, the ministry said.',
        '',
        'Related news',
        'Another story about something else entirely that readers also clicked on',
        '',
      ].join('\n'),
    );
    const dateFact = () => session.project.facts.find((f) => f.kind === 'date' && f.values[0]!.surface.includes('March 12'));
    const money = session.project.facts.find((f) => f.kind === 'money')!;
    session.decide([money.id], 'verified', { note: 'in the ministry release' });

    await session.updateSourceMeta(source.id, { publishedAt: '2024-03-01' });
    expect(dateFact()!.values[0]).toMatchObject({ canonical: '2024-03-12', inferred: true });
    session.decide([dateFact()!.id], 'verified', { note: 'the ministry confirmed the date' });
    const dateId = dateFact()!.id;
    await session.updateSourceMeta(source.id, { publishedAt: '2023-02-20' });
    expect(dateFact()!.values[0]).toMatchObject({ canonical: '2023-03-12', inferred: true });
    // A re-inferred year is the same fact: the decision stays on it.
    expect(dateFact()!.id).toBe(dateId);
    expect(session.project.decisions[dateId]).toMatchObject({ status: 'verified' });

    // Re-extraction (a new date, a restored line) gives the same fact the same id: the decision stays on it.
    const dropped = (await session.getSource(source.id)).removed[0]!;
    await session.setLineRestored(source.id, dropped.line, true);
    const again = session.project.facts.find((f) => f.kind === 'money')!;
    expect(again.id).toBe(money.id);
    expect(session.project.decisions[money.id]).toMatchObject({ status: 'verified', note: 'in the ministry release' });
  });

  it('dates an undated source from the other sources for its relative dates, and says so on the source', async () => {
    picks.newPath = join(dir, 'days.attache');
    await session.newProject();
    const dated = join(dir, 'dated.txt');
    const undated = join(dir, 'undated.txt');
    await writeFile(dated, 'Harbour Weekly\n12 June 2024\nPeru and Chile signed a lithium accord in Lima yesterday after three days of talks between the two ministers.\n');
    await writeFile(undated, 'Andes Notes\nPeru and Chile signed the lithium accord in Lima on 11 June 2024, the ministers said, after they had met again on Tuesday.\n');
    picks.files = [dated, undated];
    await session.addSourcesFromDialog();
    const byName = new Map(session.project.sources.map((s) => [s.fileName, s]));
    expect(byName.get('dated.txt')!.guessed.publishedAt).toBe('2024-06-12');
    expect(byName.get('dated.txt')!.inferredDay).toBeUndefined();
    const source = byName.get('undated.txt')!;
    expect(source.guessed.publishedAt).toBeNull();
    expect(source.inferredDay).toBe('2024-06-11');
    const tuesday = session.project.facts.filter((f) => f.sourceId === source.id).flatMap((f) => f.values).find((v) => v.surface === 'Tuesday');
    expect(tuesday).toMatchObject({ canonical: '2024-06-11', inferred: true });
  });

  it('dates a source with no date of its own from the dated sources whose story it tells [project.story-day]', async () => {
    picks.newPath = join(dir, 'story.attache');
    await session.newProject();
    const first = join(dir, 'first.txt');
    const second = join(dir, 'second.txt');
    const undated = join(dir, 'undated.txt');
    await writeFile(first, 'Harbour Weekly\n12 June 2024\nGovernor Ines Marlow of Peru opened the new harbour in Lima on Monday, the Harbour Board said.\n');
    await writeFile(second, 'Andes Post\n13 June 2024\nThe Harbour Board said Governor Ines Marlow had opened the harbour in Lima, the first in Peru.\n');
    await writeFile(undated, 'Coast Notes\nGovernor Ines Marlow opened the harbour of Lima on Monday, Peru\'s Harbour Board said.\n');
    picks.files = [first, second, undated];
    await session.addSourcesFromDialog();
    const source = session.project.sources.find((s) => s.fileName === 'undated.txt')!;
    expect(source.guessed.publishedAt).toBeNull();
    expect(source.inferredDay).toBe('2024-06-13');
    const monday = session.project.facts.filter((f) => f.sourceId === source.id).flatMap((f) => f.values).find((v) => v.surface === 'Monday');
    expect(monday).toMatchObject({ canonical: '2024-06-10', inferred: true });
  });

  it('reads a source again when the analyst corrects its language', async () => {
    // Too short for the language to be guessed as French: read the English way at first.
    const source = await projectWithSource('language', 'note.txt', 'Budget 2025\n\nLe fonds atteint 2,5 millions.\n');
    await session.updateSourceMeta(source.id, { language: 'en' });
    const amounts = () => session.project.facts.flatMap((f) => f.values).filter((v) => v.type === 'count').map((v) => v.canonical);
    expect(amounts()).not.toContain('2500000');
    await session.updateSourceMeta(source.id, { language: 'fr' });
    expect(amounts()).toContain('2500000');
  });

  it('carries a decision and its citations to a fact a newer extractor gives a new id', async () => {
    const source = await projectWithSource(
      'renamed',
      'statement.txt',
      'Council approves projects\n\n1. The council met in Apia and approved 14 new projects.\n\n2. Members also approved 9 loans.\n',
    );
    const count = { ...session.project.facts.find((f) => f.kind === 'count' && f.values[0]!.surface === '14')! };
    // As an older extractor stored it: the paragraph's number inside the sentence, another id.
    session.requireProject().update((p) => {
      const old = p.facts.find((f) => f.id === count.id)!; // the stored fact, not the copy above
      old.id = 'fact_fromolderversion';
      old.text = `1. ${old.text}`;
      p.decisions['fact_fromolderversion'] = { factId: 'fact_fromolderversion', status: 'verified', credibility: 2, note: 'checked with the council', at: '2025-01-02T10:00:00.000Z' };
      p.brief = {
        template: 'blank', title: 'Apia', subtitle: '', preparedFor: '', preparedBy: '', date: '2025-01-02', marking: 'UNCLASSIFIED',
        sections: [{ id: 's1', title: 'Projects', blocks: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Fourteen projects.' }, { type: 'cite', factId: 'fact_fromolderversion' }] },
          { type: 'keyFigures', rows: [{ factId: 'fact_fromolderversion', indicator: 'Projects approved', value: '14', asOf: '' }] },
        ] }],
      };
    });
    await session.updateFacts([source.id]);
    expect(session.project.decisions['fact_fromolderversion']).toBeUndefined();
    expect(session.project.decisions[count.id]).toMatchObject({ factId: count.id, status: 'verified', note: 'checked with the council' });
    const blocks = session.project.brief!.sections[0]!.blocks;
    expect(blocks[0]).toMatchObject({ content: [{ type: 'text' }, { type: 'cite', factId: count.id }] });
    expect(blocks[1]).toMatchObject({ rows: [{ factId: count.id }] });
  });
});

describe('verifying without a grade', () => {
  it('records the suggested credibility as a suggestion, and a chosen or cleared grade as the analyst gave it', async () => {
    await projectWithSource('grades', 'report.txt', 'Trade between the two countries reached US$3.1 billion last year, the ministry said.\n');
    const money = session.project.facts.find((f) => f.kind === 'money')!;
    const suggested = session.factDetail(money.id).view.suggestedCredibility;

    session.decide([money.id], 'verified');
    expect(session.project.decisions[money.id]).toMatchObject({ status: 'verified', credibility: suggested, credibilitySuggested: true });

    // A note later keeps the suggestion as it was recorded.
    session.decide([money.id], undefined, { note: 'seen in the release' });
    expect(session.project.decisions[money.id]).toMatchObject({ credibility: suggested, credibilitySuggested: true });

    session.decide([money.id], undefined, { credibility: 4 });
    expect(session.project.decisions[money.id]!.credibility).toBe(4);
    expect(session.project.decisions[money.id]!.credibilitySuggested).toBeUndefined();

    session.decide([money.id], 'verified', { credibility: null });
    expect(session.project.decisions[money.id]).toMatchObject({ credibility: null });

    // Rejecting records no credibility of Attaché's.
    const other = await projectWithSource('grades2', 'other.txt', 'Exports rose to 4,000 tonnes in 2023, officials said.\n');
    const fact = session.project.facts.find((f) => f.sourceId === other.id)!;
    session.decide([fact.id], 'rejected');
    expect(session.project.decisions[fact.id]).toMatchObject({ status: 'rejected', credibility: null });
  });
});

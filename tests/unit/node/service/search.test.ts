// The `search` call through the dispatch every host uses: the index lives in a worker, is built
// once when the project opens (or at the first search), and follows sources added, read again and
// removed without being built again.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttacheSession, createHandlers, dispatchCall, noDialogs } from '../../../../src/node/service';
import { RecentProjects } from '../../../../src/node/store';
import type { SearchResult } from '../../../../src/shared/api';
import { HANOI, PORT } from '../../searchArticles';

let dir: string;
let session: AttacheSession;
let events: string[];

function newSession(searchOnOpen = false): AttacheSession {
  return new AttacheSession({
    dialogs: noDialogs,
    recent: new RecentProjects(join(dir, 'recent.json')),
    emit: (event) => events.push(event),
    owner: 'test',
    debounceMs: 0,
    searchOnOpen,
  });
}

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function search(arg: unknown): Promise<SearchResult> {
  const result = await dispatchCall(createHandlers(session), 'search', arg);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SearchResult;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-search-'));
  events = [];
  session = newSession();
});

afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('search call', () => {
  it('finds facts by folded, stemmed words and marks them in the sentence', async () => {
    await session.createAt(join(dir, 'p.attache'));
    await session.addSources([await file('hanoi.txt', HANOI)]);
    const lam = await search({ query: 'To Lam' });
    const hit = lam.hits[0]!;
    expect(hit.kind).toBe('fact');
    expect(session.project.facts.find((f) => f.id === hit.factId)?.text).toBe(hit.snippet);
    expect(hit.highlights.map((r) => hit.snippet.slice(r.start, r.end))).toEqual(['Tô', 'Lâm']);
    const investors = await search({ query: 'investors', prefix: false });
    expect(investors.hits.map((h) => h.snippet)).toContainEqual(expect.stringContaining('largest investor'));
    // Source text: the headline is in no fact.
    const headline = await search({ query: 'delegation visits', scope: 'sources' });
    expect(headline.hits[0]).toMatchObject({ kind: 'source', factId: null, snippet: 'Japanese delegation visits Hanoi' });
  });

  it('is what the Facts list’s words find: folded and stemmed, not a substring', async () => {
    await session.createAt(join(dir, 'p.attache'));
    await session.addSources([await file('hanoi.txt', HANOI)]);
    const texts = async (text: string) => {
      const page = await session.factsPage({ filter: { text } }, { offset: 0, limit: 100 });
      expect(page.plainWords).toBeUndefined();
      return page.rows.map((r) => r.fact.text);
    };
    await session.whenSearchReady();
    expect(await texts('To Lam')).toContainEqual(expect.stringContaining('Tô Lâm'));
    expect(await texts('investors')).toContainEqual(expect.stringContaining('largest investor'));
    expect(await texts('zanzibar')).toEqual([]);
  });

  it('follows sources added and removed without building the index again', async () => {
    await session.createAt(join(dir, 'p.attache'));
    await session.addSources([await file('hanoi.txt', HANOI)]);
    expect((await search({ query: 'To Lam' })).total).toBeGreaterThan(0);
    const first = await session.searchStats();
    expect(first.builds).toBe(1);

    await session.addSources([await file('port.txt', PORT)]);
    const cod = await search({ query: 'tonnes of cod', scope: 'all' });
    expect(cod.hits.some((h) => h.kind === 'fact' && /40,000 tonnes/.test(h.snippet))).toBe(true);
    const added = await session.searchStats();
    expect(added.builds).toBe(1);
    const port = session.project.sources.find((s) => s.fileName === 'port.txt')!;
    const portFacts = session.project.facts.filter((f) => f.sourceId === port.id).length;
    // Only the new source's facts and passages (two paragraphs) were indexed.
    expect(added.documentsAdded - first.documentsAdded).toBe(portFacts + 2);

    await session.removeSource(port.id);
    expect((await search({ query: 'tonnes of cod', scope: 'all' })).total).toBe(0);
    expect((await search({ query: 'To Lam' })).total).toBeGreaterThan(0);
    expect(await session.searchStats()).toMatchObject({ builds: 1, sources: 1 });
  });

  it('keeps only facts of the status asked for', async () => {
    await session.createAt(join(dir, 'p.attache'));
    await session.addSources([await file('hanoi.txt', HANOI), await file('port.txt', PORT)]);
    const cod = session.project.facts.find((f) => /tonnes of cod/.test(f.text))!;
    expect((await search({ query: 'the', status: 'verified' })).hits).toEqual([]);
    session.decide([cod.id], 'verified');
    const verified = await search({ query: 'port japan', status: 'verified' });
    expect(verified.hits.map((h) => h.factId)).toEqual([cod.id]);
    const unverified = await search({ query: 'port', status: 'unverified' });
    expect(unverified.hits.map((h) => h.factId)).not.toContain(cod.id);
  });

  it('answers the Facts list’s words while the index is built, plainly and never wrongly, then says it is built', async () => {
    await session.createAt(join(dir, 'p.attache'));
    await session.addSources([await file('hanoi.txt', HANOI), await file('port.txt', PORT)]);
    const ids = async (text: string) => {
      const page = await session.factsPage({ filter: { text } }, { offset: 0, limit: 100 });
      return { plain: page.plainWords === true, ids: page.rows.map((r) => r.fact.id) };
    };
    // The first words start the worker: they are answered without waiting for it.
    const early = await ids('investors');
    const lam = await ids('to lam');
    expect(early.plain && lam.plain).toBe(true);
    expect(lam.ids.length).toBeGreaterThan(0);
    expect(events).not.toContain('searchReady');
    expect(await session.whenSearchReady()).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.filter((e) => e === 'searchReady')).toHaveLength(1);
    // Asked again, the index answers: stems found ("investor"), and all the plain answer had.
    const later = await ids('investors');
    expect(later.plain).toBe(false);
    expect(later.ids.length).toBeGreaterThan(early.ids.length);
    expect(later.ids).toEqual(expect.arrayContaining(early.ids));
    expect((await ids('to lam')).ids).toEqual(expect.arrayContaining(lam.ids));
  });

  it('builds the index when the project opens, taking changes made meanwhile', async () => {
    await session.createAt(join(dir, 'p.attache'));
    await session.addSources([await file('hanoi.txt', HANOI)]);
    const path = session.info()!.path;
    await session.close();
    session = newSession(true);
    await session.openAt(path);
    // Added while the worker is still starting and reading the file.
    await session.addSources([await file('port.txt', PORT)]);
    expect((await search({ query: 'To Lam' })).total).toBeGreaterThan(0);
    expect((await search({ query: 'tonnes of cod' })).total).toBeGreaterThan(0);
    expect((await session.searchStats()).builds).toBe(1);
  });

  it('refuses a query that is too long or a scope it does not know, saying why', async () => {
    await session.createAt(join(dir, 'p.attache'));
    const handlers = createHandlers(session);
    expect(await dispatchCall(handlers, 'search', { query: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await dispatchCall(handlers, 'search', { query: 'cod', scope: 'files' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('scope') },
    });
    expect(await dispatchCall(handlers, 'search', { query: 'cod', limit: 0 })).toMatchObject({ ok: false });
    await session.close();
    expect(await dispatchCall(handlers, 'search', { query: 'cod' })).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
  });
});

// Search over invented sources: folded names, stems, a word typed halfway, ranking by how many
// of the words a fact has, marks on exactly the words that matched, source text in passages, and
// a source added or removed changing only its own documents.
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchFact, type SearchHit } from '../../../../src/core/search';
import { splitPassages } from '../../../../src/core/search/passages';
import { indexTerms, splitWords } from '../../../../src/core/search/terms';

/** A source whose facts are its sentences (one per line). */
function source(id: string, lines: string[]): { source: { id: string; text: string }; facts: SearchFact[] } {
  const text = lines.join('\n');
  let at = 0;
  const facts = lines.map((line, i) => {
    const fact = { id: `${id}-f${i}`, sourceId: id, text: line, start: at, end: at + line.length };
    at += line.length + 1;
    return fact;
  });
  return { source: { id, text }, facts };
}

function indexOf(...sources: ReturnType<typeof source>[]): SearchIndex {
  const index = new SearchIndex();
  for (const s of sources) index.setSource(s.source, s.facts);
  return index;
}

/** The marked words of a hit, as the snippet has them. */
const marked = (hit: SearchHit) => hit.highlights.map((r) => hit.snippet.slice(r.start, r.end));
const factIds = (hits: SearchHit[]) => hits.filter((h) => h.kind === 'fact').map((h) => h.factId);

const HANOI = source('hanoi', [
  'General Secretary Tô Lâm received the Japanese delegation in Hà Nội on Monday.',
  'Japan remains the largest investor in the country, with 6,322 projects.',
  'Investment from Japan reached $1.8 billion in 2023.',
  'Officials said investing in ports and fisheries would continue.',
]);
const PORT = source('port', [
  'The fishery port at Vale handled 40,000 tonnes of cod.',
  'A new port opened on the coast.',
  'Fishery exports fell in the spring.',
]);

describe('search: words folded and stemmed', () => {
  const index = indexOf(HANOI, PORT);

  it('finds "Tô Lâm" for "To Lam", marking both words', () => {
    const [hit] = index.search('To Lam', { scope: 'facts' }).hits;
    expect(hit?.factId).toBe('hanoi-f0');
    expect(marked(hit!)).toEqual(['Tô', 'Lâm']);
    expect(factIds(index.search('ha noi ', { scope: 'facts' }).hits)).toEqual(['hanoi-f0']);
  });

  it('finds "investor" for "investors", and every word of its stem', () => {
    const found = index.search('investors ', { scope: 'facts' });
    expect(new Set(factIds(found.hits))).toEqual(new Set(['hanoi-f1', 'hanoi-f2', 'hanoi-f3']));
    expect(marked(found.hits.find((h) => h.factId === 'hanoi-f1')!)).toEqual(['investor']);
    // The word as written counts more than the others of its stem.
    expect(index.search('investor ', { scope: 'facts' }).hits[0]?.factId).toBe('hanoi-f1');
    expect(index.search('investing ', { scope: 'facts' }).hits[0]?.factId).toBe('hanoi-f3');
  });

  it('reads numbers whole, with or without thousands separators', () => {
    expect(factIds(index.search('6322 ', { scope: 'facts' }).hits)).toEqual(['hanoi-f1']);
    expect(factIds(index.search('1.8 billion', { scope: 'facts' }).hits)).toEqual(['hanoi-f2']);
    expect(indexTerms('2,012')).toEqual(['2012']);
  });

  it('matches a misspelt word loosely only when no word matches as written', () => {
    expect(factIds(index.search('fishary ', { scope: 'facts' }).hits).sort()).toEqual(['hanoi-f3', 'port-f0', 'port-f2']);
    expect(index.search('fishery ', { scope: 'facts' }).total).toBe(3);
    expect(index.search('zzzq ', { scope: 'facts' }).total).toBe(0);
  });

  it('searches nothing for a query of function words only', () => {
    expect(index.search('the of and', {}).words).toBe(0);
    expect(index.search('', {}).hits).toEqual([]);
  });
});

describe('search: typing', () => {
  const index = indexOf(HANOI, PORT);

  it('matches the words the last word begins while it is typed', () => {
    expect(factIds(index.search('investi', { scope: 'facts' }).hits)).toEqual(['hanoi-f3']);
    expect(factIds(index.search('Fish', { scope: 'facts' }).hits).sort()).toEqual(['hanoi-f3', 'port-f0', 'port-f2']);
    expect(marked(index.search('Fish', { scope: 'facts' }).hits.find((h) => h.factId === 'hanoi-f3')!)).toEqual(['fisheries']);
  });

  it('takes a word followed by a space, or any word with prefix off, as finished', () => {
    expect(index.search('Fish ', { scope: 'facts' }).total).toBe(0);
    expect(index.search('Fish', { scope: 'facts', prefix: false }).total).toBe(0);
    // A single letter begins too much to be searched as a prefix.
    expect(index.search('J', { scope: 'facts' }).total).toBe(0);
  });
});

describe('search: ranking', () => {
  const index = indexOf(HANOI, PORT);

  it('ranks a fact with all the words above facts with one, whatever their scores', () => {
    const both = 'Port officials spoke at length with the visiting delegation about rice and the coming harvest season.';
    const one = 'Rice, rice and rice.';
    const ranked = indexOf(source('farm', [both, one, 'The port was busy.', 'Port fees rose.'])).search('rice port ', { scope: 'facts' });
    expect(ranked.hits.map((h) => [h.factId, h.matched])).toEqual([
      ['farm-f0', 2],
      ['farm-f1', 1],
      ['farm-f2', 1],
      ['farm-f3', 1],
    ]);
    // On score alone the short sentence that says "rice" three times would come first.
    expect(ranked.hits[1]!.score).toBeGreaterThan(ranked.hits[0]!.score);
    expect(ranked.complete).toBe(1);
    expect(ranked.total).toBe(4);
  });

  it('orders hits by words matched, then score', () => {
    const found = index.search('fishery port ', { scope: 'facts' });
    expect(factIds(found.hits.slice(0, 2)).sort()).toEqual(['hanoi-f3', 'port-f0']);
    expect(found.complete).toBe(2);
    for (let i = 1; i < found.hits.length; i++) {
      const [a, b] = [found.hits[i - 1]!, found.hits[i]!];
      expect(a.matched > b.matched || (a.matched === b.matched && a.score >= b.score)).toBe(true);
    }
  });

  it('keeps only the facts a filter accepts, and at most the limit', () => {
    const found = index.search('port ', { scope: 'facts', acceptFact: (id) => id !== 'port-f0' });
    expect(factIds(found.hits).sort()).toEqual(['hanoi-f3', 'port-f1']);
    expect(index.search('port ', { scope: 'facts', limit: 1 }).hits).toHaveLength(1);
  });
});

describe('search: highlights', () => {
  it('map to the characters of the words that matched, and no others', () => {
    const index = indexOf(HANOI, PORT);
    for (const query of ['To Lam', 'japan investment ', 'fisheries port', 'billion 2023']) {
      for (const hit of index.search(query, {}).hits) {
        const words = new Set(splitWords(query).flatMap((w) => indexTerms(w)));
        for (const r of hit.highlights) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(hit.snippet.length);
          // Every marked piece is a whole word of the snippet.
          expect(splitWords(hit.snippet.slice(r.start, r.end))).toEqual([hit.snippet.slice(r.start, r.end)]);
        }
        // At least one marked word shares a term (or the start of one) with the query.
        const terms = marked(hit).flatMap((w) => indexTerms(w));
        expect(terms.some((t) => [...words].some((q) => t.startsWith(q) || q.startsWith(t)) || /^to$/i.test(t))).toBe(true);
      }
    }
  });
});

describe('search: matching facts for a filter', () => {
  it('finds the facts ranked search finds with every word, else every fact with any', () => {
    const index = indexOf(HANOI, PORT);
    for (const query of ['To Lam', 'japan investment ', 'fisheries port', 'bill', 'port zzzz', 'investmnt']) {
      const ranked = index.search(query, { scope: 'facts', limit: 1000 });
      const expected = ranked.complete > 0 ? ranked.hits.filter((h) => h.matched === ranked.words) : ranked.hits;
      const match = index.matchFacts(query);
      expect(match.words).toBe(ranked.words);
      expect([...match.factIds].sort()).toEqual(expected.map((h) => h.factId).sort());
    }
    expect(index.matchFacts('fisheries port').factIds.length).toBeGreaterThan(0);
    expect(index.matchFacts('the').factIds).toEqual([]);
  });
});

describe('search: source text', () => {
  const long = source('long', [
    'Delegates met in Geneva.',
    `${'The talks covered many points of order. '.repeat(20)}A final communiqué mentioned the Mekong delta.`,
  ]);

  it('finds words in passages, the snippet standing in the source text at its offsets', () => {
    const index = new SearchIndex();
    // The source's facts do not have the words: only its text does.
    index.setSource(long.source, long.facts.slice(0, 1));
    const found = index.search('communique mekong', { scope: 'sources' });
    const hit = found.hits[0]!;
    expect(hit.kind).toBe('source');
    expect(hit.factId).toBeNull();
    expect(long.source.text.slice(hit.start, hit.end)).toBe(hit.snippet);
    expect(marked(hit)).toEqual(['communiqué', 'Mekong']);
    expect(index.search('communique', { scope: 'facts' }).total).toBe(0);
  });

  it('cuts paragraphs into passages between sentences, none longer than the limit', () => {
    const text = long.source.text;
    const passages = splitPassages(text, 200);
    expect(passages.length).toBeGreaterThan(4);
    for (const p of passages) {
      expect(p.end - p.start).toBeLessThanOrEqual(200);
      expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
    }
    expect(passages.slice(1, -1).every((p) => /[.]$/.test(text.slice(p.start, p.end)))).toBe(true);
  });
});

describe('search: kept up to date by source', () => {
  it('finds a source’s facts once it is added and none once it is removed, touching no other', () => {
    const index = indexOf(HANOI);
    const before = index.counters.documentsAdded;
    expect(index.search('tonnes cod', { scope: 'all' }).total).toBe(0);
    index.setSource(PORT.source, PORT.facts);
    expect(factIds(index.search('tonnes cod', { scope: 'facts' }).hits)).toEqual(['port-f0']);
    // Only the new source's facts and passages were indexed.
    expect(index.counters.documentsAdded - before).toBe(PORT.facts.length + splitPassages(PORT.source.text).length);
    index.removeSource('port');
    expect(index.search('tonnes cod', { scope: 'all' }).total).toBe(0);
    expect(index.search('To Lam', { scope: 'facts' }).hits[0]?.factId).toBe('hanoi-f0');
  });

  it('replaces a source read again, and stays right after many removals', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 1500; i++) index.setSource({ id: `s${i}`, text: `Report ${i} on grain` }, [{ id: `f${i}`, sourceId: `s${i}`, text: `Grain report ${i}`, start: 0, end: 10 }]);
    for (let i = 0; i < 1400; i++) index.removeSource(`s${i}`);
    index.setSource({ id: 's1499', text: 'Report on rice' }, [{ id: 'f1499b', sourceId: 's1499', text: 'Rice report', start: 0, end: 11 }]);
    expect(index.factCount).toBe(100);
    expect(index.search('grain ', { scope: 'facts', limit: 500 }).total).toBe(99);
    expect(factIds(index.search('rice ', { scope: 'facts' }).hits)).toEqual(['f1499b']);
    expect(index.search('1450 ', { scope: 'facts' }).hits[0]?.factId).toBe('f1450');
  });
});

describe('search: scripts without spaces', () => {
  it('finds Japanese text by its characters', () => {
    const index = indexOf(source('jp', ['東京で首脳会談が行われた。', '大阪の港は静かだった。']));
    expect(factIds(index.search('東京', { scope: 'facts' }).hits)).toEqual(['jp-f0']);
    expect(marked(index.search('東京', { scope: 'facts' }).hits[0]!)).toEqual(['東', '京']);
  });
});

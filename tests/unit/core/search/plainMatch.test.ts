// The Facts filter's plain match, used while the search index is being built: never a fact the
// index would not find (a list shown then is never wrong), the same facts where the words stand
// whole in the sentences, and the index's rule of "every word, or else any".
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchFact } from '../../../../src/core/search';
import { foldedFactText, plainMatchFacts } from '../../../../src/core/search/plainMatch';

const LINES = [
  'General Secretary Tô Lâm received the Japanese delegation in Hà Nội on Monday.',
  'Japan remains the largest investor in the country, with 6,322 projects.',
  'Investment from Japan reached $1.8 billion in 2023.',
  'Officials said investing in ports and fisheries would continue.',
  'The fishery port at Vale handled 40,000 tonnes of cod.',
  'A new port opened on the coast; the report said so.',
  'Exports to Portugal fell by 8 per cent in the spring.',
  'The minister said: “Trade is the priority.” The ministers agreed.',
  '中国和日本的贸易增长了。',
];

const facts: SearchFact[] = LINES.map((text, i) => ({ id: `f${i}`, sourceId: 's', text, start: 0, end: text.length }));
const folded = facts.map(foldedFactText);
const index = new SearchIndex();
index.setSource({ id: 's', text: LINES.join('\n') }, facts);

const plain = (query: string) => plainMatchFacts(query, folded).map((p) => facts[p]!.id);
const indexed = (query: string) => new Set(index.matchFacts(query, true).factIds);

const QUERIES = [
  'to lam', 'Tô Lâm', 'ha noi', 'japan', 'jap', 'investor', 'invest', 'inv', 'port', 'por', 'ports ', 'report',
  'port vale', 'fishery port', 'minister', 'ministers', 'min', 'trade', 'the', 'th', 'said', 'sa', '8', '1.8', '1',
  '6,322', '322', '2023', 'cod', 'co', 'coast portugal', 'zanzibar', 'zanzibar port', 'japan cod', '贸易', '中', 'in', 'i',
];

describe('plainMatchFacts', () => {
  it('finds only facts the index finds, for every query tried', () => {
    for (const query of QUERIES) {
      const found = indexed(query);
      for (const id of plain(query)) expect(found.has(id), `${query} → ${id}`).toBe(true);
    }
  });

  it('finds what the index finds where the words stand whole or begun in the sentences', () => {
    for (const query of ['to lam', 'japan', 'jap', 'port', 'port vale', 'minister', 'min', 'cod', 'coast portugal', '2023']) {
      expect(new Set(plain(query)), query).toEqual(indexed(query));
    }
  });

  it('matches words, not pieces of them, and leaves out function words', () => {
    expect(plain('port ')).toEqual(['f4', 'f5']); // not "report", "Portugal" or "ports": a whole word
    expect(plain('por')).toEqual(['f3', 'f4', 'f5', 'f6']); // begun: "ports", "port", "Portugal"
    expect(plain('8')).toEqual(['f6']); // not the "8" of "1.8"
    expect(plain('th')).toEqual([]); // "the" is not searched, and "th" begins nothing else here
    expect(plain('the')).toEqual([]);
  });

  it('keeps the facts with every word, or where none has them all, those with any', () => {
    expect(plain('japan investment')).toEqual(['f2']);
    expect(plain('japan zanzibar')).toEqual(['f1', 'f2']); // "Japanese" is not the word "japan"
    expect(plain('zanzibar')).toEqual([]);
  });
});

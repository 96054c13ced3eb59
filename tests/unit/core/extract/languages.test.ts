// Figures and dates as other languages write them: decimal commas, thousands grouped by points or
// spaces, their month names and scale words. Sentences invented for this test.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { englishNumbers } from '../../../../src/core/extract/locale';

function read(text: string, language: string | null): Array<[string, string, string]> {
  const seen = new Map<string, [string, string, string]>();
  for (const f of extractFacts({ sourceId: 's', text, publishedAt: '2025-06-01', language })) {
    for (const v of f.values) seen.set(`${v.start}:${v.type}`, [v.type, v.canonical, v.surface]);
  }
  return [...seen.values()];
}

describe('numbers written with a decimal comma', () => {
  it('are rewritten the English way without moving a character', () => {
    for (const [from, to] of [
      ['300 000 personnes', '300,000 personnes'],
      ['46,2 tỷ', '46.2 tỷ'],
      ['1.250.000 Euro', '1,250,000 Euro'],
      ['12\u00a0500 soldats', '12,500 soldats'],
      ['le 28 octobre 2025', 'le 28 octobre 2025'],
      ['27.11.2023', '27.11.2023'],
    ]) {
      expect(englishNumbers(from!)).toBe(to);
      expect(englishNumbers(from!)).toHaveLength(from!.length);
    }
  });

  it('reads French figures and dates, keeping the source’s words as the surface', () => {
    const values = read('Les combats ont déplacé plus de 300 000 personnes avant le 28 octobre 2025, et l’aide atteint 2,5 millions d’euros, soit 3,5 % du budget.', 'fr');
    expect(values).toContainEqual(['count', '300000', '300 000']);
    expect(values).toContainEqual(['date', '2025-10-28', '28 octobre 2025']);
    expect(values).toContainEqual(['money', '2500000 EUR', '2,5 millions d’euros']);
    expect(values).toContainEqual(['percent', '3.5 %', '3,5 %']);
    expect(values.filter(([type]) => type === 'count').map(([, c]) => c)).toEqual(['300000']);
  });

  it('reads German, Spanish, Indonesian and Vietnamese figures and dates', () => {
    expect(read('Am 3. Oktober 2025 stieg der Handel um 12,5 Prozent auf 14,8 Milliarden Euro.', 'de')).toEqual([
      ['date', '2025-10-03', '3. Oktober 2025'],
      ['percent', '12.5 %', '12,5 Prozent'],
      ['money', '14800000000 EUR', '14,8 Milliarden Euro'],
    ]);
    expect(read('El 28 de octubre de 2025 el comercio llegó a 1.200 millones de dólares.', 'es')).toContainEqual(['money', '1200000000 USD', '1.200 millones de dólares']);
    expect(read('El 28 de octubre de 2025 el comercio creció.', 'es')).toContainEqual(['date', '2025-10-28', '28 de octubre de 2025']);
    expect(read('Pada 14 Agustus 2025 ekspor mencapai Rp 1,2 triliun.', 'id')).toEqual([
      ['date', '2025-08-14', '14 Agustus 2025'],
      ['money', '1200000000000 IDR', 'Rp 1,2 triliun'],
    ]);
    const vi = read('Ngày 27/11/2023, kim ngạch đạt 46,2 tỷ USD, tăng 3,5%, với khoảng 520.000 người.', 'vi');
    expect(vi).toContainEqual(['date', '2023-11-27', 'Ngày 27/11/2023']);
    expect(vi).toContainEqual(['money', '46200000000 USD', '46,2 tỷ USD']);
    expect(vi).toContainEqual(['percent', '3.5 %', '3,5%']);
    expect(vi).toContainEqual(['count', '520000', '520.000']);
  });

  it('leaves English as English: a point is a decimal point, a space separates numbers', () => {
    expect(read('Output rose 1.250 percent as 3 500-strong crews worked.', 'en')).toContainEqual(['percent', '1.25 %', '1.250 percent']);
    expect(read('Exports rose to $1.250 billion.', null)).toContainEqual(['money', '1250000000 USD', '$1.250 billion']);
    expect(read('On 28 octobre, 12 500 people marched.', 'en').some(([, c]) => c === '12500')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/extract';
import { nameKey } from '../../../../src/core/entities/fold';

function people(text: string): string[] {
  const keys = new Set<string>();
  for (const f of extractFacts({ sourceId: 's', text, publishedAt: null })) for (const e of f.entities) if (e.type === 'person') keys.add(e.key);
  return [...keys];
}

describe('entity aliases', () => {
  it('folds diacritics and name order into one key', () => {
    expect(nameKey('Tô Lâm')).toBe(nameKey('To Lam'));
    expect(nameKey('Ishiba Shigeru')).toBe(nameKey('Shigeru Ishiba'));
    expect(nameKey('Nguyễn Văn An')).toBe(nameKey('Nguyen Van An'));
  });
  it('gives one person for both spellings in an article', () => {
    const text =
      'President Đặng Quốc Hùng met the Chilean delegation on 3 May 2022, with 12 ministers present.\n' +
      'Later, President Dang Quoc Hung signed 4 agreements with Chile.';
    expect(people(text)).toEqual([nameKey('Dang Quoc Hung')]);
  });
  it('does not swallow a titled person into an organisation name', () => {
    const text = 'Speaking in Lima, Party General Secretary Ana Torres said 40 projects were agreed.';
    const facts = extractFacts({ sourceId: 's', text, publishedAt: null });
    const entities = facts.flatMap((f) => f.entities);
    expect(entities.some((e) => e.type === 'person' && e.key === nameKey('Ana Torres'))).toBe(true);
    expect(entities.some((e) => e.type === 'organisation' && /torres/i.test(e.name))).toBe(false);
  });
});

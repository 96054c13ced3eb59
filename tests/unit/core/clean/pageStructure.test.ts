// Cleaning a whole invented page: the headline is found below the menus (not the site's motto
// above them), furniture around it goes by its form, lists of other stories go with their
// header, the outlet's description of itself goes at the foot of the page only, and captions,
// tables and the story itself stay.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/core/clean';

const page = `Island Gazette | Voice of the Atolls
Home | Pacific | Politics 2025 | Fisheries | Sport | Opinion
Subscribe | Sign in | Digital edition
REEF20 2,104.30 ▲ 11.20 (0.53%) | ATOLL 980.10 ▼ 1.05 (0.11%) | USD/ISL 3.41
You are here: Home > Pacific > 2025 > March
Section: Pacific
Atoll states agree to pool fishing patrols from June
Coast Wire (Apia)
13 March 2025
APIA (Coast Wire) — Four atoll states agreed on Thursday to pool their…
By LENA OKAFOR and IVO MARSH Coast Wire
APIA (Coast Wire) — Four atoll states agreed on Thursday to pool their fishing patrols from June, sharing two vessels and a spotter aircraft.
Island Gazette is the islands' oldest news service, ministers noted when the patrol plan was first drafted.
(Also read: Tuna prices climb for a third month as catches fall)
The plan will cost 4.2 million dollars a year, officials said.
Patrol hours were split as follows:
Atoll | Hours | Vessels
North | 1,200 | 1
South | 900 | 1
Report by Ana Reyes/Coast Wire
A patrol vessel leaves harbour at dawn. Its crew of 14 will rotate every six weeks. Photo: Ana Reyes/Coast Wire
Load more updates
Related Gazette Stories
Tuna prices climb for a third month as catches fall
Reef survey finds 30% of coral bleached
More from: Coast Wire
Pacific forum to meet in Suva in August
Island Gazette is a nonprofit news service covering 40 islands across the Pacific.`;

describe('a page around its story', () => {
  const result = cleanArticle(page);
  const lines = result.text.split('\n').filter((l) => l.trim());

  it('takes the headline below the menus and keeps it', () => {
    expect(result.meta.title).toBe('Atoll states agree to pool fishing patrols from June');
    expect(lines[0]).toBe('Atoll states agree to pool fishing patrols from June');
  });

  it('drops the masthead, the ticker, the crumb, the labels, the credits and the teaser', () => {
    for (const gone of [
      'Island Gazette | Voice of the Atolls',
      'Subscribe | Sign in | Digital edition',
      'REEF20 2,104.30 ▲ 11.20 (0.53%) | ATOLL 980.10 ▼ 1.05 (0.11%) | USD/ISL 3.41',
      'You are here: Home > Pacific > 2025 > March',
      'Section: Pacific',
      'Coast Wire (Apia)',
      '13 March 2025',
      'APIA (Coast Wire) — Four atoll states agreed on Thursday to pool their…',
      'By LENA OKAFOR and IVO MARSH Coast Wire',
      '(Also read: Tuna prices climb for a third month as catches fall)',
      'Report by Ana Reyes/Coast Wire',
      'Load more updates',
      'Related Gazette Stories',
      'Reef survey finds 30% of coral bleached',
      'More from: Coast Wire',
      'Pacific forum to meet in Suva in August',
      'Island Gazette is a nonprofit news service covering 40 islands across the Pacific.',
    ]) {
      expect(lines, gone).not.toContain(gone);
    }
  });

  it('keeps the story, its table, its caption, and a sentence about the outlet inside the story', () => {
    for (const stays of [
      'APIA (Coast Wire) — Four atoll states agreed on Thursday to pool their fishing patrols from June, sharing two vessels and a spotter aircraft.',
      "Island Gazette is the islands' oldest news service, ministers noted when the patrol plan was first drafted.",
      'The plan will cost 4.2 million dollars a year, officials said.',
      'Atoll | Hours | Vessels',
      'North | 1,200 | 1',
      'A patrol vessel leaves harbour at dawn. Its crew of 14 will rotate every six weeks. Photo: Ana Reyes/Coast Wire',
    ]) {
      expect(lines, stays).toContain(stays);
    }
  });

  it('keeps the page date for the source', () => {
    expect(result.meta.publishedAt).toBe('2025-03-13');
  });
});

describe('a breadcrumb that ends in the headline', () => {
  it('drops the crumb and keeps the headline printed on its own', () => {
    const raw = `Home » Pacific » Atoll states agree to pool fishing patrols from June
Atoll states agree to pool fishing patrols from June
Four atoll states agreed on Thursday to pool their fishing patrols from June, sharing two vessels.
The plan will cost 4.2 million dollars a year, officials said on Friday in Apia.`;
    const lines = cleanArticle(raw).text.split('\n');
    expect(lines[0]).toBe('Atoll states agree to pool fishing patrols from June');
    expect(lines).not.toContain('Home » Pacific » Atoll states agree to pool fishing patrols from June');
  });
});

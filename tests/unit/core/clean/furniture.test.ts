// Page furniture that gives itself away by its form rather than by interface words: time stamps,
// wire credits and agency codes, contact blocks, tag lists, reader tools, menus, mastheads.
// The captures are invented for this test.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../src/core/clean';

function kept(raw: string): string[] {
  return cleanArticle(raw).text.split('\n').filter((l) => l.trim());
}

const wireCapture = `THE HARBOUR TIMES
Monday, 3 March 2025
News | Region | Markets | Opinion | Video
Subscribe from $4.99 a month
Sign in
Ports agency approves second terminal at Walvis Bay
By Ana Kuvale
March 3, 2025 9:12 AM GMT+2
Updated 4 hours ago
Listen to this article · 4 min
WINDHOEK, March 3 (Reuters) - Namibia's ports agency on Monday approved a second container terminal at Walvis Bay, costing about $410 million, officials said.
The terminal will handle 750,000 containers a year when it opens in 2028.
Font size: A- A A+
(Reporting by Ana Kuvale; Editing by Tom Reyes)
Tags: Namibia, Ports, Shipping
bur-ak/tr`;

const releaseCapture = `Ministry of Fisheries of Tonga
Media Release
Nuku'alofa, 12 May 2025
Tonga and Fiji agree joint patrols of shared fishing grounds
1. The Ministers of Fisheries of Tonga and Fiji met in Nuku'alofa on 12 May 2025 and agreed to run joint patrols from July.
2. The patrols will cover 120,000 square kilometres of shared waters.
For further information
Media Relations, Nuku'alofa: +676 23 730 | media@fisheries.gov.to
www.fisheries.gov.to
Ref: MOF/2025/044`;

describe('furniture known by its form', () => {
  it('drops time stamps, reader tools, wire credits, tags and the agency code; keeps the headline, byline and date', () => {
    const result = cleanArticle(wireCapture);
    const lines = result.text.split('\n').filter((l) => l.trim());
    for (const gone of [
      'Monday, 3 March 2025',
      'News | Region | Markets | Opinion | Video',
      'Subscribe from $4.99 a month',
      'March 3, 2025 9:12 AM GMT+2',
      'Listen to this article · 4 min',
      'Font size: A- A A+',
      '(Reporting by Ana Kuvale; Editing by Tom Reyes)',
      'Tags: Namibia, Ports, Shipping',
      'bur-ak/tr',
    ]) {
      expect(lines, gone).not.toContain(gone);
    }
    expect(lines).toContain('The terminal will handle 750,000 containers a year when it opens in 2028.');
    expect(result.meta.title).toBe('Ports agency approves second terminal at Walvis Bay');
    expect(result.meta.author).toBe('Ana Kuvale');
    expect(result.meta.publishedAt).toBe('2025-03-03');
  });

  it('drops a release’s contact block and reference number, keeps its numbered paragraphs', () => {
    const lines = kept(releaseCapture);
    for (const gone of ['For further information', "Media Relations, Nuku'alofa: +676 23 730 | media@fisheries.gov.to", 'www.fisheries.gov.to', 'Ref: MOF/2025/044']) {
      expect(lines, gone).not.toContain(gone);
    }
    expect(lines).toContain('2. The patrols will cover 120,000 square kilometres of shared waters.');
    expect(lines).toContain('Tonga and Fiji agree joint patrols of shared fishing grounds');
  });

  it('keeps a table whose rows are cells between pipes, and a sentence that mentions a reporter', () => {
    const table = `Trade in goods, 2024
Partner | Exports | Imports
Chile | Copper | Fruit
Peru | Zinc | Fish
The figures were compiled by the statistics office.
Reporting by local journalists has been restricted since March, the union said.`;
    const lines = kept(table);
    expect(lines).toContain('Chile | Copper | Fruit');
    expect(lines).toContain('Reporting by local journalists has been restricted since March, the union said.');
  });

  it('keeps a short real headline above a stamp and its byline', () => {
    const result = cleanArticle(`Floods close border
Jane Moyo
Published: 2 April 2025 14:05
Floods closed the main border crossing between the two countries for a third day on Wednesday.
About 3,000 trucks were waiting on both sides, the customs office said.`);
    expect(result.meta.title).toBe('Floods close border');
    expect(result.text).toContain('Floods close border');
    expect(result.text).not.toContain('Published: 2 April 2025');
    expect(result.meta.publishedAt).toBe('2025-04-02');
  });

  it('never drops a long line as a promotion for a "you" and a "visit" in it: a whole article on one line is kept', () => {
    const article =
      'Japan names Vietnam an irreplaceable partner. On April 27 the Prime Minister met the General Secretary in Hanoi. ' +
      'The two sides agreed to deepen ties in technology, defence and trade, and officials said the visit would open a new phase. ' +
      '“You cannot build the region without Vietnam,” the Prime Minister said, adding that Japan would support new rail lines. ' +
      'Trade between the two countries reached $46.2 billion last year, and Japanese investment rose by 12 percent. ' +
      'Analysts said the visit showed how the partnership had grown since it was set up in 2023.';
    expect(kept(article)).toEqual([article]);
    expect(kept('Visit our shop and get 20% off your first order today!')).toEqual([]);
  });
});

describe('share buttons that name a platform', () => {
  // Invented capture: a share button standing alone between the byline and the story, and again
  // inside it, naming platforms that have no other word of a control in them ("X", "Bluesky").
  const capture = (button: string) =>
    ['The Lagoon Courier', 'Home', 'World', '', 'Ministers agree on a new trade pact in the capital', '', 'By Ann Lee', button, '', 'SUVA – The ministers of both countries met on Tuesday and signed an agreement worth $2 billion, officials said.', '', button, '', 'The talks lasted three hours, according to a statement released after the meeting.'].join('\n');

  it.each(['Share on X', 'Share on Bluesky', 'Share on Instagram', 'Share on Threads'])('drops “%s” as a share line wherever it stands, and keeps the headline', (button) => {
    const result = cleanArticle(capture(button));
    expect(kept(capture(button))).not.toContain(button);
    expect(result.removed.filter((r) => r.text === button).map((r) => r.reason)).toEqual(['share', 'share']);
    expect(result.meta.title).toBe('Ministers agree on a new trade pact in the capital');
  });

  it('never takes a share line for the title of a page whose headline is missing', () => {
    const page = ['The Lagoon Courier', 'Home', 'World', '', 'By Ann Lee', 'Share on X', '', 'SUVA – The ministers of both countries met on Tuesday and signed an agreement worth $2 billion, officials said.'].join('\n');
    expect(cleanArticle(page).meta.title).not.toBe('Share on X');
  });

  it('keeps a line where a platform is named among other words', () => {
    const line = 'The ministers posted the joint statement on X and Instagram on Tuesday evening.';
    expect(kept(capture('Copy link').replace('The talks lasted', `${line}\n\nThe talks lasted`))).toContain(line);
  });
});

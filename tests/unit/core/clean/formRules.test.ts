// Each named furniture form on invented lines: what it must take, and the article lines of a
// similar look it must leave. The outlets, names and places are made up.
import { describe, expect, it } from 'vitest';
import { formMatch } from '../../../../src/core/clean/furnitureLine';
import { lineFeatures } from '../../../../src/core/clean/lineFeatures';

const ruleOf = (text: string) => formMatch(lineFeatures(0, text, 'en'))?.id ?? null;

function expectRule(id: string, remove: readonly string[], keep: readonly string[]): void {
  for (const t of remove) expect(ruleOf(t), t).toBe(id);
  for (const t of keep) expect(ruleOf(t), t).toBeNull();
}

describe('bylines and credits', () => {
  it('byline.credit-line: a credit and nothing else', () => {
    expectRule(
      'byline.credit-line',
      ['Posted by Harbour Desk', 'Report by Lena Okafor/Coast Wire', 'By TOMAS VEIGA and RUTH ADEYEMI Coast Wire', 'Written by Ivo Marsh'],
      ['By Tuesday the harbour had reopened to all shipping.', 'By then, fishermen had lost two weeks of catch', 'Posted by hand, the ballots arrived late.'],
    );
  });
  it('byline.photo-credit and byline.source-label', () => {
    expectRule('byline.photo-credit', ['Photo: Ana Reyes/Coast Wire', '(Photo by Kemal Oz/Wire Agency)'], ['Photo evidence showed the dam had cracked in March.']);
    expectRule('byline.source-label', ['Source: Coast Wire', 'Source: Ministry of Ports'], ['Source: the ministry said the figures were provisional.']);
  });
  it('byline.meta-row: a credit with a date or reading time', () => {
    expectRule('byline.meta-row', ['Posted by Island Desk | 14/03/2025 | 3 min read', '[March 14, 2025]  By Ana Reyes and Ivo Marsh', 'By Harbour Post | 4 May 2025'], ['Island Desk | Opinion | Sport']);
  });
});

describe('mastheads, stamps and tickers', () => {
  it('masthead.bare-date and masthead.clock-time', () => {
    expectRule('masthead.bare-date', ['Thursday, 13 March 2025', 'March 13, 2025', '13.03.2025', 'Jeudi 13 mars 2025'], ['Apia, 13 March 2025', 'Thursday, 13 March 2025, was the deadline.']);
    expectRule('masthead.clock-time', ['9:41 AM', '21:05', '7.15pm'], ['9:41 AM local time, the first tremor']);
  });
  it('masthead.market-ticker', () => {
    expectRule(
      'masthead.market-ticker',
      ['HARBOUR50 12,004.10 ▲ 40.25 (0.34%) | ISLE20 3,210.55 ▼ 2.10 (0.07%)', 'COPPER 9,120 | GOLD 2,310 | OIL 81.40'],
      ['Copper rose to 9,120 dollars a tonne ▲ on Monday, traders said.', 'Exports | 1,200 | 1,350'],
    );
  });
  it('masthead.weather and masthead.meta-row', () => {
    expectRule('masthead.weather', ['Apia 29°C', 'Weather: 12°F, freezing fog'], ['Apia swelters at 41°C']);
    expectRule(
      'masthead.meta-row',
      ['Thursday, 13 March 2025 | Apia 29°C', 'Port Vila County | Weather: 30°C, showers', 'Harbour Post Service / March 13, 2025', '13 March 2025 - 09:41'],
      ['Harbour Post | Apia', 'Ports reopen - live updates', 'Apia 2025 | 41 | 38'],
    );
  });
  it('share.counter-row, share.phrase-bar, masthead.language-switch', () => {
    expectRule('share.counter-row', ['1,204 views | 3 comments | Share', '12 comments | 40 shares'], ['1,204 voters | 3 districts']);
    expectRule('share.phrase-bar', ['Email this story to a friend | Print', 'Send a link to a colleague | Share'], ['Email | Phone | Address']);
    expectRule('masthead.language-switch', ['English | Français', 'Español / Português / English', 'EN | DE'], ['English | French | German', 'Trade | Energy']);
  });
  it('navigation.feed-control and navigation.media-label', () => {
    expectRule('navigation.feed-control', ['Refresh for the latest updates', 'Load more posts', 'Show all comments'], ['Show results of the 2019 count below.']);
    expectRule('navigation.media-label', ['WATCH |', 'Video:', 'In pictures'], ['Watch this space, the minister said.']);
  });
});

describe('the outlet speaking for itself', () => {
  it('promotion.account-action', () => {
    expectRule(
      'promotion.account-action',
      ['Subscribe from $3 per month for full access to the Gazette', 'Already a member of another Harbour title? Sign in with the same details.'],
      ['Subscribers rose to 3 million last year.', 'Register before Friday, the commission told voters.'],
    );
  });
  it('promotion.reader-appeal', () => {
    expectRule(
      'promotion.reader-appeal',
      ['Back local reporting: donate today. Every $5 keeps our newsroom open.', 'Join the Harbour Post channel on Signal for alerts', 'Island Gazette is the islands’ top news site. Download the Gazette app.'],
      ['Support for the ruling party fell to 40% in our poll.', 'Download speeds doubled in 2024.', 'Join the march on Saturday, organisers urged residents.'],
    );
  });
  it('notice.reader-account and boilerplate.help-line', () => {
    expectRule('notice.reader-account', ['Nearly there! Please confirm your email address using the link we sent you.', 'Leave a comment: your email address will not be published.'], ['Check your email for fake tax notices, police warned.']);
    expectRule('boilerplate.help-line', ['Trouble logging in? Email support@harbourpost.example or call 0800 555 0199.'], ['Families can call 0800 555 0199, the ministry said.']);
  });
  it('notice.syndication and notice.copyright', () => {
    expectRule(
      'notice.syndication',
      ['Read the original article on Harbour Post.', 'This story originally appeared on Coast Wire.', '(This report was not edited by Gazette staff; it is published from a syndicated feed.)'],
      ['The report was published on Monday by the ministry.'],
    );
    expectRule('notice.copyright', [`Copyright © 2025 Coast Wire. All rights reserved. Distributed by Isle Media. ${'To reach the holder write to the desk. '.repeat(4)}`], ['The copyright dispute reached court in May.']);
  });
});

describe('section labels', () => {
  it('navigation.section-label and navigation.continuation', () => {
    expectRule('navigation.section-label', ['Section: Pacific', 'Categories: Ports | Fisheries', 'Labels: Trade, Island Affairs, Ports-Shipping'], ['Section 4: the treaty covers 12,000 kilometres of coast.']);
    expectRule('navigation.continuation', ['Story continues below advertisement', 'Continue reading on:', 'Keep reading'], ['The story continues to divide the islands.']);
  });
});

// The Facts tab on two invented reports of one trade agreement that agree on a figure and disagree
// on another: the analyst sees the corroboration and the conflict, verifies with the keyboard,
// undoes, selects several facts at once; text from a source is shown as text, never as markup.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AttacheFixture } from './harness';
import { HANOI, SANTIAGO } from './tradePactArticles';

async function projectWith(attache: AttacheFixture, name: string, files: Array<[string, string]>): Promise<Page> {
  const page = await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, `${name}.attache`));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const paths = await Promise.all(files.map(([file, text]) => attache.writeSource(file, text)));
  attache.dialogs.sourceFiles.push(paths);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(`${files.length} added`, { timeout: 60_000 });
  await page.getByRole('tab', { name: /Facts/ }).click();
  await expect(page.getByRole('listbox', { name: 'Facts' })).toBeVisible();
  return page;
}

function statusOf(attache: AttacheFixture, factId: string): string {
  return attache.session.listFacts().find((v) => v.fact.id === factId)?.status ?? 'missing';
}

test('two reports: a corroborated figure, a conflict, verify with V, undo with Ctrl+Z, verify again', async ({ attache }) => {
  const page = await projectWith(attache, 'Chile Vietnam', [
    ['santiago.txt', SANTIAGO],
    ['hanoi.txt', HANOI],
  ]);
  const list = page.getByRole('listbox', { name: 'Facts' });

  // The shared figure is corroborated by both sources; the tariff share is a conflict.
  // Figure rows (each sentence is also a claim row of its own, kind claim).
  const trade = list.locator('[role="option"][data-kind="money"]').filter({ hasText: '$1.8 billion' });
  await expect(trade).toHaveCount(2);
  await expect(trade.first()).toContainText('corroborated by 2 sources');
  // The list is virtual and long (every sentence is a claim too): the kind filter brings the shares up.
  const kind = page.getByRole('combobox', { name: 'Kind' });
  await kind.selectOption('percent');
  const tariffs = list.locator('[role="option"][data-kind="percent"]').filter({ hasText: /94 percent|87 percent/ });
  await expect(tariffs).toHaveCount(2);
  await expect(tariffs.first()).toContainText('conflict');
  await kind.selectOption('');
  const conflicts = page.getByRole('list', { name: 'Conflicts' });
  await expect(conflicts).toContainText(/94 percent vs 87 percent|87 percent vs 94 percent/);
  await attache.snap('facts-list');

  // The conflict list opens the disagreement: both sentences, each value marked.
  await conflicts.getByRole('button').first().click();
  const evidence = page.getByRole('article', { name: 'Evidence' });
  await expect(evidence.getByRole('region', { name: 'Conflict' })).toContainText('different values');
  await expect(evidence.locator('blockquote mark.value-primary')).toHaveText(/^(94|87) percent$/);
  await expect(evidence.getByRole('region', { name: 'Conflict' }).locator('mark.value-primary')).toHaveText(/^(94|87) percent$/);
  await attache.snap('facts-conflict-evidence');

  // Select the corroborated figure from Santiago and verify it with the keyboard.
  await trade.first().click();
  await expect(evidence.locator('blockquote')).toContainText('according to customs figures');
  await expect(evidence.locator('blockquote mark.value-primary')).toHaveText('$1.8 billion');
  await expect(evidence.getByRole('region', { name: 'Corroboration' })).toContainText('the ministry said');
  await expect(evidence).toContainText('Chile and Vietnam sign trade pact');
  await expect(evidence).toContainText('2025-06-03');
  const factId = (await trade.first().getAttribute('data-fact-id'))!;
  expect(statusOf(attache, factId)).toBe('unverified');

  await page.keyboard.press('v');
  await expect(evidence.locator('.evidence-header .status-chip')).toHaveText('verified');
  await expect(list.locator(`[data-fact-id="${factId}"]`)).toHaveAttribute('class', /status-verified/);
  expect(statusOf(attache, factId)).toBe('verified');
  await attache.snap('facts-verified');

  await page.keyboard.press('Control+z');
  await expect(evidence.locator('.evidence-header .status-chip')).toHaveText('unverified');
  expect(statusOf(attache, factId)).toBe('unverified');

  await page.keyboard.press('v');
  await expect(evidence.locator('.evidence-header .status-chip')).toHaveText('verified');
  expect(statusOf(attache, factId)).toBe('verified');

  // Credibility by key, kept with the decision.
  await page.keyboard.press('2');
  await expect(evidence.getByRole('button', { name: '2', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(attache.session.listFacts().find((v) => v.fact.id === factId)?.decision?.credibility).toBe(2);

  // J moves to the next fact; K comes back.
  await page.keyboard.press('j');
  await expect(list.locator('.fact-row.focused')).not.toHaveAttribute('data-fact-id', factId);
  await page.keyboard.press('k');
  await expect(list.locator('.fact-row.focused')).toHaveAttribute('data-fact-id', factId);
});

test('several facts selected with Shift+click are verified at once, and undone at once', async ({ attache }) => {
  const page = await projectWith(attache, 'Trade pact', [
    ['santiago.txt', SANTIAGO],
    ['hanoi.txt', HANOI],
  ]);
  const list = page.getByRole('listbox', { name: 'Facts' });
  const rows = list.getByRole('option');
  await rows.nth(0).click();
  await rows.nth(2).click({ modifiers: ['Shift'] });
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(3);
  await expect(page.getByRole('article', { name: 'Evidence' })).toContainText('3 facts selected');
  await page.keyboard.press('v');
  await expect(list.locator('.fact-row.status-verified')).toHaveCount(3);
  expect(attache.session.listFacts({ status: 'verified' })).toHaveLength(3);
  await attache.snap('facts-multi-verified');

  await page.keyboard.press('Control+z');
  await expect(list.locator('.fact-row.status-verified')).toHaveCount(0);
  expect(attache.session.listFacts({ status: 'verified' })).toHaveLength(0);

  // Filters: conflicts only, then words to find.
  await page.getByRole('checkbox', { name: 'Conflicts only' }).check();
  await expect(rows).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Conflicts only' }).uncheck();
  await page.getByRole('searchbox', { name: 'Find in facts' }).fill('copper');
  await expect(rows).toHaveCount(attache.session.listFacts({ text: 'copper' }).length);
  await expect(rows.first()).toContainText('12 percent');
  await page.getByRole('searchbox', { name: 'Find in facts' }).fill('');

  // The back end sorts: most sources first puts the corroborated figures at the top.
  await page.getByRole('combobox', { name: 'Order' }).selectOption('support');
  await expect(rows.first()).toContainText('corroborated by 2 sources');
  await page.getByRole('combobox', { name: 'Order' }).selectOption('status');
  await rows.first().click();
  await page.keyboard.press('r');
  // Unverified first: the rejected fact goes to the end of the list.
  await expect(list.locator('.fact-row.status-rejected')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(list.locator('.fact-row.focused')).toHaveAttribute('class', /status-rejected/);
});

test('a sentence with markup in it is shown as the literal characters', async ({ attache }) => {
  const page = await projectWith(attache, 'Harbour', [
    [
      'harbour.txt',
      'Port upgrade approved\n\nThe harbour board said 45 new cranes marked <b>x</b> would be installed by 2027.\n\nOfficials said the upgrade would cost $300 million.\n',
    ],
  ]);
  const list = page.getByRole('listbox', { name: 'Facts' });
  // The count's row (the board's statement, which carries no value, is a row of its own).
  await list.getByRole('option').filter({ has: page.locator('.fact-value', { hasText: /^45$/ }) }).click();
  const sentence = page.getByRole('article', { name: 'Evidence' }).locator('blockquote');
  await expect(sentence).toContainText('marked <b>x</b> would be installed');
  await expect(sentence.locator('b')).toHaveCount(0);
  await expect(sentence.locator('mark.value-primary')).toHaveText('45');
  await attache.snap('facts-literal-markup');
});

test('a long report: the list stays virtual, and J walks it while the focused row stays in view', async ({ attache }) => {
  const regions = ['northern', 'southern', 'eastern', 'western', 'central', 'coastal', 'upland', 'island'];
  const items = ['clinics', 'schools', 'bridges', 'wells', 'depots', 'markets'];
  const lines: string[] = ['Provincial works report', ''];
  for (let i = 0; i < 240; i++) {
    const region = regions[i % regions.length]!;
    const item = items[Math.floor(i / regions.length) % items.length]!;
    lines.push(`Officials in district ${i + 1} of the ${region} province opened ${10 + i} new ${item} this spring.`, '');
  }
  const page = await projectWith(attache, 'Works', [['works.txt', lines.join('\n')]]);
  const list = page.getByRole('listbox', { name: 'Facts' });
  const total = attache.session.listFacts().length;
  expect(total).toBeGreaterThan(200);
  await expect(page.locator('.fact-count')).toContainText(`${total} facts`);
  // Only the rows in view (and a few either side) are in the page.
  const rendered = await list.getByRole('option').count();
  expect(rendered).toBeLessThan(40);

  await list.getByRole('option').first().click();
  for (let i = 0; i < 30; i++) await page.keyboard.press('j');
  const focused = list.locator('.fact-row.focused');
  await expect(focused).toHaveAttribute('aria-posinset', '31');
  await expect(focused).toBeInViewport();
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('aria-posinset', String(total));
  await expect(focused).toBeInViewport();
  await page.keyboard.press('PageUp');
  await expect(focused).toHaveAttribute('aria-posinset', String(total - 10));
  await attache.snap('facts-long-list');

  // The page holds a window of the rows; Select all still takes every fact in the list.
  await page.keyboard.press('Control+a');
  await expect(page.getByRole('article', { name: 'Evidence' })).toContainText(`${total} facts selected`);
  await page.keyboard.press('Escape');
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(1);
  // Home goes back to the first row, which the back end sends again.
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('aria-posinset', '1');
  await expect(focused).toBeInViewport();
});

test('a new order moves the focused fact: the list asks for the block it now stands in, in its first request', async ({ attache }) => {
  const lines: string[] = ['Provincial works report', ''];
  for (let i = 0; i < 120; i++) {
    lines.push(`Officials in district ${i + 1} opened ${10 + i} new clinics this spring.`, '', `The governor said district ${i + 1} would be next.`, '');
  }
  const page = await projectWith(attache, 'Works order', [['works.txt', lines.join('\n')]]);
  const list = page.getByRole('listbox', { name: 'Facts' });
  const total = attache.session.listFacts().length;
  await list.getByRole('option').first().click();
  await page.keyboard.press('End');
  const focused = list.locator('.fact-row.focused');
  await expect(focused).toHaveAttribute('aria-posinset', String(total));
  const focusId = (await focused.getAttribute('data-fact-id'))!;

  // Every window the list asks for from here on, as the back end answered it.
  const asked: Array<{ follow?: string | undefined; offset: number; limit: number }> = [];
  const session = attache.session;
  const factsPage = session.factsPage.bind(session);
  session.factsPage = async (query, request) => {
    const answer = await factsPage(query, request);
    asked.push({ follow: request.follow, offset: answer.offset, limit: request.limit });
    return answer;
  };
  await page.getByRole('combobox', { name: 'Order' }).selectOption('kind');
  await expect(focused).toHaveAttribute('data-fact-id', focusId);
  const at = Number(await focused.getAttribute('aria-posinset')) - 1;
  expect(at).not.toBe(total - 1);
  await expect(focused).toBeInViewport();
  expect(asked[0]).toMatchObject({ follow: focusId, offset: Math.floor(at / asked[0]!.limit) * asked[0]!.limit });
});

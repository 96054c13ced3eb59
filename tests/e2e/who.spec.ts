// Who's who on a real event of the shared corpus (South Africa's 2024 election, five outlets): the
// head of the electoral commission is found under two of the names the sources give him, with the
// sources and facts that mention him; a party one outlet files twice ("MK" and "MK Party") is
// merged by keyboard, undone with Ctrl+Z after a trip to another tab, made again and split again;
// two names of the electoral commission no one filter finds together are chosen one after the
// other and merged; light and dark, with axe on the view.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './harness';

const EVENT = join(import.meta.dirname, '../../../shared/corpus/events/south-africa-election-2024-05');

test.describe.configure({ timeout: 180_000 });

test("a person under two names in Who's who, with the facts that mention him", async ({ attache, page }) => {
  await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Election.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  const files = (await readdir(EVENT)).filter((f) => f.endsWith('.txt')).map((f) => join(EVENT, f));
  attache.dialogs.sourceFiles.push(files);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(`${files.length} added`, { timeout: 60_000 });

  const tab = page.getByRole('tab', { name: "Who's who" });
  await tab.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const list = page.getByRole('listbox', { name: "Who's who" });
  await expect(list.getByRole('option').first()).toBeVisible();

  // Found by either name: the surname alone and the full name are one entry.
  await page.getByLabel('Find a name').fill('Moepya');
  const entry = list.getByRole('option').filter({ hasText: 'Mosotho Moepya' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('also Moepya');
  await list.focus();
  await page.keyboard.press('Home');
  const mentions = page.getByRole('region', { name: 'Mentions' });
  await expect(mentions.getByRole('heading', { name: 'Mosotho Moepya' })).toBeVisible();
  await expect(mentions.getByRole('list', { name: 'Names of Mosotho Moepya' })).toContainText('Moepya (');
  const facts = mentions.getByRole('list', { name: 'Facts that mention Mosotho Moepya' }).getByRole('listitem');
  expect(await facts.count()).toBeGreaterThan(2);

  // One outlet names a party "MK" and "MK Party": two entries, merged by keyboard into one.
  await page.getByLabel('Find a name').fill('MK');
  const mk = list.getByRole('option').filter({ hasNotText: 'MK Party' });
  const mkParty = list.getByRole('option').filter({ hasText: 'MK Party' });
  await expect(mkParty).toHaveCount(1);
  await expect(list.getByRole('option')).toHaveCount(2);
  const factsOf = async (name: string) => {
    await expect(mentions.getByRole('heading', { name, exact: true })).toBeVisible();
    return mentions.getByRole('list', { name: `Facts that mention ${name}` }).getByRole('listitem').allTextContents();
  };
  await list.focus();
  await page.keyboard.press('Home');
  const mkFacts = await factsOf('MK');
  await page.keyboard.press('ArrowDown');
  const partyFacts = await factsOf('MK Party');
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(list.getByRole('option', { selected: true })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Merge 2 into “MK Party”' })).toBeEnabled();
  await attache.snap('who-selected');
  await page.keyboard.press('m');
  const status = page.locator('.who-view').getByRole('status');
  await expect(status).toContainText('Merged “MK” into “MK Party”. Ctrl+Z undoes it.');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(mkParty).toContainText('by hand');
  await expect(mkParty).toContainText('also MK');
  const joined = await factsOf('MK Party');
  expect(new Set(joined)).toEqual(new Set([...mkFacts, ...partyFacts]));
  await expect(mentions.getByRole('list', { name: 'Names of MK Party' }).getByRole('listitem')).toHaveCount(2);
  await attache.snap('who-merged');

  // Undo after a trip to another tab (the view is unmounted meanwhile): the shared history holds it.
  await page.getByRole('tab', { name: 'Facts' }).click();
  await expect(page.getByRole('listbox', { name: 'Facts' })).toBeVisible();
  await tab.click();
  await page.getByLabel('Find a name').fill('MK');
  await expect(list.getByRole('option')).toHaveCount(1);
  await list.focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.history-status')).toHaveText('Undid: merged “MK” into “MK Party”');
  await expect(status).not.toContainText('Merged');
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(mk).toHaveCount(1);
  await expect(mkParty).not.toContainText('by hand');

  // Made again, then split again: "MK" and its facts go back into an entry of their own.
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.history-status')).toHaveText('Redid: merged “MK” into “MK Party”');
  await expect(list.getByRole('option')).toHaveCount(1);
  await mkParty.click();
  const splitMk = mentions.getByRole('button', { name: 'Split off “MK” into its own entry' });
  await splitMk.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Split “MK” from “MK Party”');
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list).toBeFocused();
  await expect(mentions.getByRole('heading', { name: 'MK Party', exact: true })).toBeVisible();
  expect(new Set(await factsOf('MK Party'))).toEqual(new Set(partyFacts));
  await attache.snap('who-split');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.history-status')).toHaveText('Undid: split “MK” from “MK Party”');
  await expect(list.getByRole('option')).toHaveCount(1);

  // Two names no one filter finds alone: chosen under one filter, then under another, and merged.
  const named = (name: string) => list.getByRole('option').filter({ has: page.locator('.who-name', { hasText: new RegExp(`^${name}$`) }) });
  await page.getByLabel('Find a name').fill('Electoral Commission');
  await expect(named('Electoral Commission')).toHaveCount(1);
  await named('Electoral Commission').click();
  await page.getByLabel('Find a name').fill('IEC');
  await expect(list.getByRole('option')).toHaveCount(1);
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await expect(status).toContainText('2 selected (1 not shown by this filter)');
  await page.getByRole('button', { name: 'Merge 2 into “IEC”' }).click();
  await expect(status).toContainText('Merged “Electoral Commission” into “IEC”');
  await page.getByLabel('Find a name').fill('Electoral Commission');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(named('IEC')).toContainText('Electoral Commission');

  const serious = async () =>
    (await new AxeBuilder({ page }).include('.who-view').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await list.focus();
  await page.keyboard.press('Space');
  await expect(list.getByRole('option', { selected: true })).toHaveCount(1);
  await attache.snap('who');
  expect(await serious()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await attache.snap('who-dark');
  expect(await serious()).toEqual([]);
});

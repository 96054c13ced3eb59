// Who's who on a real event of the shared corpus (South Africa's 2024 election, five outlets): the
// head of the electoral commission is found under two of the names the sources give him, with the
// sources and facts that mention him; light and dark, with axe on the view.
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
  const list = page.getByRole('list', { name: "Who's who" });
  await expect(list.getByRole('button').first()).toBeVisible();

  // Found by either name: the surname alone and the full name are one entry.
  await page.getByLabel('Find a name').fill('Moepya');
  const entry = list.getByRole('button').filter({ hasText: 'Mosotho Moepya' });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('also Moepya');
  await entry.focus();
  await page.keyboard.press('Enter');
  const mentions = page.getByRole('region', { name: 'Mentions' });
  await expect(mentions.getByRole('heading', { name: 'Mosotho Moepya' })).toBeVisible();
  await expect(mentions).toContainText('Moepya (');
  const facts = mentions.getByRole('list', { name: 'Facts that mention Mosotho Moepya' }).getByRole('listitem');
  expect(await facts.count()).toBeGreaterThan(2);

  const serious = async () =>
    (await new AxeBuilder({ page }).include('.who-view').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await attache.snap('who');
  expect(await serious()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await attache.snap('who-dark');
  expect(await serious()).toEqual([]);
});

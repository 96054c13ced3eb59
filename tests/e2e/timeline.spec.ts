// The Timeline on a real event of the shared corpus (Morocco's earthquake of September 2023, five
// outlets): the dated facts in date order, a death toll the sources disagree on as one mark with
// a diamond and the values each side gives, moving by keys, a mark's facts with their source words,
// one of them opened in the Facts tab, a filter by a place of Who's who, and the timeline put into
// the brief as a table whose PDF quotes the sources. Light and dark, with axe on the view.
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './harness';

const EVENT = join(import.meta.dirname, '../../../shared/corpus/events/morocco-earthquake-2023-09');

test.describe.configure({ timeout: 180_000 });

test('dated facts on a timeline: a conflict as one mark, keys, the Facts tab, a filter and a table in the brief', async ({ attache, page }) => {
  await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Earthquake.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  const files = (await readdir(EVENT)).filter((f) => f.endsWith('.txt')).map((f) => join(EVENT, f));
  attache.dialogs.sourceFiles.push(files);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(`${files.length} added`, { timeout: 60_000 });

  await page.getByRole('tab', { name: 'Timeline' }).click();
  const list = page.getByRole('list', { name: 'Timeline' });
  const marks = list.getByRole('button');
  await expect(marks.first()).toBeVisible();
  const count = await marks.count();
  expect(count).toBeGreaterThan(5);
  // In date order: the quake's day first, each mark saying its day to a screen reader.
  await expect(marks.first()).toContainText('8 September 2023');
  await expect(marks.last()).toContainText('10 September 2023');

  // The death toll: five sources on one mark, the figures they give side by side.
  const toll = marks.filter({ hasText: /sources differ: [^·]*2,012/ });
  await expect(toll).toHaveCount(1);
  await expect(toll).toContainText('2,122');
  await expect(toll).toContainText('5 sources');

  // Keys: the first mark, down one, Enter shows it.
  await marks.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(marks.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(marks.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(marks.first()).toBeFocused();
  await toll.focus();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('region', { name: 'Mark' });
  await expect(detail.getByRole('heading', { name: '9 September 2023' })).toBeVisible();
  await expect(detail).toContainText('Sources differ');
  const facts = detail.getByRole('list', { name: 'Facts of 9 September 2023' }).getByRole('listitem');
  expect(await facts.count()).toBeGreaterThanOrEqual(5);
  await expect(facts.first()).toContainText('2,012');

  const serious = async () =>
    (await new AxeBuilder({ page }).include('.timeline-view').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await attache.snap('timeline');
  expect(await serious()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await attache.snap('timeline-dark');
  expect(await serious()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // A fact of the mark in the Facts tab, chosen there; verified with V.
  const sentence = (await facts.first().locator('.who-sentence').innerText()).trim();
  await facts.first().getByRole('button', { name: 'Open in Facts' }).click();
  await expect(page.getByRole('tab', { name: /Facts/ })).toHaveAttribute('aria-selected', 'true');
  const evidence = page.getByRole('article', { name: 'Evidence' });
  await expect(evidence).toContainText(sentence.slice(0, 60));
  await page.keyboard.press('v');
  await expect(evidence.locator('.evidence-header .status-chip')).toHaveText('verified');

  // Narrowed to a body of Who's who: fewer marks, each of them about it.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(marks.first()).toBeVisible();
  await page.getByLabel('Who').selectOption({ label: 'Interior Ministry (organisation)' });
  await expect.poll(() => marks.count()).toBeLessThan(count);
  expect(await marks.count()).toBeGreaterThan(0);
  await page.getByLabel('Who').selectOption({ label: 'everyone and everywhere' });
  await page.getByLabel('Kind').selectOption('count');
  await expect.poll(() => marks.count()).toBeLessThan(count);

  // Into the brief: the verified toll is the one row; the rest is counted as left out.
  await page.getByRole('button', { name: 'Insert into brief' }).click();
  await expect(page.locator('.timeline-status')).toContainText('Put 1 row into the brief; left out');
  await page.getByRole('tab', { name: /Brief/ }).click();
  const table = page.locator('table.timeline-table');
  await expect(table).toBeVisible();
  await expect(table.getByLabel('Date')).toHaveValue('9 September 2023');
  await expect(table.getByLabel('What')).toHaveValue(/Sources differ: .*2,012/);
  await attache.snap('timeline-brief');

  const out = join(attache.folder, 'timeline.pdf');
  attache.dialogs.exportPaths.push(out);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('status')).toContainText('Saved', { timeout: 30_000 });
  const printed = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(printed).toContain('Timeline');
  expect(printed).toContain('Date What Sources');
  expect(printed).toContain('9 September 2023');
  // The row's endnote quotes the source's own words.
  expect(printed).toContain(`“${sentence.replace(/\s+/g, ' ').slice(0, 40)}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', out, join(test.info().outputDir, 'timeline-pdf')]);

  // Undone from the Brief tab: the table goes, the rest of the brief stays.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(table).toHaveCount(0);
});

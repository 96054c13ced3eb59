// The Comparison table on a real event of the shared corpus (the Al Haouz earthquake, five
// outlets): the magnitude conflict laid out source by source, the value that stands picked and
// undone, a corroborated group verified at once; light and dark, with axe on the dialog.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type AttacheFixture } from './harness';

const EVENT = join(import.meta.dirname, '../../../shared/corpus/events/morocco-earthquake-2023-09');

async function openEvent(attache: AttacheFixture): Promise<Page> {
  const page = await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Al Haouz.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Al Haouz' })).toBeVisible();
  // The .txt of each article (an .html twin is the same article: never both).
  const files = (await readdir(EVENT)).filter((f) => f.endsWith('.txt')).map((f) => join(EVENT, f));
  attache.dialogs.sourceFiles.push(files);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(`${files.length} added`, { timeout: 60_000 });
  await page.getByRole('tab', { name: /Facts/ }).click();
  await expect(page.getByRole('listbox', { name: 'Facts' })).toBeVisible();
  return page;
}

/** Serious and critical axe violations inside the selector, named with their nodes. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const decision = (attache: AttacheFixture, factId: string) => attache.session.project.decisions[factId];

test.describe.configure({ timeout: 180_000 });

test('a conflict compared source by source: the value that stands is picked, undone, picked again', async ({ attache }) => {
  const page = await openEvent(attache);
  const magnitude = attache.session.conflicts().find((c) => c.values.includes('6.8') && c.values.includes('7'));
  expect(magnitude, 'the outlets disagree on the magnitude').toBeDefined();

  const conflicts = page.getByRole('list', { name: 'Conflicts' });
  await conflicts.getByRole('button', { name: `Compare sources: ${magnitude!.subject}` }).click();
  const dialog = page.getByRole('dialog', { name: /Compare sources/ });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(magnitude!.factIds.length);
  await expect(table.getByRole('columnheader')).toHaveText(['Source', 'Published', 'Rel.', 'Value', 'Its words', 'Decision', 'Stands']);
  // The same values together, each with its source's words and date.
  const says = await rows.locator('.comparison-says strong').allTextContents();
  const runs = says.filter((s, i) => i === 0 || s !== says[i - 1]);
  expect(new Set(runs).size, `each value's rows together: ${says.join(' | ')}`).toBe(runs.length);
  await expect(dialog).toContainText('brought down buildings in mountain villages');
  await expect(dialog).toContainText('September 2023');
  await attache.snap('comparison-conflict');
  expect(await seriousViolations(page, '.comparison-dialog')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await attache.snap('comparison-conflict-dark');
  expect(await seriousViolations(page, '.comparison-dialog')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // 6.8 stands (the AP figure): it is verified, every fact giving 7 rejected with a note and the time.
  const sixEight = rows.filter({ has: page.locator('.comparison-says strong', { hasText: '6.8' }) }).first();
  const standId = (await sixEight.getAttribute('data-fact-id'))!;
  await sixEight.getByRole('button', { name: /^This one stands/ }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Resolved' })).toContainText('6.8');
  expect(decision(attache, standId)).toMatchObject({ status: 'verified', credibilitySuggested: true });
  const sevens = (await rows.filter({ has: page.locator('.comparison-says strong', { hasText: /^(magnitude[- ]?)?7$/ }) }).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-fact-id')!)));
  expect(sevens.length).toBeGreaterThan(0);
  for (const id of sevens) {
    expect(decision(attache, id)).toMatchObject({ status: 'rejected', at: decision(attache, standId)!.at });
    expect(decision(attache, id)!.note).toMatch(/^Conflict resolved \d{4}-\d\d-\d\d \d\d:\d\d UTC: 6\.8 .* stands; this one was rejected\.$/);
  }
  await expect(rows.filter({ hasText: 'rejected' })).toHaveCount(sevens.length);
  await attache.snap('comparison-resolved');

  // One step of undo puts every decision back, from inside the dialog.
  await page.keyboard.press('Control+z');
  await expect(dialog.getByRole('status').filter({ hasText: 'Resolved' })).toHaveCount(0);
  for (const id of [standId, ...sevens]) expect(decision(attache, id)).toBeUndefined();

  // Keyboard only: the other choice (annotate), then the stands button of the first row, by Tab.
  await dialog.getByRole('radio', { name: /kept as they are/ }).check();
  await sixEight.getByRole('button', { name: /^This one stands/ }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => decision(attache, standId)?.status).toBe('verified');
  for (const id of sevens) {
    expect(decision(attache, id)).toMatchObject({ status: 'unverified' });
    expect(decision(attache, id)!.note).toMatch(/stands\.$/);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a corroborated group verified at once, at the suggested credibility, and undone as one step', async ({ attache }) => {
  const page = await openEvent(attache);
  const { project } = attache.session;
  const inConflict = new Set(project.groups.filter((g) => g.relation === 'conflict').flatMap((g) => g.factIds));
  // The largest group of facts no source disputes.
  const group = project.groups
    .filter((g) => g.relation === 'corroborated' && !g.factIds.some((id) => inConflict.has(id)))
    .sort((a, b) => b.factIds.length - a.factIds.length)[0]!;
  expect(group.factIds.length).toBeGreaterThanOrEqual(3);
  const first = project.facts.find((f) => f.id === group.factIds[0])!;

  // Find the fact by its words, then C opens its group's table.
  await page.getByLabel('Find in facts').fill(first.text.split(/\s+/).slice(0, 8).join(' '));
  const row = page.getByRole('listbox', { name: 'Facts' }).locator(`[data-fact-id="${first.id}"]`);
  await row.click();
  await expect(page.getByRole('article', { name: 'Evidence' }).getByRole('button', { name: /^Compare \d+ sources/ })).toBeVisible();
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: /Compare sources/ });
  await expect(dialog.locator('tbody tr')).toHaveCount(new Set(group.factIds).size);
  await attache.snap('comparison-group');
  expect(await seriousViolations(page, '.comparison-dialog')).toEqual([]);

  await dialog.getByRole('button', { name: /^Verify all/ }).click();
  await expect(dialog.locator('tbody tr.status-verified')).toHaveCount(group.factIds.length);
  for (const id of group.factIds) {
    const d = attache.session.project.decisions[id]!;
    expect(d.status).toBe('verified');
    expect(d.credibilitySuggested).toBe(true);
    expect(d.credibility).not.toBe(6);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await attache.snap('comparison-group-verified-dark');
  expect(await seriousViolations(page, '.comparison-dialog')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  // The Facts tab's undo takes the whole group back in one step.
  await expect(page.getByRole('button', { name: /^Undo verified \d+ facts of the group/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(() => group.factIds.map((id) => attache.session.project.decisions[id]?.status ?? 'unverified').join()).toBe(group.factIds.map(() => 'unverified').join());
});

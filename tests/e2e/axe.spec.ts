// Every view passes axe with no serious or critical violation, in light and in dark: the start
// screen, then Sources, Facts (with a corroborated figure and a conflict on screen), Who's who, Timeline and
// Brief (empty, then drafted), and the shortcuts sheet. Each view's screenshot is kept for looking at.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type AttacheFixture } from './harness';
import { HANOI, SANTIAGO } from './tradePactArticles';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('; ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious violation on any view, ${scheme}`, async ({ attache }) => {
    const page = await attache.open();
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.getByRole('button', { name: 'New project…' })).toBeVisible();
    expect(await seriousViolations(page), 'start screen').toEqual([]);
    await attache.snap(`axe-${scheme}-start`);

    await openTradePact(attache, page);
    expect(await seriousViolations(page), 'sources').toEqual([]);
    await attache.snap(`axe-${scheme}-sources`);

    await page.getByRole('tab', { name: /Facts/ }).click();
    const list = page.getByRole('listbox', { name: 'Facts' });
    await expect(list.getByRole('option').first()).toBeVisible();
    await list.locator('[role="option"][data-kind="money"]').first().click();
    await page.keyboard.press('v');
    await expect(page.getByRole('article', { name: 'Evidence' }).locator('.evidence-header .status-chip')).toHaveText('verified');
    expect(await seriousViolations(page), 'facts').toEqual([]);
    await attache.snap(`axe-${scheme}-facts`);

    await page.getByRole('tab', { name: /Who's who/ }).click();
    await expect(page.getByText('Vietnam', { exact: true }).first()).toBeVisible();
    // Two entries selected for a merge, the first shown with its names and their Split buttons.
    const who = page.getByRole('listbox', { name: "Who's who" });
    await who.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(who.getByRole('option', { selected: true })).toHaveCount(2);
    await expect(page.getByRole('button', { name: /^Merge 2 into / })).toBeEnabled();
    expect(await seriousViolations(page), "who's who").toEqual([]);
    await attache.snap(`axe-${scheme}-who`);

    await page.getByRole('tab', { name: 'Timeline' }).click();
    const marks = page.getByRole('list', { name: 'Timeline' }).getByRole('button');
    await expect(marks.first()).toBeVisible();
    await marks.first().click();
    await expect(page.getByRole('region', { name: 'Mark' }).getByRole('heading', { level: 2 })).toBeVisible();
    expect(await seriousViolations(page), 'timeline').toEqual([]);
    await attache.snap(`axe-${scheme}-timeline`);

    await page.getByRole('tab', { name: /Brief/ }).click();
    await expect(page.getByRole('button', { name: 'Draft from verified facts' })).toBeVisible();
    expect(await seriousViolations(page), 'brief, none yet').toEqual([]);
    await page.getByRole('button', { name: 'Draft from verified facts' }).click();
    await expect(page.locator('[contenteditable="true"]').first()).toBeVisible();
    expect(await seriousViolations(page), 'brief, drafted').toEqual([]);
    await attache.snap(`axe-${scheme}-brief`);

    // The shortcuts sheet (?), over the Sources tab.
    await page.getByRole('tab', { name: /Sources/ }).click();
    await page.getByRole('tab', { name: /Sources/ }).focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousViolations(page), 'shortcuts sheet').toEqual([]);
    await attache.snap(`axe-${scheme}-shortcuts`);
    await page.keyboard.press('Escape');
  });
}

async function openTradePact(attache: AttacheFixture, page: Page): Promise<void> {
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Axe.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Axe' })).toBeVisible();
  attache.dialogs.sourceFiles.push([await attache.writeSource('santiago.txt', SANTIAGO), await attache.writeSource('hanoi.txt', HANOI)]);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('2 added', { timeout: 60_000 });
}

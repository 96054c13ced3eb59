// The analyst's desk habits across the tabs: one history of decisions that survives a tab switch
// (Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, the status line says what), metadata edits undone
// from another tab, and Ctrl+F from any tab finding in the facts (Esc closes the find).
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AttacheFixture } from './harness';
import { HANOI, SANTIAGO } from './tradePactArticles';

async function tradePact(attache: AttacheFixture): Promise<Page> {
  const page = await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Desk.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desk' })).toBeVisible();
  attache.dialogs.sourceFiles.push([await attache.writeSource('santiago.txt', SANTIAGO), await attache.writeSource('hanoi.txt', HANOI)]);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('2 added', { timeout: 60_000 });
  return page;
}

test('a verification made in Facts is undone with Ctrl+Z after a switch to Sources and back, and redone', async ({ attache }) => {
  const page = await tradePact(attache);
  await page.getByRole('tab', { name: /Facts/ }).click();
  const list = page.getByRole('listbox', { name: 'Facts' });
  const rows = list.getByRole('option');
  await rows.nth(0).click();
  await rows.nth(2).click({ modifiers: ['Shift'] });
  await page.keyboard.press('v');
  await expect(list.locator('.fact-row.status-verified')).toHaveCount(3);
  expect(attache.session.listFacts({ status: 'verified' })).toHaveLength(3);

  // Sources is shown: the Facts view (and whatever it held) is gone from the page.
  await page.getByRole('tab', { name: /Sources/ }).click();
  await expect(list).toHaveCount(0);
  await page.getByRole('tab', { name: /Sources/ }).focus();
  await page.keyboard.press('Control+z');
  const status = page.locator('.history-status');
  await expect(status).toHaveText('Undid: verified 3 facts');
  await expect.poll(() => attache.session.listFacts({ status: 'verified' }).length).toBe(0);
  await attache.snap('desk-undone-in-sources');

  await page.keyboard.press('Control+Shift+z');
  await expect(status).toHaveText('Redid: verified 3 facts');
  await expect.poll(() => attache.session.listFacts({ status: 'verified' }).length).toBe(3);

  // Back in Facts the list shows what the history did; its undo button still works.
  await page.getByRole('tab', { name: /Facts/ }).click();
  await expect(list.locator('.fact-row.status-verified')).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo verified 3 facts' }).click();
  await expect(status).toHaveText('Undid: verified 3 facts');
  await expect(list.locator('.fact-row.status-verified')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(list.locator('.fact-row.status-verified')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(list.locator('.fact-row.status-verified')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Nothing to undo.');
});

test('a metadata edit is undone from the Facts tab; in a text field Ctrl+Z stays the field’s own', async ({ attache }) => {
  const page = await tradePact(attache);
  const outlet = page.getByRole('textbox', { name: 'Outlet' });
  await outlet.fill('Diario Uno');
  await outlet.press('Enter');
  const sourceId = () => attache.session.listSources().find((s) => s.meta.outlet === 'Diario Uno')?.id ?? null;
  await expect.poll(sourceId).not.toBeNull();

  // In the field, Ctrl+Z is the field's typing undo (its text goes back to empty); the decision
  // history is left alone, and Esc puts back what was saved.
  await outlet.press('Control+z');
  await expect(outlet).toHaveValue('');
  await expect(page.locator('.history-status')).toHaveCount(0);
  await outlet.press('Escape');
  await expect(outlet).toHaveValue('Diario Uno');
  await expect.poll(sourceId).not.toBeNull();

  await page.getByRole('tab', { name: /Facts/ }).click();
  await expect(page.getByRole('listbox', { name: 'Facts' })).toBeVisible();
  await page.getByRole('tab', { name: /Facts/ }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.history-status')).toHaveText(/^Undid: changed the outlet of /);
  await expect.poll(sourceId).toBeNull();
  await page.getByRole('tab', { name: /Sources/ }).click();
  await expect(page.getByRole('textbox', { name: 'Outlet' })).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('textbox', { name: 'Outlet' })).toHaveValue('Diario Uno');
});

test('Ctrl+F from the Sources tab opens Facts with the find box focused; typing finds, Esc closes', async ({ attache }) => {
  const page = await tradePact(attache);
  await page.getByRole('tab', { name: /Sources/ }).focus();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in facts' });
  await expect(find).toBeFocused();
  await expect(page.getByRole('tab', { name: /Facts/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('customs');
  const list = page.getByRole('listbox', { name: 'Facts' });
  await expect(list.getByRole('option').first()).toContainText('customs');
  await attache.snap('desk-find');
  await page.keyboard.press('Escape');
  await expect(find).toHaveValue('');
  await expect(find).not.toBeFocused();
  // From Facts itself, a second Ctrl+F puts the focus back in the box.
  await page.keyboard.press('Control+f');
  await expect(find).toBeFocused();
});

test('a removed source comes back with Ctrl+Z from the Facts tab, with its facts and decisions', async ({ attache }) => {
  const page = await tradePact(attache);
  const factsOf = (file: string) => {
    const id = attache.session.listSources().find((s) => s.fileName === file)?.id;
    return attache.session.listFacts().filter((v) => v.fact.sourceId === id);
  };
  const hanoiFacts = factsOf('hanoi.txt');
  expect(hanoiFacts.length).toBeGreaterThan(0);
  attache.session.decide([hanoiFacts[0]!.fact.id], 'verified');

  const hanoiId = attache.session.listSources().find((s) => s.fileName === 'hanoi.txt')!.id;
  await page.getByRole('listbox', { name: 'Sources' }).locator(`[data-source-id="${hanoiId}"]`).click();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Remove source', exact: true }).click();
  await expect.poll(() => attache.session.listSources().length).toBe(1);

  await page.getByRole('tab', { name: /Facts/ }).click();
  await expect(page.getByRole('listbox', { name: 'Facts' })).toBeVisible();
  await page.getByRole('tab', { name: /Facts/ }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.history-status')).toHaveText(/^Undid: removed /);
  await expect.poll(() => attache.session.listSources().length).toBe(2);
  expect(factsOf('hanoi.txt').map((v) => v.fact.id)).toEqual(hanoiFacts.map((v) => v.fact.id));
  expect(factsOf('hanoi.txt')[0]?.status).toBe('verified');
  await expect(page.getByRole('tab', { name: /Sources/ })).toContainText('2');
  await attache.snap('desk-source-back');
});

test('brief edits are steps of the same history: a cover edit and a removed section are undone from other tabs', async ({ attache }) => {
  const page = await tradePact(attache);
  await page.getByRole('tab', { name: /Brief/ }).click();
  await page.getByRole('button', { name: 'Visit template' }).click();
  const sections = page.locator('.brief-document section.brief-section');
  await expect(sections).toHaveCount(7);
  const before = attache.session.getBrief()?.title;

  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Visit of the trade minister');
  await title.blur();
  await expect.poll(() => attache.session.getBrief()?.title).toBe('Visit of the trade minister');

  // The Brief tab (and TipTap's own undo) is gone; the history still holds the edit.
  await page.getByRole('tab', { name: /Facts/ }).click();
  await page.getByRole('tab', { name: /Facts/ }).focus();
  await page.keyboard.press('Control+z');
  const status = page.locator('.history-status');
  await expect(status).toHaveText('Undid: edited the brief');
  await expect.poll(() => attache.session.getBrief()?.title).toBe(before);
  await page.keyboard.press('Control+Shift+z');
  await expect(status).toHaveText('Redid: edited the brief');
  await expect.poll(() => attache.session.getBrief()?.title).toBe('Visit of the trade minister');

  // A removed section is its own step, whichever tab the analyst is on when taking it back.
  await page.getByRole('tab', { name: /Brief/ }).click();
  await expect(title).toHaveValue('Visit of the trade minister');
  await page.getByRole('button', { name: 'Remove section Background' }).click();
  await expect(sections).toHaveCount(6);
  await expect.poll(() => attache.session.getBrief()?.sections.length).toBe(6);
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByRole('tab', { name: /Sources/ }).focus();
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Undid: removed the section “Background”');
  await expect.poll(() => attache.session.getBrief()?.sections.map((s) => s.title)).toContain('Background');
  await page.getByRole('tab', { name: /Brief/ }).click();
  await expect(sections).toHaveCount(7);
  await expect(title).toHaveValue('Visit of the trade minister');

  // On the Brief tab itself, outside a field, Ctrl+Z shows what it put back at once.
  await page.getByRole('tab', { name: /Brief/ }).focus();
  await page.keyboard.press('Control+y');
  await expect(status).toHaveText('Redid: removed the section “Background”');
  await expect(sections).toHaveCount(6);
  await attache.snap('desk-brief-undo');
});

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

/** The native menu's click, as main sends it to the page (menuCommand naming the contract call). */
async function menu(page: Page, command: string): Promise<void> {
  await page.evaluate((c) => window.__attacheEmit?.('menuCommand', { command: c }), command);
}

test('? lists every shortcut by area with the keys the menu gives, not while typing; Esc closes it', async ({ attache }) => {
  const page = await tradePact(attache);
  // The tooltip names the menu's key for Add Sources, not Ctrl+O (which is Open…).
  await expect(page.getByRole('button', { name: 'Add sources…' })).toHaveAttribute('title', /\(Ctrl\+Shift\+A\)$/);
  await expect(page.getByRole('tab', { name: /Facts/ })).toHaveAttribute('title', 'Facts (Ctrl+2)');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('tab', { name: /Sources/ }).focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    for (const area of ['Project', 'Brief export', 'Editing', 'Views', 'Facts list', 'Sources list', 'Help']) {
      await expect(sheet.getByRole('region', { name: area })).toBeVisible();
    }
    const project = sheet.getByRole('region', { name: 'Project' });
    await expect(project.getByRole('row', { name: /Add sources/ })).toContainText('Ctrl+Shift+A');
    await expect(project.getByRole('row', { name: /Open a project/ })).toContainText('Ctrl+O');
    await expect(sheet.getByRole('region', { name: 'Brief export' }).getByRole('row', { name: /Print/ })).toContainText('Ctrl+P');
    await expect(sheet.getByRole('region', { name: 'Facts list' }).getByRole('row', { name: /Verify/ })).toContainText('V');
    await attache.snap(`shortcuts-sheet-${scheme}`);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  }

  // In a field ? is a character: it is typed, and no sheet opens.
  await page.getByRole('tab', { name: /Facts/ }).click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox').first();
  await expect(find).toBeFocused();
  await page.keyboard.type('why?');
  await expect(find).toHaveValue('why?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  // Help › Keyboard Shortcuts opens the same sheet.
  await page.keyboard.press('Escape');
  await menu(page, 'showShortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('File › Export PDF… runs the Brief tab’s export; Open and Show in folder then hand that file, and only it, to the desktop', async ({ attache }) => {
  const page = await tradePact(attache);
  // No brief yet: the menu says what to do instead of failing silently.
  await menu(page, 'briefExportPdf');
  await expect(page.getByRole('tab', { name: /Brief/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'no brief to export yet' })).toBeVisible();
  expect(attache.dialogs.asked).not.toContain('export');

  await page.getByRole('button', { name: 'Blank brief' }).click();
  await expect(page.locator('[contenteditable="true"]').first()).toBeVisible();
  // The options chosen stay with the project while other tabs are shown (the panel unmounts).
  await page.getByRole('combobox', { name: 'Paper' }).selectOption('Letter');
  // From another tab: the menu brings the Brief tab up and runs its export, with those options.
  await page.getByRole('tab', { name: /Sources/ }).click();

  const out = join(attache.folder, 'menu brief.pdf');
  attache.dialogs.exportPaths.push(out);
  await menu(page, 'briefExportPdf');
  const exportPanel = page.getByRole('region', { name: 'Export' });
  await expect(exportPanel.getByRole('status')).toContainText(`to ${out}`, { timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: 'Paper' })).toHaveValue('Letter');
  const { readFile } = await import('node:fs/promises');
  // US Letter is 612 × 792 points (A4 595.28 × 841.89); pdfkit writes page dictionaries uncompressed.
  expect((await readFile(out)).toString('latin1')).toMatch(/\/MediaBox \[0 0 612 792\]/);
  // The earlier "no brief" is gone: it was about the earlier request.
  await expect(page.getByRole('alert').filter({ hasText: 'no brief to export yet' })).toHaveCount(0);
  const open = exportPanel.getByRole('button', { name: 'Open', exact: true });
  await expect(open).toBeFocused();
  await attache.snap('export-done-open-show');
  await open.press('Enter');
  await expect.poll(() => attache.desktop.opened).toEqual([out]);
  await exportPanel.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => attache.desktop.shown).toEqual([out]);

  // The page cannot slip a path in: the call takes none.
  const refused = await page.evaluate(() => (window.attache.exportOpenLast as (a: unknown) => Promise<{ ok: boolean }>)({ how: 'open', path: '/etc/passwd' }));
  expect(refused.ok).toBe(false);
  expect(attache.desktop.opened).toEqual([out]);

  // A moved file is said, in words, not opened.
  const { rename } = await import('node:fs/promises');
  await rename(out, `${out}.moved`);
  await open.click();
  await expect(exportPanel.getByRole('alert')).toContainText('no longer where it was exported');
  expect(attache.desktop.opened).toEqual([out]);
});

test('Ctrl+P prints: the brief’s PDF goes to the PDF viewer from a temporary file, and Ctrl+Shift+E exports Word', async ({ attache }) => {
  const page = await tradePact(attache);
  await page.getByRole('tab', { name: /Brief/ }).click();
  await page.getByRole('button', { name: 'Blank brief' }).click();
  await page.getByRole('checkbox', { name: /Export anyway/ }).check();
  await page.getByRole('tab', { name: /Brief/ }).focus();
  await page.keyboard.press('Control+p');
  const status = page.getByRole('region', { name: 'Export' }).getByRole('status');
  await expect(status).toContainText('open in your PDF viewer', { timeout: 30_000 });
  expect(attache.desktop.opened).toHaveLength(1);
  const printed = attache.desktop.opened[0]!;
  expect(printed.startsWith(join(attache.folder, 'print'))).toBe(true);
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(printed)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Printing is not an export: the analyst chose no file, so Open has nothing to act on.
  expect(attache.dialogs.asked).not.toContain('export');
  await expect(page.getByRole('button', { name: 'Open', exact: true })).toHaveCount(0);

  const docx = join(attache.folder, 'keys.docx');
  attache.dialogs.exportPaths.push(docx);
  await page.getByRole('tab', { name: /Brief/ }).focus();
  await page.keyboard.press('Control+Shift+E');
  await expect(status).toContainText(docx, { timeout: 30_000 });
});

test('a dropped .attache opens that project, here and on the start screen; dropped with sources it is refused', async ({ attache }) => {
  const page = await tradePact(attache);
  // Another project, made and closed: its file is what the analyst drops.
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Other.attache'));
  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Other' })).toBeVisible();

  const dropOn = (names: string[]) =>
    page.locator('main').evaluate((main, files) => {
      const data = new DataTransfer();
      for (const name of files) data.items.add(new File(['x'], name));
      main.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, names);

  await dropOn(['Desk.attache', 'hanoi.txt']);
  await expect(page.getByRole('alert')).toContainText('Desk.attache is a project and was dropped with other files');
  await expect(page.getByRole('heading', { level: 1, name: 'Other' })).toBeVisible();

  await dropOn(['Desk.attache']);
  await expect(page.getByRole('heading', { level: 1, name: 'Desk' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Sources/ })).toContainText('2');
  expect(attache.session.info()?.path).toBe(join(attache.folder, 'Desk.attache'));

  // A File the page made itself was never dropped: nothing opens.
  const made = await page.evaluate(() => window.attache.openDroppedProject(new File(['x'], 'Other.attache')));
  expect(made).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  expect(attache.session.info()?.path).toBe(join(attache.folder, 'Desk.attache'));

  // From the start screen too.
  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('button', { name: 'New project…' })).toBeVisible();
  await dropOn(['Other.attache']);
  await expect(page.getByRole('heading', { level: 1, name: 'Other' })).toBeVisible();
});

test('the brief editor and the cover fields are spell-checked, where the context menu offers suggestions', async ({ attache }) => {
  const page = await tradePact(attache);
  await page.getByRole('tab', { name: /Brief/ }).click();
  await page.getByRole('button', { name: 'Blank brief' }).click();
  const prose = page.locator('.brief-prose').first();
  await expect(prose).toBeVisible();
  // Chromium gives main the misspelled word and its suggestions only where spellcheck is on.
  expect(await prose.evaluate((el) => (el as HTMLElement).spellcheck)).toBe(true);
  expect(await page.getByLabel('Title', { exact: true }).evaluate((el) => (el as HTMLElement).spellcheck)).toBe(true);
  await prose.click();
  await page.keyboard.type('The goverment confirmed the visit.');
  // The misspelled word selected, as a right-click on it selects it.
  await prose.evaluate((el) => {
    const text = el.querySelector('p')?.firstChild;
    if (!text) return;
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 13);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('goverment');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // The native menu is drawn by the system, outside the page: this is the area it opens over.
    await attache.snap(`context-menu-area-${scheme}`);
  }
});

// Working with sources: an import batch where one file is bad, dropping files on the window,
// restoring a line cleaning dropped, editing metadata that survives a reopen, removing with a
// confirmation, the keyboard, and hostile text that must stay text.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AttacheFixture } from './harness';

const DOHA = `Share on Facebook
Share on Twitter
Ceasefire talks stall in Doha

DOHA, 3 February 2025 — Negotiators failed to agree on a ceasefire on Monday after two days of talks,
the Qatari foreign ministry said. About 300 delegates attended the session.

Mediators said a new round was expected within two weeks. The United Nations said 1.2 million people
had been displaced since October.

Follow us on Twitter and Facebook
Related: Earlier talks collapse in Cairo
© 2025 Example News. All rights reserved.
`;

const AID = `Aid pledges reach $2.3 billion

BRUSSELS, 15 March 2025 — Donors pledged $2.3 billion in humanitarian aid at a conference on Saturday,
the European Commission said. The largest single pledge, 800 million euros, came from the EU itself.

Aid agencies said the sum covered about 60 percent of the appeal launched in January.
`;

const GENEVA = `Talks resume in Geneva

GENEVA, 14 March 2025 — Delegations from both governments met on Friday for a third round of talks,
the foreign ministry said. The ministry said 42 observers attended the session, which lasted six hours.
`;

async function newProject(attache: AttacheFixture, name: string): Promise<Page> {
  const page = await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, `${name}.attache`));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return page;
}

async function addViaDialog(
  attache: AttacheFixture,
  page: Page,
  files: Array<[string, string | Uint8Array]>,
) {
  const paths: string[] = [];
  for (const [name, content] of files) paths.push(await attache.writeSource(name, content));
  attache.dialogs.sourceFiles.push(paths);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible();
}

const sourceList = (page: Page) => page.getByRole('listbox', { name: 'Sources' });
const articleText = (page: Page) => page.getByRole('document', { name: 'Article text' });

test('a batch with a binary file: the report names it and why, the two good files go in', async ({
  attache,
}) => {
  const page = await newProject(attache, 'Batch');
  // A .txt that is really a binary: NUL bytes and high control bytes throughout.
  const binary = new Uint8Array(4096).map((_, i) => (i % 7 === 0 ? 0 : (i * 31) % 256));
  await addViaDialog(attache, page, [
    ['doha.txt', DOHA],
    ['scan-export.txt', binary],
    ['aid.txt', AID],
  ]);

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('heading')).toHaveText('Import finished: 2 added, 1 failed');
  const bad = report.getByRole('listitem').filter({ hasText: 'scan-export.txt' });
  await expect(bad).toContainText('Failed');
  await expect(bad).toContainText('FILE_BINARY');
  // The message itself names the file, so it reads on its own (e.g. copied into an e-mail).
  await expect(bad.locator('.outcome-text')).toContainText('scan-export.txt');
  await expect(report.getByRole('listitem').filter({ hasText: 'doha.txt' })).toContainText('Added');
  await expect(report.getByRole('listitem').filter({ hasText: 'aid.txt' })).toContainText('Added');

  await expect(sourceList(page).getByRole('option')).toHaveCount(2);
  await expect(sourceList(page)).not.toContainText('scan-export.txt');
  await expect(page.getByRole('tab', { name: /Sources/ })).toContainText('2');
  await attache.snap('batch-report');

  // The same files again: both are already in, and the report says so instead of adding copies.
  await addViaDialog(attache, page, [
    ['doha-again.txt', DOHA],
    ['aid.txt', AID],
  ]);
  await expect(report.getByRole('heading')).toHaveText('Import finished: 0 added, 2 already in the project');
  await expect(report.getByRole('listitem').filter({ hasText: 'doha-again.txt' })).toContainText(
    'already in the project as doha.txt',
  );
  await expect(sourceList(page).getByRole('option')).toHaveCount(2);
});

test('files dropped on the window are imported', async ({ attache }) => {
  const page = await newProject(attache, 'Dropped');
  await attache.writeSource('geneva.txt', GENEVA);
  await attache.writeSource('aid.txt', AID);

  // A drop as the browser delivers it: File objects in a DataTransfer. The harness maps their
  // names to files in the test folder, standing in for webUtils.getPathForFile.
  await page.locator('main').evaluate((main) => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'geneva.txt', { type: 'text/plain' }));
    data.items.add(new File(['x'], 'aid.txt', { type: 'text/plain' }));
    main.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    main.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText('Drop files to add them as sources')).toBeVisible();
  await attache.snap('drop-overlay');
  await page.locator('main').evaluate((main) => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'geneva.txt', { type: 'text/plain' }));
    data.items.add(new File(['x'], 'aid.txt', { type: 'text/plain' }));
    main.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('heading')).toHaveText('Import finished: 2 added');
  await expect(page.getByText('Drop files to add them as sources')).toBeHidden();
  await expect(sourceList(page).getByRole('option')).toHaveCount(2);
  await expect(sourceList(page)).toContainText('geneva.txt');
  await expect(sourceList(page)).toContainText('aid.txt');
});

test('the page cannot import a path of its own choosing', async ({ attache }) => {
  const page = await newProject(attache, 'No paths');
  await attache.writeSource('secret.txt', GENEVA);
  const answers = await page.evaluate(async () => {
    const api = window.attache as unknown as Record<string, unknown>;
    // Files the page made itself were never dropped: main answers NOT_ALLOWED for their paths.
    const made = await window.attache.addDroppedFiles([new File(['x'], 'secret.txt')]);
    const named = await window.attache.addDroppedFiles(['/etc/passwd'] as unknown as File[]);
    return { exposed: 'sourcesAddDropped' in api, made, named };
  });
  expect(answers.exposed).toBe(false);
  expect(answers.made).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  expect(answers.named).toMatchObject({ ok: false });
  expect(attache.session.info()?.sourceCount).toBe(0);
});

test('a dropped line can be restored into the text and dropped again', async ({ attache }) => {
  const page = await newProject(attache, 'Restore');
  await addViaDialog(attache, page, [['doha.txt', DOHA]]);

  const dropped = page.getByRole('list', { name: 'Dropped lines' });
  await expect(dropped.getByRole('listitem').first()).toBeVisible();
  const before = await dropped.getByRole('listitem').count();
  expect(before).toBeGreaterThan(0);
  // A "related links" line: dropped, so not in the article yet.
  const line = dropped.getByRole('listitem').filter({ hasText: 'Related: Earlier talks collapse in Cairo' });
  await expect(line).toContainText('related links');
  await expect(articleText(page)).not.toContainText('Earlier talks collapse in Cairo');
  await page.getByRole('link', { name: /lines dropped by cleaning/ }).click();
  await expect(dropped).toBeInViewport();
  await attache.snap('dropped-lines');

  await line.getByRole('button', { name: /^Restore/ }).click();
  await expect(articleText(page)).toContainText('Related: Earlier talks collapse in Cairo');
  await expect(dropped.getByRole('listitem')).toHaveCount(before - 1);
  const restored = page.getByRole('list', { name: /Restored by you/ });
  await expect(restored).toContainText('Related: Earlier talks collapse in Cairo');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await attache.snap('line-restored');

  // After closing and reopening, the restored line still shows its words and why it was dropped.
  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('button', { name: 'New project…' })).toBeVisible();
  await page.getByRole('button', { name: /Restore/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Restore' })).toBeVisible();
  await expect(restored).toContainText('Related: Earlier talks collapse in Cairo');
  await expect(restored).toContainText('related links');

  await restored.getByRole('button', { name: /Drop line .* again/ }).click();
  await expect(articleText(page)).not.toContainText('Earlier talks collapse in Cairo');
  await expect(dropped.getByRole('listitem')).toHaveCount(before);
  await expect(page.getByRole('list', { name: /Restored by you/ })).toHaveCount(0);
});

test('edited metadata wins over the guess and survives closing and reopening', async ({ attache }) => {
  const page = await newProject(attache, 'Edits');
  await addViaDialog(attache, page, [['aid.txt', AID]]);

  const details = page.getByRole('form', { name: 'Source details' });
  const title = details.getByRole('textbox', { name: /Title/ });
  // Nothing typed yet: the guess shows through as the placeholder.
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('placeholder', 'Aid pledges reach $2.3 billion');

  await title.fill('Brussels donor conference pledges');
  await title.press('Enter');
  await expect(sourceList(page).getByRole('option').first()).toContainText(
    'Brussels donor conference pledges',
  );
  await expect(page.getByRole('article')).toHaveAccessibleName('Source: Brussels donor conference pledges');

  const outlet = details.getByRole('textbox', { name: /Outlet/ });
  await outlet.fill('Example Wire');
  await outlet.blur();
  await expect(sourceList(page)).toContainText('Example Wire');

  // A date that is not a date is refused where it was typed, and nothing is saved.
  const published = details.getByRole('textbox', { name: /Published/ });
  await published.fill('15/03/2025');
  await published.press('Enter');
  await expect(details.getByRole('alert')).toContainText('YYYY-MM-DD');
  await published.fill('2025-03-15');
  await published.press('Enter');
  await expect(details.getByRole('alert')).toHaveCount(0);

  await details.getByRole('combobox', { name: 'Reliability' }).selectOption('B');
  await expect(sourceList(page).getByRole('option').first()).toContainText('B');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await attache.snap('metadata-edited');

  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('button', { name: /Edits/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edits' })).toBeVisible();
  await expect(title).toHaveValue('Brussels donor conference pledges');
  await expect(outlet).toHaveValue('Example Wire');
  await expect(published).toHaveValue('2025-03-15');
  await expect(details.getByRole('combobox', { name: 'Reliability' })).toHaveValue('B');

  // Emptying the field hands it back to the guess.
  await title.fill('');
  await title.press('Enter');
  await expect(sourceList(page).getByRole('option').first()).toContainText('Aid pledges reach $2.3 billion');
});

test('hostile markup in a source is shown as text and never runs', async ({ attache }) => {
  const page = await newProject(attache, 'Hostile');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> Ministry statement

The ministry said on 2 May 2025 that <b>40</b> trucks crossed the border. <img src=x onerror="document.title='owned'">
`;
  await addViaDialog(attache, page, [['hostile.txt', hostile]]);

  await expect(articleText(page)).toContainText('<script>alert(1)</script><img src=x onerror=alert(2)>');
  await expect(articleText(page)).toContainText('<b>40</b> trucks');
  await expect(page.locator('.article-text img, .article-text script, .article-text b')).toHaveCount(0);
  await expect(sourceList(page)).toContainText('hostile.txt');
  await attache.snap('hostile-as-text');
  // Give an injected image's error handler time to fire, if one had been created.
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.title()).toBe('Attaché');
});

test('keyboard: arrows move through sources, Delete asks before removing, Ctrl+2/1 switch tabs', async ({
  attache,
}) => {
  const page = await newProject(attache, 'Keys');
  await addViaDialog(attache, page, [
    ['geneva.txt', GENEVA],
    ['aid.txt', AID],
    ['doha.txt', DOHA],
  ]);
  const list = sourceList(page);
  const options = list.getByRole('option');
  await expect(options).toHaveCount(3);

  await list.focus();
  await page.keyboard.press('Home');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('article')).toContainText('aid.txt');

  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Remove “Aid pledges reach $2.3 billion”?');
  await attache.snap('confirm-remove');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(options).toHaveCount(3);

  await list.focus();
  await page.keyboard.press('Delete');
  await confirm.getByRole('button', { name: 'Remove source' }).click();
  await expect(options).toHaveCount(2);
  await expect(list).not.toContainText('aid.txt');
  // The selection moves to the neighbour, so Delete again would act on something visible.
  await expect(list.getByRole('option', { selected: true })).toContainText('doha.txt');

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('tab', { name: /Facts/ })).toHaveAttribute('aria-selected', 'true');
  await expect(list).toBeHidden();
  await expect(page.getByRole('tabpanel')).toHaveAccessibleName(/Facts/);
  await attache.snap('facts-tab');
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('tab', { name: /Brief/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('tab', { name: /Sources/ })).toHaveAttribute('aria-selected', 'true');
  await expect(list.getByRole('option')).toHaveCount(2);
});

test('a long import shows each file and can be cancelled with Esc; files already in stay in', async ({
  attache,
}) => {
  const FILES = 150;
  const page = await newProject(attache, 'Cancel');
  const paths: string[] = [];
  // Enough files that Esc always lands before the last one (60 were once all in first).
  for (let i = 0; i < FILES; i++) {
    // Distinct content per file so none is a duplicate of another.
    paths.push(
      await attache.writeSource(`report-${String(i).padStart(3, '0')}.txt`, `${GENEVA}\nFile number ${i}.\n`),
    );
  }
  attache.dialogs.sourceFiles.push(paths);
  await page.getByRole('button', { name: 'Add sources…' }).click();

  const progress = page.getByRole('region', { name: 'Import progress' });
  await expect(progress).toContainText(new RegExp(`report-\\d{3}\\.txt — file \\d+ of ${FILES}`));
  await attache.snap('import-progress');
  await page.keyboard.press('Escape');

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('heading')).toContainText('import cancelled');
  await expect(progress).toBeHidden();
  // Counted from the report's heading and the tab: both lists are virtualised, so the number of
  // rendered rows is not the number of files.
  const heading = (await report.getByRole('heading').textContent()) ?? '';
  const added = Number(/(\d+) added/.exec(heading)?.[1]);
  expect(added).toBeGreaterThan(0);
  expect(added).toBeLessThan(FILES);
  const notImported = await report.getByText(/\d+ files? not imported \(cancelled\)/).textContent();
  expect(added + Number(/(\d+) files?/.exec(notImported ?? '')?.[1])).toBe(FILES);
  await expect(page.getByRole('tab', { name: /Sources/ })).toHaveText(new RegExp(`^Sources\\s*${added}$`));
  await attache.snap('import-cancelled');
});

test('a save that fails is shown with its reason until a later save succeeds', async ({ attache }) => {
  const { mkdir, rename } = await import('node:fs/promises');
  const home = join(attache.folder, 'projects');
  await mkdir(home);
  const page = await attache.open();
  attache.dialogs.newProjectPaths.push(join(home, 'Fragile.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fragile' })).toBeVisible();
  await addViaDialog(attache, page, [['aid.txt', AID]]);
  await expect(page.getByRole('status')).toHaveText('Saved');

  // The folder goes away under the project (an unplugged drive, a sync client moving it).
  await rename(home, `${home}-moved`);
  const title = page.getByRole('form', { name: 'Source details' }).getByRole('textbox', { name: /Title/ });
  await title.fill('Written while the folder was gone');
  await title.press('Enter');
  await expect(page.getByRole('status')).toContainText(/^Save failed: .+/);
  await attache.snap('save-failed');

  await rename(`${home}-moved`, home);
  await title.fill('Written after the folder came back');
  await title.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Saved');
});

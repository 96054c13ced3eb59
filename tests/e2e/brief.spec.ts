// The Brief tab: draft a brief from verified facts, see a citation's number and its endnote, edit
// the cover, cite another fact at the cursor, and export a PDF; a citation whose fact is rejected
// is listed by the integrity check, and export refuses unless the analyst allows it.
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AttacheFixture } from './harness';
import { HANOI, SANTIAGO } from './tradePactArticles';

const FIGURE_ROW = '[role="option"]:not([data-kind="claim"]):not([data-kind="agreement"]):not([data-kind="quote"])';

/** A project with both reports, and the facts about trade and the forum verified in the Facts tab. */
async function projectWithVerifiedFacts(attache: AttacheFixture): Promise<Page> {
  const page = await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Pacific trade.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pacific trade' })).toBeVisible();
  const paths = [await attache.writeSource('santiago.txt', SANTIAGO), await attache.writeSource('hanoi.txt', HANOI)];
  attache.dialogs.sourceFiles.push(paths);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('2 added', { timeout: 60_000 });

  await page.getByRole('tab', { name: /Facts/ }).click();
  const list = page.getByRole('listbox', { name: 'Facts' });
  // Figure rows, found through the search box: the list is virtual, and every sentence is also a
  // claim row of its own.
  const search = page.getByRole('searchbox', { name: 'Find in facts' });
  for (const words of ['$1.8 billion', 'around 350', 'copper']) {
    await search.fill(words);
    const row = list.locator(FIGURE_ROW).filter({ hasText: words }).first();
    await row.click();
    await page.keyboard.press('v');
    await expect(row).toHaveClass(/status-verified/);
  }
  await search.fill('');
  await page.getByRole('tab', { name: /Brief/ }).click();
  return page;
}

test('draft from verified facts, see citation numbers and endnotes, export a PDF', async ({ attache }) => {
  const page = await projectWithVerifiedFacts(attache);
  await expect(page.getByRole('button', { name: 'Draft from verified facts' })).toBeVisible();
  await attache.snap('brief-empty');
  await page.getByRole('button', { name: 'Draft from verified facts' }).click();

  // Each cited fact shows its number in the text; the endnotes list the same numbers.
  const cites = page.locator('.brief-document sup.cite');
  await expect(cites.first()).toBeVisible();
  await expect(cites.first()).toHaveText('1');
  const endnotes = page.getByRole('list', { name: 'Endnotes' });
  await expect(endnotes.getByRole('listitem').first()).toContainText('Chile and Vietnam sign trade pact');
  const cited = attache.session.endnotes();
  expect(cited.length).toBeGreaterThan(0);
  await expect(endnotes.getByRole('listitem')).toHaveCount(cited.length);
  // The draft's prompts for the analyst are marked in the text and listed until written.
  const integrity = page.getByRole('region', { name: 'Integrity' });
  const prompts = page.locator('.brief-document .brief-prompt');
  await expect(prompts).toHaveCount(2);
  await expect(integrity).toContainText('“Purpose” still holds a prompt for you');
  await attache.snap('brief-drafted');
  // Typing in a prompt writes the analyst's words in its place; Backspace removes a prompt whole.
  await prompts.first().click();
  await page.keyboard.type('Agree the tariff schedule.');
  await expect(prompts).toHaveCount(1);
  await expect(page.locator('.brief-document')).toContainText('Agree the tariff schedule.');
  await prompts.first().click();
  await page.keyboard.press('Backspace');
  await expect(prompts).toHaveCount(0);
  await expect(integrity).toContainText('Every citation points at a verified fact');
  await expect.poll(() => JSON.stringify(attache.session.getBrief()?.sections ?? [])).not.toContain('"prompt":true');

  // The verified figures make a key-figures table; each row carries its citation number.
  const figures = page.locator('table.key-figures');
  await figures.scrollIntoViewIfNeeded();
  await expect(figures.locator('tbody tr').first()).toBeVisible();
  await expect(figures.locator('tbody tr').first().locator('sup.cite')).toHaveText(/^\d+$/);
  const indicator = figures.getByRole('textbox', { name: 'Indicator' }).first();
  await indicator.fill('Two-way trade, 2024');
  await indicator.blur();
  await expect
    .poll(() =>
      attache.session
        .getBrief()
        ?.sections.flatMap((s) => s.blocks)
        .flatMap((b) => (b.type === 'keyFigures' ? b.rows.map((r) => r.indicator) : [])),
    )
    .toContain('Two-way trade, 2024');
  await attache.snap('brief-key-figures');

  // The cover is edited in place and saved without a save button.
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Chile–Vietnam trade agreement: visit brief');
  await page.getByLabel('Marking', { exact: true }).selectOption('CONFIDENTIAL');
  await expect(page.getByRole('toolbar', { name: 'Brief editing' }).getByRole('status')).toHaveText('All changes saved');
  await expect.poll(() => attache.session.getBrief()?.title).toBe('Chile–Vietnam trade agreement: visit brief');
  expect(attache.session.getBrief()?.marking).toBe('CONFIDENTIAL');

  const out = join(attache.folder, 'visit brief.pdf');
  attache.dialogs.exportPaths.push(out);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const exportState = page.getByRole('region', { name: 'Export' }).getByRole('status');
  await expect(exportState).toContainText('Saved', { timeout: 30_000 });
  await expect(exportState).toContainText(out);
  expect((await stat(out)).size).toBeGreaterThan(1000);
  expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const printed = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
  expect(printed).toContain('Agree the tariff schedule.');
  expect(printed).not.toContain('State the purpose');
  await attache.snap('brief-exported');

  // The same brief as a Word document, for seniors who edit in Word: a zip (PK) written whole.
  const docx = join(attache.folder, 'visit brief.docx');
  attache.dialogs.exportPaths.push(docx);
  await page.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(exportState).toContainText(docx, { timeout: 30_000 });
  await expect(exportState).toContainText(/Saved \d+ citations? to/);
  expect((await readFile(docx)).subarray(0, 2).toString('latin1')).toBe('PK');
});

test('cite a fact at the cursor; a rejected citation is a problem and export needs the override', async ({ attache }) => {
  const page = await projectWithVerifiedFacts(attache);
  await page.getByRole('button', { name: 'Blank brief' }).click();
  const editor = page.locator('.brief-prose').first();
  await editor.click();
  await page.keyboard.type('Two-way trade stood at $1.8 billion');
  await page.getByRole('button', { name: 'Cite a fact…' }).click();
  const picker = page.getByRole('dialog', { name: 'Cite a verified fact' });
  await picker.getByRole('searchbox').fill('1.8 billion');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await attache.snap('brief-citation-picker');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await page.keyboard.type(' last year.');

  const cite = editor.locator('sup.cite');
  await expect(cite).toHaveText('1');
  await expect.poll(() => JSON.stringify(attache.session.getBrief()?.sections[0]?.blocks ?? [])).toContain('"type":"cite"');
  const paragraph = attache.session.getBrief()!.sections[0]!.blocks[0]!;
  expect(paragraph.type).toBe('paragraph');
  if (paragraph.type === 'paragraph') {
    expect(paragraph.content.map((i) => (i.type === 'text' ? i.text : '[cite]')).join('')).toBe(
      'Two-way trade stood at $1.8 billion[cite] last year.',
    );
  }
  await expect(page.getByRole('list', { name: 'Endnotes' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Endnotes' })).toContainText('according to customs figures');

  // The analyst rejects the cited fact: the integrity check says so and export refuses.
  const citedId = attache.session.endnotes()[0]!.factId;
  attache.session.decide([citedId], 'rejected');
  const integrity = page.getByRole('region', { name: 'Integrity' });
  await expect(integrity.getByRole('listitem')).toHaveCount(1);
  await expect(integrity).toContainText('was rejected');
  await expect(cite).toHaveClass(/cite-problem/);
  attache.dialogs.exportPaths.push(join(attache.folder, 'refused.pdf'));
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('alert')).toContainText('BRIEF_INTEGRITY');
  await attache.snap('brief-integrity-problem');

  const out = join(attache.folder, 'override.pdf');
  attache.dialogs.exportPaths.push(out);
  await page.getByRole('checkbox', { name: /Export anyway/ }).check();
  await page.getByRole('combobox', { name: 'Paper' }).selectOption('Letter');
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('status')).toContainText('Saved', { timeout: 30_000 });
  expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Undo inside the editor is TipTap's own: the last words typed go away.
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+z');
  await expect(editor).not.toContainText('last year.');

  // A section of one's own: added, titled, written in, saved.
  await page.getByRole('button', { name: 'Add section' }).click();
  const added = page.getByRole('region', { name: 'New section' });
  await added.getByRole('textbox', { name: 'Section title' }).fill('Talking points');
  await page.getByRole('region', { name: 'Talking points' }).locator('.brief-prose').click();
  await page.keyboard.type('Welcome the early entry into force.');
  await expect
    .poll(() => attache.session.getBrief()?.sections.map((x) => x.title))
    .toEqual(['Untitled section', 'Talking points']);
  await expect.poll(() => JSON.stringify(attache.session.getBrief()?.sections[1]?.blocks)).toContain('Welcome the early entry into force.');
  await attache.snap('brief-added-section');

  // A redraft replaces the brief; the analyst's own version comes back with one click.
  await page.getByRole('button', { name: 'Redraft from verified facts' }).click();
  await expect(page.getByRole('region', { name: 'Talking points' })).toHaveCount(0);
  await expect.poll(() => attache.session.getBrief()?.template).toBe('visit');
  await page.getByRole('button', { name: 'Undo redraft' }).click();
  await expect(page.getByRole('region', { name: 'Talking points' })).toContainText('Welcome the early entry into force.');
  await expect.poll(() => attache.session.getBrief()?.sections.map((x) => x.title)).toEqual(['Untitled section', 'Talking points']);
});

test('the citation picker searches folded, stemmed words while they are typed, marking them', async ({ attache }) => {
  const page = await projectWithVerifiedFacts(attache);
  await page.getByRole('button', { name: 'Blank brief' }).click();
  await page.locator('.brief-prose').first().click();
  await page.getByRole('button', { name: 'Cite a fact…' }).click();
  const picker = page.getByRole('dialog', { name: 'Cite a verified fact' });
  const box = picker.getByRole('searchbox');
  const options = picker.getByRole('option');
  await expect(options).toHaveCount(3);
  // Half a word, typed key by key: the words it begins.
  await box.pressSequentially('compan');
  await expect(options).toHaveCount(1);
  await expect(options.first().locator('mark.search-hit')).toHaveText(['companies']);
  // Another case and a plural the text does not have: the words marked together.
  await box.fill('CHILEAN COPPERS ');
  await expect(options).toHaveCount(1);
  await expect(options.first().locator('mark.search-hit')).toHaveText(['Chilean copper']);
  await attache.snap('brief-citation-search');
  // No verified fact has all three words: the closest are offered, and said to be.
  await box.fill('chilean exports santiago');
  await expect(picker).toContainText('No verified fact has all those words');
  await expect(options.first()).toContainText('Exports of Chilean copper');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.locator('.brief-prose').first().locator('sup.cite')).toHaveText('1');
});

test('a cited quote that is not its source’s words is listed, and export refuses it even with the override', async ({ attache }) => {
  const page = await projectWithVerifiedFacts(attache);
  await page.getByRole('button', { name: 'Draft from verified facts' }).click();
  await expect(page.locator('.brief-document sup.cite').first()).toHaveText('1');
  // What a hand edit of the project file does: the cited fact's words no longer the source's.
  const citedId = attache.session.endnotes()[0]!.factId;
  attache.session.requireProject().update((p) => {
    const fact = p.facts.find((f) => f.id === citedId)!;
    fact.text = `Or so it is said: ${fact.text}`;
  });
  attache.session.decide([citedId], 'verified'); // tells the window the project changed
  const integrity = page.getByRole('region', { name: 'Integrity' });
  await expect(integrity).toContainText(/Citation 1 quotes “Or so it is said: .*” \(fact \S+\) as the words of/);
  const exportPanel = page.getByRole('region', { name: 'Export' });
  await page.getByRole('checkbox', { name: /Export anyway/ }).check();
  await expect(exportPanel).toContainText('1 quote that is not its source’s words: export refuses it even when you choose to export anyway');
  attache.dialogs.exportPaths.push(join(attache.folder, 'tampered.pdf'));
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(exportPanel.getByRole('alert')).toContainText('BRIEF_INTEGRITY');
  await expect(exportPanel.getByRole('alert')).toContainText('Citation 1 quotes');
  await expect(stat(join(attache.folder, 'tampered.pdf'))).rejects.toThrow();
});

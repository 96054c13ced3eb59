// Issue 13's whole afternoon at the desk, on a real event of the shared corpus (the EU–Mercosur
// agreement, five outlets), in one run: the sources opened, a person found under two names in
// Who's who, the population conflict compared source by source and the figure that stands picked,
// a corroborated group verified at once, that decision undone across a tab switch and redone, a
// fact found with Ctrl+F, the brief drafted and exported as PDF and DOCX. The PDF prints no
// prompt meant for the analyst, its Issues section states the disagreement (resolved: the figure
// that stands cited, the others named), and no verified corroborated fact is graded 6.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './harness';

const EVENT = join(import.meta.dirname, '../../../shared/corpus/events/eu-mercosur-agreement-2024-12');

test.describe.configure({ timeout: 240_000 });

test('an event from sources to an exported brief, every step of the desk on the way', async ({ attache, page }) => {
  await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Mercosur.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mercosur' })).toBeVisible();
  const files = (await readdir(EVENT)).filter((f) => f.endsWith('.txt')).map((f) => join(EVENT, f));
  attache.dialogs.sourceFiles.push(files);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(`${files.length} added`, { timeout: 60_000 });
  const { session } = attache;

  // Who's who: the Brazilian president under his full name and the one most outlets use.
  await page.getByRole('tab', { name: "Who's who" }).click();
  const who = page.getByRole('listbox', { name: "Who's who" });
  await page.getByLabel('Find a name').fill('Lula');
  const lula = who.getByRole('option').filter({ hasText: /Lula da Silva/ });
  await expect(lula).toHaveCount(1);
  await expect(lula).toContainText('also Lula');
  await lula.click();
  await expect(page.getByRole('region', { name: 'Mentions' }).getByRole('heading', { name: /Lula da Silva/ })).toBeVisible();
  await attache.snap('analyst-who');

  // The conflict, source by source: the figure most outlets give stands, the others are rejected.
  await page.getByRole('tab', { name: /Facts/ }).click();
  const population = session.conflicts().find((c) => c.values.some((v) => /700/.test(v)));
  expect(population, 'the outlets disagree on the population of the trade area').toBeDefined();
  await page.getByRole('list', { name: 'Conflicts' }).getByRole('button', { name: `Compare sources: ${population!.subject}` }).click();
  const dialog = page.getByRole('dialog', { name: /Compare sources/ });
  const rows = dialog.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(population!.factIds.length);
  const stands = rows.filter({ has: page.locator('.comparison-says strong', { hasText: /^700 million$/ }) }).first();
  const standId = (await stands.getAttribute('data-fact-id'))!;
  await stands.getByRole('button', { name: /^This one stands/ }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Resolved' })).toContainText('700 million');
  await attache.snap('analyst-conflict-resolved');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  expect(session.project.decisions[standId]).toMatchObject({ status: 'verified', credibilitySuggested: true });

  // A corroborated group no source disputes, verified as one.
  const inConflict = new Set(session.project.groups.filter((g) => g.relation === 'conflict').flatMap((g) => g.factIds));
  const group = session.project.groups
    .filter((g) => g.relation === 'corroborated' && !g.factIds.some((id) => inConflict.has(id)))
    .sort((a, b) => b.factIds.length - a.factIds.length)[0]!;
  expect(group.factIds.length).toBeGreaterThanOrEqual(2);
  const first = session.project.facts.find((f) => f.id === group.factIds[0])!;
  const findBox = page.getByLabel('Find in facts');
  await findBox.fill(first.text.split(/\s+/).slice(0, 8).join(' '));
  await page.getByRole('listbox', { name: 'Facts' }).locator(`[data-fact-id="${first.id}"]`).click();
  await page.keyboard.press('c');
  await dialog.getByRole('button', { name: /^Verify all/ }).click();
  await expect(dialog.locator('tbody tr.status-verified')).toHaveCount(group.factIds.length);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  const statuses = () => group.factIds.map((id) => session.project.decisions[id]?.status ?? 'unverified').join();
  expect(statuses()).toBe(group.factIds.map(() => 'verified').join());

  // Undone from another tab, where the Facts view is gone, and redone.
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByRole('tab', { name: /Sources/ }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.history-status')).toHaveText(/^Undid: verified \d+ facts of the group/);
  await expect.poll(statuses).toBe(group.factIds.map(() => 'unverified').join());
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(statuses).toBe(group.factIds.map(() => 'verified').join());

  // Ctrl+F from Sources: the Facts tab's find box, and the fact found by words of its sentence.
  await page.keyboard.press('Control+f');
  await expect(findBox).toBeFocused();
  const sought = session.project.facts.find((f) => f.kind === 'money') ?? session.project.facts[0]!;
  await page.keyboard.type(sought.text.split(/\s+/).slice(0, 6).join(' '));
  await expect(page.getByRole('listbox', { name: 'Facts' }).locator(`[data-fact-id="${sought.id}"]`)).toBeVisible();
  await page.keyboard.press('Escape');

  // The brief: drafted from what was verified, its prompts left unwritten (they are not printed).
  await page.getByRole('tab', { name: /Brief/ }).click();
  await page.getByRole('button', { name: 'Draft from verified facts' }).click();
  await expect(page.locator('.brief-document sup.cite').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Integrity' })).toContainText('still holds a prompt for you');
  await page.getByLabel(/^Export anyway/).check();
  const pdf = join(attache.folder, 'Mercosur brief.pdf');
  attache.dialogs.exportPaths.push(pdf);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const exportState = page.getByRole('region', { name: 'Export' }).getByRole('status');
  await expect(exportState).toContainText(pdf, { timeout: 60_000 });
  const docx = join(attache.folder, 'Mercosur brief.docx');
  attache.dialogs.exportPaths.push(docx);
  await page.getByRole('button', { name: 'Export DOCX…' }).click();
  await expect(exportState).toContainText(docx, { timeout: 60_000 });
  expect((await readFile(docx)).subarray(0, 2).toString('latin1')).toBe('PK');
  await attache.snap('analyst-exported');

  const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // No prompt of the draft reaches the page (each is an instruction to the analyst).
  const draft = session.getBrief()!;
  const inlines = draft.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'paragraph' ? b.content : b.type === 'bullets' ? b.items.flat() : []));
  const prompts = inlines.flatMap((r) => (r.type === 'text' && r.prompt ? [r.text] : []));
  expect(prompts.length).toBeGreaterThan(0);
  const flat = printed.replace(/\s+/g, ' ');
  for (const prompt of prompts) expect(flat).not.toContain(prompt.replace(/\s+/g, ' ').slice(0, 40));
  // The Issues section states the disagreement as resolved: the figure that stands with its
  // citation (a superscript number, which pdftotext runs into the word), and the others it beat.
  const issues = flat.slice(flat.indexOf('Issues and sensitivities'), flat.indexOf('Grades: source reliability'));
  expect(issues).toMatch(/resolved as 700 million\d+ /);
  expect(issues).toMatch(/718 million/);
  expect(issues).toMatch(/780 million/);
  // Every verified corroborated fact the endnotes grade stands at its suggested credibility.
  expect(flat).not.toMatch(/graded [A-F]6/);
  await attache.snap('analyst-done');
});

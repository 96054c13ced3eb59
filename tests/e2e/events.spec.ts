// A real event's coverage, end to end through the UI: four outlets' reports of one earthquake
// (../shared/corpus/events/, rewritten from real articles nobody here wrote) imported, every
// fact verified at its suggested grade, a brief drafted and exported. The PDF holds no prompt for
// the analyst, its Issues section states the sources' disagreements with their citations, and no
// fact three sources stand behind is graded 6.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './harness';

// From the project root, as the scorer is run: ../shared is the shared corpus beside it.
const EVENT = resolve('../shared/corpus/events/morocco-earthquake-2023-09');

test('a real event: import its outlets, verify, draft, and export a brief that states the disagreements', async ({ attache }) => {
  test.setTimeout(120_000);
  const files = readdirSync(EVENT)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(EVENT, f));
  expect(files.length).toBeGreaterThanOrEqual(4);

  const page = await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Quake.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  attache.dialogs.sourceFiles.push(files);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(`${files.length} added`, { timeout: 60_000 });

  // The sources disagree, and the Facts tab says so first.
  await page.getByRole('tab', { name: /Facts/ }).click();
  const conflicts = page.getByRole('list', { name: 'Conflicts' });
  await expect(conflicts.getByRole('button').first()).toBeVisible();
  await attache.snap('event-facts');

  // Every fact verified at once, without choosing a grade: each stands at its suggested grade.
  const list = page.getByRole('listbox', { name: 'Facts' });
  await list.getByRole('option').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('v');
  const total = attache.session.project.facts.length;
  await expect.poll(() => Object.values(attache.session.project.decisions).filter((d) => d.status === 'verified').length, { timeout: 20_000 }).toBe(total);

  await page.getByRole('tab', { name: /Brief/ }).click();
  await page.getByRole('button', { name: 'Draft from verified facts' }).click();
  // The purpose is the analyst's to write: typing over the prompt replaces it.
  const prompt = page.locator('.brief-document .brief-prompt').first();
  await expect(prompt).toContainText('State the purpose');
  await prompt.click();
  await page.keyboard.type('Brief the minister on the relief effort before the donors’ call.');
  await expect(page.locator('.brief-document .brief-prompt')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Integrity' })).toContainText('Every citation points at a verified fact');
  await attache.snap('event-brief');

  const out = join(attache.folder, 'quake brief.pdf');
  attache.dialogs.exportPaths.push(out);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('status')).toContainText('Saved', { timeout: 60_000 });

  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Brief the minister on the relief effort');
  expect(text).not.toMatch(/State the purpose|verify each side|Note any sensitivities/);
  // The Issues section states each disagreement with every side's value and its note numbers.
  const issues = text.slice(text.indexOf('Issues and sensitivities', text.indexOf('Purpose')));
  expect(issues).toMatch(/Figures for “[^”]+”( \([^)]+\))? differ: [^.]*\d[^.]* \d+/);
  // No fact that other sources corroborate is printed as "cannot be judged".
  expect(text).not.toMatch(/graded [A-F]6 \(credibility suggested: corroborated/);
  expect(text).toMatch(/graded [A-F][12] \(credibility suggested: corroborated by \d sources\)/);
});

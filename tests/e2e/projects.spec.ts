// The analyst's first minutes: make a project, add sources, close it, come back to it; and a
// file that cannot be read is reported by name and reason while the good ones go in.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../../src/core/model';
import { test, expect } from './harness';

const ARTICLE_A = `Talks resume in Geneva

GENEVA, 14 March 2025 — Delegations from both governments met on Friday for a third round of talks,
the foreign ministry said. The ministry said 42 observers attended the session, which lasted six hours.

Officials said a follow-up meeting was planned for April. The two sides agreed to exchange 120
prisoners before the next round, according to a joint statement.
`;

const ARTICLE_B = `Aid pledges reach $2.3 billion

BRUSSELS, 15 March 2025 — Donors pledged $2.3 billion in humanitarian aid at a conference on Saturday,
the European Commission said. The largest single pledge, 800 million euros, came from the EU itself.

Aid agencies said the sum covered about 60 percent of the appeal launched in January.
`;

test('create a project, add two text sources, close, reopen from the recent list', async ({ attache }) => {
  const page = await attache.open();
  await expect(page.getByRole('button', { name: 'New project…' })).toBeVisible();
  await attache.snap('start-empty');

  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Geneva talks.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geneva talks' })).toBeVisible();

  const a = await attache.writeSource('geneva-talks.txt', ARTICLE_A);
  const b = await attache.writeSource('aid-pledges.txt', ARTICLE_B);
  attache.dialogs.sourceFiles.push([a, b]);
  await page.getByRole('button', { name: 'Add sources…' }).click();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('2 added');
  const sources = page.getByRole('listbox', { name: 'Sources' });
  await expect(sources.getByRole('option')).toHaveCount(2);
  await expect(sources).toContainText('geneva-talks.txt');
  await expect(sources).toContainText('aid-pledges.txt');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await attache.snap('project-with-sources');

  await page.getByRole('button', { name: 'Close project' }).click();
  const recent = page.getByRole('button', { name: /Geneva talks/ });
  await expect(recent).toBeVisible();
  await attache.snap('start-with-recent');

  await recent.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geneva talks' })).toBeVisible();
  await expect(sources.getByRole('option')).toHaveCount(2);
  await expect(sources).toContainText('geneva-talks.txt');
  await expect(sources).toContainText('aid-pledges.txt');
  await attache.snap('reopened');
});

test('a file that cannot be read is reported with its code; the good one goes in', async ({ attache }) => {
  const page = await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Mixed.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mixed' })).toBeVisible();

  const empty = await attache.writeSource('empty.txt', '');
  const good = await attache.writeSource('aid-pledges.txt', ARTICLE_B);
  attache.dialogs.sourceFiles.push([empty, good]);
  await page.getByRole('button', { name: 'Add sources…' }).click();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('1 added');
  await expect(report).toContainText('1 failed');
  const failure = report.getByRole('listitem').filter({ hasText: 'empty.txt' });
  await expect(failure).toContainText('FILE_EMPTY');
  await expect(failure).toContainText('the file is empty');

  const sources = page.getByRole('listbox', { name: 'Sources' });
  await expect(sources.getByRole('option')).toHaveCount(1);
  await expect(sources).toContainText('aid-pledges.txt');
  await expect(sources).not.toContainText('empty.txt');
  await attache.snap('import-report-with-failure');
});

test('a project edited by hand says on open what Attaché found and repaired, until dismissed', async ({ attache }) => {
  const page = await attache.open();
  const path = join(attache.folder, 'Edited.attache');
  attache.dialogs.newProjectPaths.push(path);
  await page.getByRole('button', { name: 'New project…' }).click();
  attache.dialogs.sourceFiles.push([await attache.writeSource('geneva-talks.txt', ARTICLE_A)]);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('1 added', { timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'About this project' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Close project' }).click();

  // Two facts given one id, as a careless edit of the file might.
  const project = JSON.parse(await readFile(path, 'utf8')) as Project;
  project.facts.push({ ...project.facts[0]!, subject: 'edited by hand' });
  await writeFile(path, JSON.stringify(project));

  attache.dialogs.openPaths.push(path);
  await page.getByRole('button', { name: 'Open…' }).click();
  const notices = page.getByRole('region', { name: 'About this project' });
  await expect(notices).toContainText('Edited.attache holds 1 problem that a file Attaché wrote never has');
  await expect(notices).toContainText('the file as it was is kept as Edited.attache.damaged-');
  await expect(notices).toContainText(`Repaired: Two facts had the id ${project.facts[0]!.id}`);
  await attache.snap('open-notices');
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);
});

test('an interrupted import is completed on open and said so; a read-only project is shown, not changed', async ({ attache }) => {
  // A project whose source lost its facts, as a kill between the saves of an older Attaché left it.
  const path = join(attache.folder, 'Interrupted.attache');
  await attache.session.createAt(path);
  await attache.session.addSources([await attache.writeSource('geneva-talks.txt', ARTICLE_A)]);
  await attache.session.close();
  const project = JSON.parse(await readFile(path, 'utf8')) as { facts: unknown[]; groups: unknown[] };
  expect(project.facts.length).toBeGreaterThan(0);
  await writeFile(path, JSON.stringify({ ...project, facts: [], groups: [] }));

  const page = await attache.open();
  attache.dialogs.openPaths.push(path);
  await page.getByRole('button', { name: /Open…/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interrupted' })).toBeVisible();
  const notices = page.getByRole('region', { name: 'About this project' });
  await expect(notices).toContainText('geneva-talks.txt was read again and now has');
  await expect(page.getByRole('tab', { name: /Facts/ })).not.toContainText(/\b0\b/);
  await attache.snap('interrupted-import-completed');
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);
  await page.getByRole('button', { name: 'Close project' }).click();

  await chmod(path, 0o444);
  const before = await readFile(path, 'utf8');
  attache.dialogs.openPaths.push(path);
  await page.getByRole('button', { name: /Open…/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interrupted' })).toBeVisible();
  await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
  await expect(notices).toContainText('Interrupted.attache is read-only');
  await expect(page.getByRole('button', { name: 'Add sources…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Remove source…' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: /Outlet/ })).toBeDisabled();
  await attache.snap('read-only-project');
  expect(await readFile(path, 'utf8')).toBe(before);
});

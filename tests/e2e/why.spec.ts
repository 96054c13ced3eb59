// "Why together?" in the Facts tab: two invented reports of one signing, in different words. The
// analyst opens one of them, asks why it stands with the other and sees the rule's id, the rule's
// general sentence and the words both share, in the light and the dark theme.
import { join } from 'node:path';
import { RULES } from '../../src/core/verify/rules';
import { test, expect } from './harness';

const WIRE = `Norland and Ostia settle fishing row

PORT VALE, 6 October 2025 — The foreign ministers of Norland and Ostia signed a fisheries memorandum in Port Vale on Monday.

The memorandum caps the annual cod catch at 40,000 tonnes.
`;

const DAILY = `Fisheries deal struck in Port Vale

Norland and Ostia inked an MoU on fisheries in Port Vale, ending years of quarrels over cod quotas.

Under the deal the annual cod catch is capped at 40,000 tonnes.
`;

test('the evidence pane says why two reports of one event stand together, and by which rule', async ({ attache, page }) => {
  await attache.open();
  attache.dialogs.newProjectPaths.push(join(attache.folder, 'Fisheries.attache'));
  await page.getByRole('button', { name: 'New project…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fisheries' })).toBeVisible();
  attache.dialogs.sourceFiles.push([await attache.writeSource('wire.txt', WIRE), await attache.writeSource('daily.txt', DAILY)]);
  await page.getByRole('button', { name: 'Add sources…' }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('2 added', { timeout: 60_000 });
  await page.getByRole('tab', { name: /Facts/ }).click();

  const list = page.getByRole('listbox', { name: 'Facts' });
  const signing = list.getByRole('option').filter({ hasText: 'Norland and Ostia inked an MoU' }).first();
  await expect(signing).toContainText('corroborated by 2 sources');
  await signing.click();

  const evidence = page.getByRole('article', { name: 'Evidence' });
  const group = evidence.getByRole('region', { name: 'Corroboration' });
  await expect(group).toContainText('signed a fisheries memorandum');
  const why = group.getByRole('button', { name: 'Why together?' });
  await expect(why).toHaveAttribute('aria-expanded', 'false');
  await expect(group.getByText(RULES['event.same-action'].says, { exact: true })).toBeHidden();

  // From the keyboard: focus the button, press Enter.
  await why.focus();
  await page.keyboard.press('Enter');
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  const panel = group.getByRole('region', { name: 'Why together' });
  await expect(panel.locator('.why-rule-id')).toHaveText('event.same-action');
  await expect(panel.getByText(RULES['event.same-action'].says, { exact: true })).toBeVisible();
  await expect(panel.locator('dt', { hasText: 'Shared words' })).toBeVisible();
  await expect(panel.locator('dd').filter({ hasText: /\bfishery\b/ })).toBeVisible();
  await expect(panel).not.toContainText('act:');
  // The heading does not repeat the sentence the panel shows.
  await expect(group.locator('h3')).toHaveText(/^corroborated\s+2 sources report this\.$/);
  expect((await group.textContent())!.split(RULES['event.same-action'].says)).toHaveLength(2);
  await attache.snap('why-together-light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(panel.getByText(RULES['event.same-action'].says, { exact: true })).toBeVisible();
  await attache.snap('why-together-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The shared figure's group, made by the figure rules, names the figure rule.
  await list.locator('[role="option"]:not([data-kind="claim"]):not([data-kind="agreement"])').filter({ hasText: '40,000 tonnes' }).first().click();
  const figure = evidence.getByRole('region', { name: 'Corroboration' });
  await figure.getByRole('button', { name: 'Why together?' }).click();
  await expect(figure.locator('.why-rule-id')).toHaveText('figure.same-value');
  await expect(figure.getByText(RULES['figure.same-value'].says, { exact: true })).toBeVisible();
  await attache.snap('why-together-figure');
});

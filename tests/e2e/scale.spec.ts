// How long the Facts list takes to answer a key press at scale: from the key going down in the
// "Find in facts" box to the first frame painted after the list changed. Run by bench/ui.ts with
// a large project (ATTACHE_UI_PROJECT), which reads the figures from ATTACHE_UI_OUT; the plain
// e2e run leaves it out (playwright.config.ts), since building that project takes minutes.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './harness';

const PROJECT = process.env['ATTACHE_UI_PROJECT'];
const OUT = process.env['ATTACHE_UI_OUT'];
/** Where to write a Chromium performance trace of the timed key presses, if anywhere. */
const TRACE = process.env['ATTACHE_UI_TRACE'];
/** Words an analyst types, letter by letter; each key press is one sample. */
const WORDS = (process.env['ATTACHE_UI_WORDS'] ?? 'minister trade billion visit agreement port').split(' ');

declare global {
  interface Window {
    __keyTimes?: number[];
  }
}

test('a key press in the Facts filter repaints the list at scale', async ({ attache, browser }) => {
  test.skip(!PROJECT || !OUT, 'run by bench/ui.ts, which names the project (ATTACHE_UI_PROJECT)');
  test.setTimeout(600_000);
  const path = join(attache.folder, 'scale.attache');
  await copyFile(PROJECT!, path);
  const page = await attache.open();
  attache.dialogs.openPaths.push(path);
  await page.getByRole('button', { name: /Open…/ }).click();
  await page.getByRole('tab', { name: /Facts/ }).click();
  const list = page.getByRole('listbox', { name: 'Facts' });
  await expect(list.getByRole('option').first()).toBeVisible({ timeout: 120_000 });
  const box = page.getByRole('searchbox', { name: 'Find in facts' });

  // In the page: each key down starts a clock that stops at the first frame after the list's
  // rows change (a mutation under the list, then two animation frames: the one it is painted in).
  await page.evaluate(() => {
    window.__keyTimes = [];
    let pending: number | null = null;
    const input = document.querySelector('input[aria-label="Find in facts"]')!;
    // Timed from the last key down: a key whose list came out the same paints nothing to wait for.
    input.addEventListener('keydown', (e) => {
      pending = e.timeStamp;
    });
    // The list's element may be made again by a render, so the whole page is watched and only
    // changes inside the Facts list count.
    const inList = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      return element?.closest('[role="listbox"][aria-label="Facts"]') != null;
    };
    new MutationObserver((records) => {
      const began = pending;
      if (began === null || !records.some((r) => inList(r.target))) return;
      pending = null;
      requestAnimationFrame(() => requestAnimationFrame(() => window.__keyTimes!.push(performance.now() - began)));
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  // The first words typed after opening wait for the search index, which a worker builds from the
  // project file once it is open: that wait is reported on its own, and the samples are taken once
  // the index answers.
  const beganWarm = await page.evaluate(() => window.__keyTimes!.length);
  await box.press('t');
  await box.press('h');
  await page.waitForFunction((n) => window.__keyTimes!.length > n, beganWarm, { timeout: 120_000 });
  const firstKey = await page.evaluate(() => window.__keyTimes!.at(-1)!);

  const samples: number[] = [];
  if (TRACE) await browser.startTracing(page, { path: TRACE, categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute'] });
  for (const word of WORDS) {
    await box.fill('');
    await page.waitForTimeout(400);
    for (const letter of word) {
      const before = await page.evaluate(() => window.__keyTimes!.length);
      await box.press(letter);
      // A key press that leaves the rows as they were (the same facts match) paints nothing new:
      // it is not a sample.
      const changed = await page
        .waitForFunction((n) => window.__keyTimes!.length > n, before, { timeout: 2_000 })
        .then(() => true)
        .catch(() => false);
      if (changed) samples.push(await page.evaluate(() => window.__keyTimes!.at(-1)!));
      // An analyst's next key comes after the list answered.
      await page.waitForTimeout(250);
    }
  }
  if (TRACE) await browser.stopTracing();
  await attache.snap('facts-filtered-at-scale');
  // The focused fact's groups are large here: the pane lists their first members and counts the rest.
  const more = page.locator('.group-more').first();
  if ((await more.count()) > 0) {
    await more.scrollIntoViewIfNeeded();
    await attache.snap('evidence-of-a-large-group');
  }
  expect(samples.length).toBeGreaterThan(0);
  await writeFile(OUT!, JSON.stringify({ samples, firstKey }));
});

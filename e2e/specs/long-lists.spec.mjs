// Long lists: the first 100 items show; the rest wait behind a button, yet find-in-page and
// print still reach them, and numbering runs on.
import { test, expect } from '@playwright/test';
import { openWidget, withGoals } from './helpers.mjs';

test('a list of 100 items shows them all, with no button', async ({ page, request }) => {
  await openWidget(page, await withGoals(request, 100), '#summit-goals');
  const panel = page.locator('#summit-goals-panel');
  await expect(panel.locator('.fact')).toHaveCount(100);
  await expect(panel.locator('.long-list__more')).toHaveCount(0);
  // "100." needs a wider margin than the default article's one-digit numbers.
  await expect(panel.locator('ol.fact-list')).toHaveClass(/long-list--wide/);
  const marker = await panel.locator('.fact').nth(99).evaluate((li) => parseFloat(getComputedStyle(li).paddingInlineStart));
  expect(marker).toBeGreaterThan(await page.evaluate(() => 3 * parseFloat(getComputedStyle(document.querySelector('.fact')).fontSize)));
});

test('a short numbered list keeps the narrow margin', async ({ page }) => {
  await openWidget(page, '', '#summit-goals');
  await expect(page.locator('#summit-goals-panel ol.fact-list')).not.toHaveClass(/long-list--wide/);
});

test('past 100 items, the rest is shown by a button that keyboard users reach and that moves focus to them', async ({ page, request }) => {
  await openWidget(page, await withGoals(request, 250), '#summit-goals');
  const panel = page.locator('#summit-goals-panel');
  const rest = panel.locator('.long-list__rest');
  await expect(panel.locator('.fact').nth(99)).toBeVisible();
  await expect(rest).toHaveAttribute('hidden', 'until-found');
  await expect(panel.locator('.fact').nth(100)).toBeHidden();
  const more = panel.getByRole('button', { name: 'Show all 250 items' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(rest).not.toHaveAttribute('hidden');
  await expect(more).toBeHidden();
  await expect(rest).toBeFocused();
  await expect(panel.locator('.fact').nth(249)).toContainText('Goal number 250.');
  // The second list goes on from 101 (on screen, src/view/long_list.css sets its counter to match).
  await expect(rest.locator('ol')).toHaveAttribute('start', '101');
});

test('find-in-page reaches items past the first 100 and reveals them', async ({ page, request }) => {
  // Chromium's own search (a text fragment): it must find the item inside both hidden=until-found
  // ancestors, the section's panel and the rest of the list, and fire beforematch on each.
  // Chromium looks for a text fragment until shortly after the load event, which a busy
  // machine can pass before the widget has rendered: so the widget is loaded first, and the
  // fragment comes in a second navigation, to the same document, as a reader's would.
  const query = await withGoals(request, 150);
  await openWidget(page, query);
  await page.goto(`/${query}#:~:text=Goal%20number%20150.`);
  const rest = page.locator('#summit-goals-panel .long-list__rest');
  await expect(rest).not.toHaveAttribute('hidden');
  await expect(page.locator('#summit-goals-button')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Goal number 150.')).toBeVisible();
  await expect(page.locator('#summit-goals-panel .long-list__more')).toBeHidden();
});

test('print shows every item and no button', async ({ page, request }) => {
  await openWidget(page, await withGoals(request, 150));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#summit-goals-panel .fact').nth(149)).toBeVisible();
  await expect(page.locator('.long-list__more')).toBeHidden();
});

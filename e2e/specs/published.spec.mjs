// Published pages (`make publish`): prerendered by the widget's own components, taken over by
// the wasm without being rebuilt, whole without JavaScript, and good web citizens.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cspViolations, recordCspViolations } from './helpers.mjs';

const article = JSON.parse(readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8'));
const PAGE = `/${article.id}/`;

/** Every console message and page error of `page`, from now on. */
function consoleOf(page) {
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/**
 * Holds the wasm back until the returned function is called, as a slow network would: the page
 * shows its prerendered HTML meanwhile.
 */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Whether the wasm has taken the page over: the stamp the app sets once hydrated. */
const hydrated = (page) => expect(page.locator('#explainer-root[data-hydrated]')).toBeAttached();

test('the page is the explainer before any script runs, and the wasm takes it over unchanged', async ({ page }) => {
  const messages = consoleOf(page);
  const release = await holdWasm(page);
  await page.goto(PAGE);
  await expect(page.locator('h2.header__headline')).toHaveText(article.headline);
  await expect(page.locator('.accordion__section')).toHaveCount(article.sections.length);
  // Every element before, to compare with after: the same nodes, not rebuilt ones.
  await page.evaluate(() => {
    window.__before = [...document.querySelectorAll('#explainer-root *')];
    window.__beforeHtml = document.getElementById('explainer-root').innerHTML;
  });
  release();
  await hydrated(page);
  const same = await page.evaluate(() => {
    const after = [...document.querySelectorAll('#explainer-root *')];
    return {
      count: [window.__before.length, after.length],
      sameNodes: after.every((node, i) => node === window.__before[i]),
      sameHtml: document.getElementById('explainer-root').innerHTML === window.__beforeHtml,
    };
  });
  expect(same).toEqual({ count: [same.count[0], same.count[0]], sameNodes: true, sameHtml: true });
  // Interactive: a section opens and closes.
  const button = page.locator('.accordion__button').first();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.accordion__panel').first()).toBeVisible();
  await button.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(messages).toEqual([]);
});

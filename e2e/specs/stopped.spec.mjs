// A trap in the wasm (a panic: the release aborts at once) never leaves a frozen widget. Run
// against the release build with the test-only trigger (`make build-test`, port 8083):
// `?crashTest=start` panics before the first render, `?crashTest=click` in a click handler.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { TEST_BUILD_ORIGIN, HOST_ORIGIN } from '../playwright.config.mjs';
import { cspViolations, recordCspViolations } from './helpers.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The served wasm of a build folder, as bytes. */
function wasmOf(dist) {
  const name = readdirSync(dist).find((file) => file.endsWith('.wasm'));
  return readFileSync(join(dist, name));
}

test('the release wasm has none of the test hooks; the test build has them all', () => {
  for (const name of ['crashTest', '__explainerTest', 'reload', 'unmount']) {
    const marker = Buffer.from(name);
    expect(wasmOf(join(repo, 'dist')).includes(marker), `${name} in the release`).toBe(false);
    expect(wasmOf(join(repo, 'target', 'dist-test')).includes(marker), `${name} in the test build: the check can see it`).toBe(true);
  }
});

test('stopped.js and live.js, loaded only when needed, are named after their bytes, as the glue names them', () => {
  const dist = join(repo, 'dist');
  const files = readdirSync(dist);
  const glue = readFileSync(join(dist, files.find((file) => /^explainer-[0-9a-f]{16}\.js$/.test(file))), 'utf8');
  expect(files.filter((file) => file === 'stopped.js' || file === 'live.js')).toEqual([]);
  for (const module of ['stopped', 'live']) {
    const named = files.filter((file) => new RegExp(`^${module}-[0-9a-f]{16}\\.js$`).test(file));
    expect(named, module).toHaveLength(1);
    const hash = createHash('sha256').update(readFileSync(join(dist, named[0]))).digest('hex').slice(0, 16);
    expect(named[0]).toBe(`${module}-${hash}.js`);
    expect(glue).toContain(`"${named[0]}"`);
  }
});

test('the notice speaks the language file boot.js fetched, right to left for Arabic, and English without one', async ({ page }) => {
  const arabic = JSON.parse(readFileSync(new URL('../../i18n/ar.json', import.meta.url), 'utf8'));
  await page.goto(`${TEST_BUILD_ORIGIN}/?crashTest=start&lang=ar`);
  const main = page.locator('main.explainer');
  await expect(main).toHaveAttribute('data-state', 'error');
  await expect(main).toHaveAttribute('lang', 'ar');
  await expect(main).toHaveAttribute('dir', 'rtl');
  await expect(main.locator('.stopped p')).toHaveText(arabic.stopped_before);
  await expect(main.getByRole('button', { name: arabic.reload })).toBeVisible();
  // The file cannot be had: English, which stopped.js holds itself.
  await page.route('**/i18n/ar.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${TEST_BUILD_ORIGIN}/?crashTest=start&lang=ar`);
  await expect(main.locator('.stopped p')).toHaveText('This explainer could not start.');
  await expect(main).toHaveAttribute('lang', 'en');
});

test('a trap before the first render shows an error with Reload, in the reader\'s language', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await recordCspViolations(page);
  await page.goto(`${TEST_BUILD_ORIGIN}/?crashTest=start&lang=fr`);
  const main = page.locator('main.explainer');
  await expect(main).toHaveAttribute('data-state', 'error');
  await expect(main).toHaveAttribute('lang', 'fr');
  await expect(main.locator('.stopped p')).toHaveText('Cette explication n’a pas pu démarrer.');
  await expect(main.locator('.stopped')).toHaveAttribute('role', 'alert');
  expect(errors.some((message) => /unreachable/i.test(message)), errors.join('\n')).toBe(true);

  // Reload loads the page again (and here traps again, as it was asked to).
  const reloaded = page.waitForEvent('load');
  await main.getByRole('button', { name: 'Recharger' }).click();
  await reloaded;
  await expect(main).toHaveAttribute('data-state', 'error');
  expect(await cspViolations(page)).toEqual([]);
});

test('a trap after the first render keeps the content, says the interactive parts stopped, and the frame still fits', async ({ page }) => {
  const heights = [];
  await page.exposeFunction('recordHeight', (height) => heights.push(height));
  await page.addInitScript(() => {
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'news-explainer:height') window.recordHeight(event.data.height);
    });
  });
  await page.goto(`${HOST_ORIGIN}/embed.html?widget=test&q=${encodeURIComponent('crashTest=click')}`);
  const frame = page.frameLocator('#explainer');
  const main = frame.locator('main.explainer');
  await expect(main).toHaveAttribute('data-state', 'ready');
  await expect.poll(() => heights.length).toBeGreaterThan(0);
  const before = heights.at(-1);

  await frame.locator('#ceasefire-button').click();
  await expect(main).toHaveAttribute('data-state', 'stopped');
  const notice = main.locator('.stopped');
  await expect(notice.locator('p')).toHaveText('The interactive parts of this explainer stopped working. What is shown stays readable.');
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(frame.locator('.header__headline')).toContainText('Coalition of the Willing');
  await expect(main.locator('[role="status"]')).toHaveText(/The interactive parts of this explainer stopped working\./);
  await expect(main.locator('[role="alert"]')).toHaveCount(0);

  // The notice made the content taller: the new height still reaches the host, and the frame fits.
  await expect.poll(() => heights.at(-1)).toBeGreaterThan(before);
  await expect.poll(() => page.locator('#explainer').evaluate((iframe) => iframe.getBoundingClientRect().height)).toBe(heights.at(-1));
});

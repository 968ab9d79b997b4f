// No loading waterfall: the article request starts beside the wasm download (src/start/boot.js),
// not after start-up; it is still made once, and only where the widget would make it.
import { test, expect } from '@playwright/test';
import { openWidget, requestCount } from './helpers.mjs';
import { HOST_ORIGIN } from '../playwright.config.mjs';

/** Holds every wasm response back by `ms`, as a slow connection would. */
async function slowWasm(page, ms) {
  await page.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test('a same-origin article is requested while the wasm is still downloading, once', async ({ page, request }) => {
  await slowWasm(page, 1500);
  // A query of its own, so the server's count is this run's alone (retries, --repeat-each).
  const src = `/fixtures/minimal.json?waterfall-${crypto.randomUUID()}`;
  const errors = await openWidget(page, `?src=${encodeURIComponent(src)}`);
  expect(errors).toEqual([]);
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  const timing = await page.evaluate(() => {
    const entry = (part) => performance.getEntriesByType('resource').find((e) => e.name.includes(part));
    return { articleStart: entry('minimal.json').startTime, articleEnd: entry('minimal.json').responseEnd, wasmEnd: entry('.wasm').responseEnd };
  });
  expect(timing.articleEnd, JSON.stringify(timing)).toBeLessThan(timing.wasmEnd);
  expect(await requestCount(request, src)).toBe(1);
});

test('an article on another origin is not requested early: the allow-list is checked first', async ({ page, request }) => {
  const src = `${HOST_ORIGIN}/fixtures/minimal.json?not-allowed`;
  await openWidget(page, `?src=${encodeURIComponent(src)}`);
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('.explainer')).toContainText('localhost:8082');
  const onHost = await request.get(`${HOST_ORIGIN}/__requests?path=${encodeURIComponent('/fixtures/minimal.json?not-allowed')}`);
  expect((await onHost.json()).count).toBe(0);
});

test('an address that does not parse is reported as before, with no error on the page', async ({ page }) => {
  const errors = await openWidget(page, '?src=http%3A%2F%2F%5B%3A%3A1');
  expect(errors).toEqual([]);
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'error');
  await expect(page.locator('.explainer')).toContainText('http://[::1');
});

// Requests left behind are aborted: when a newer load supersedes the one in flight, and when
// the widget goes away. The first request of a same-origin `src` is the one boot.js starts beside
// the wasm download and hands to the widget, so aborting the widget's request must cancel it.
// Run on the test build (`make build-test`), whose hooks start a new load and unmount the widget.
import { test, expect } from '@playwright/test';
import { TEST_BUILD_ORIGIN } from '../playwright.config.mjs';

test('a newer load aborts the request in flight (the early one), and taking the widget away aborts the next', async ({ page, request }) => {
  const src = `/slow/20000/minimal.json?run=${test.info().repeatEachIndex}-${test.info().retry}`;
  const requests = async () => (await (await request.get(`${TEST_BUILD_ORIGIN}/__requests?path=${encodeURIComponent(src)}`)).json()).count;
  const aborted = [];
  page.on('requestfailed', (r) => {
    const url = new URL(r.url());
    if (url.pathname + url.search === src) aborted.push(r.failure()?.errorText);
  });
  await page.goto(`${TEST_BUILD_ORIGIN}/?src=${encodeURIComponent(src)}`);
  const main = page.locator('main.explainer');
  await expect(main).toHaveAttribute('data-state', 'loading');
  await expect.poll(requests, 'the early request, handed to the widget: one request').toBe(1);

  await page.evaluate(() => window.__explainerTest.reload());
  await expect.poll(() => aborted).toEqual(['net::ERR_ABORTED']);
  await expect.poll(requests, 'the newer load made its own request').toBe(2);
  await expect(main).toHaveAttribute('data-state', 'loading');

  await page.evaluate(() => window.__explainerTest.unmount());
  await expect.poll(() => aborted).toEqual(['net::ERR_ABORTED', 'net::ERR_ABORTED']);
  await expect(main).toHaveCount(0);
});

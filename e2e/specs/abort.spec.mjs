// Nothing is left behind: requests are aborted when a newer load supersedes the one in flight,
// and when the widget goes away; so is auto-height (its observer and its message listener). The first request of a same-origin `src` is the one boot.js starts beside
// the wasm download and hands to the widget, so aborting the widget's request must cancel it.
// Run on the test build (`make build-test`), whose hooks start a new load and unmount the widget.
import { test, expect } from '@playwright/test';
import { TEST_BUILD_ORIGIN, HOST_ORIGIN } from '../playwright.config.mjs';

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

test('taking the widget away stops auto-height: its observer disconnected, its listener removed', async ({ page }) => {
  await page.addInitScript(() => {
    // In every frame: heights received (the host page), and what the widget's frame stops.
    window.heights = [];
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string' && event.data.startsWith('pymxPYMxc1xPYMxheightxPYMx')) window.heights.push(event.data);
    });
    window.stopped = { observers: 0, messageListeners: 0 };
    const disconnect = ResizeObserver.prototype.disconnect;
    ResizeObserver.prototype.disconnect = function () {
      window.stopped.observers += 1;
      return disconnect.call(this);
    };
    const remove = window.removeEventListener;
    window.removeEventListener = function (type, ...rest) {
      if (type === 'message') window.stopped.messageListeners += 1;
      return remove.call(this, type, ...rest);
    };
  });
  await page.goto(`${HOST_ORIGIN}/embed.html?mode=plain&widget=test&q=childId%3Dc1`);
  const widget = page.frameLocator('#explainer');
  await expect(widget.locator('main[data-state="ready"]')).toBeVisible();
  const heights = () => page.evaluate(() => window.heights.length);
  const askWidth = () => page.evaluate(() => document.getElementById('explainer').contentWindow.postMessage('pymxPYMxc1xPYMxwidthxPYMx640', '*'));
  // Running: a width message from the parent is answered.
  await expect.poll(heights).toBeGreaterThan(0);
  const before = await heights();
  await askWidth();
  await expect.poll(heights).toBe(before + 1);

  const frame = page.frames().find((f) => f.url().startsWith(`${TEST_BUILD_ORIGIN}/?childId=c1`));
  expect(await frame.evaluate(() => window.stopped)).toEqual({ observers: 0, messageListeners: 0 });
  await frame.evaluate(() => window.__explainerTest.unmount());
  await expect(widget.locator('main')).toHaveCount(0);
  // The observer hears its element leave the page, and stops both.
  await expect.poll(() => frame.evaluate(() => window.stopped)).toEqual({ observers: 1, messageListeners: 1 });
  const after = await heights();
  await askWidth();
  await page.waitForTimeout(300);
  expect(await heights(), 'a height posted after the widget was taken away').toBe(after);
});

// Incoming messages: the widget acts only on its parent window from the parent's origin, and
// embed.js only on an explainer frame's own window from that frame's origin. Forged messages come
// from real frames: a sibling on the widget's origin, a third origin, and the host's own origin
// in a window that is not the parent. Each forger then sends a sentinel after its forgery, so
// the test knows the forgery has been handled (messages from one window arrive in order).
import { test, expect } from '@playwright/test';
import { TEST_BUILD_ORIGIN, HOST_ORIGIN } from '../playwright.config.mjs';

const WIDGET_ORIGIN = 'http://127.0.0.1:8081';
const FORGERS = {
  'a sibling frame on the widget\'s origin': `${WIDGET_ORIGIN}/fixtures/minimal.json`,
  'a frame of a third origin': `${TEST_BUILD_ORIGIN}/fixtures/minimal.json`,
  'a window of the host\'s own origin that is not the parent': `${HOST_ORIGIN}/article.css`,
};

/** Opens the host page (the widget is its first frame) and adds the forging frames beside it. */
async function openWithForgers(page, mode, query) {
  await page.goto(`${HOST_ORIGIN}/embed.html?mode=${mode}&q=${encodeURIComponent(query)}`);
  await expect(page.frameLocator('#explainer').locator('.explainer[data-state="ready"]')).toBeVisible();
  await page.evaluate((urls) => Promise.all(urls.map((url) => new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.onload = resolve;
    document.body.append(frame);
  }))), Object.values(FORGERS));
  return Object.fromEntries(Object.entries(FORGERS).map(([name, url]) => [name, page.frames().find((f) => f.url() === url)]));
}

/** Pym height answers the host page has received so far. */
const pymAnswers = (page) => page.evaluate(() => window.pymAnswers.length);

test('the widget answers the parent\'s Pym width message, and ignores forged ones from any other window', async ({ page }) => {
  await page.addInitScript(() => {
    window.pymAnswers = [];
    window.addEventListener('message', (event) => {
      if (typeof event.data === 'string' && event.data.startsWith('pymxPYMxc1xPYMxheightxPYMx')) window.pymAnswers.push(event.data);
    });
  });
  const forgers = await openWithForgers(page, 'plain', 'childId=c1');
  const widget = page.frames().find((f) => f.url().startsWith(`${WIDGET_ORIGIN}/?childId=c1`));
  await widget.evaluate(() => {
    window.sentinels = [];
    window.addEventListener('message', (event) => { if (event.data === 'sentinel') window.sentinels.push(event.origin); });
  });
  // The frame's own heights are settled (nothing changes size from here on).
  await expect.poll(() => pymAnswers(page)).toBeGreaterThan(0);
  const settled = await pymAnswers(page);

  // A width message from the parent is answered with the height, though the height is unchanged.
  await page.evaluate(() => document.getElementById('explainer').contentWindow.postMessage('pymxPYMxc1xPYMxwidthxPYMx640', '*'));
  await expect.poll(() => pymAnswers(page)).toBe(settled + 1);

  for (const [name, forger] of Object.entries(forgers)) {
    expect(forger, name).toBeTruthy();
    await forger.evaluate(() => {
      const widgetWindow = window.parent.frames[0];
      widgetWindow.postMessage('pymxPYMxc1xPYMxwidthxPYMx500', '*');
      widgetWindow.postMessage('sentinel', '*');
    });
  }
  await expect.poll(() => widget.evaluate(() => window.sentinels.length)).toBe(Object.keys(forgers).length);
  // One more genuine request: its answer comes after any answer to a forgery would have.
  await page.evaluate(() => document.getElementById('explainer').contentWindow.postMessage('pymxPYMxc1xPYMxwidthxPYMx640', '*'));
  await expect.poll(() => pymAnswers(page)).toBeGreaterThanOrEqual(settled + 2);
  expect(await pymAnswers(page), 'no forged width message was answered').toBe(settled + 2);
});

test('embed.js sizes a frame only from that frame\'s window and origin', async ({ page }) => {
  await page.addInitScript(() => {
    window.sentinels = 0;
    window.heightsSet = [];
    window.addEventListener('message', (event) => { if (event.data === 'sentinel') window.sentinels += 1; });
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver(() => window.heightsSet.push(document.getElementById('explainer').style.height))
        .observe(document.getElementById('explainer'), { attributes: true, attributeFilter: ['style'] });
    });
  });
  const forgers = await openWithForgers(page, 'script', '');
  await expect.poll(() => page.evaluate(() => window.heightsSet.length)).toBeGreaterThan(0);
  for (const [name, forger] of Object.entries(forgers)) {
    expect(forger, name).toBeTruthy();
    await forger.evaluate(() => {
      window.parent.postMessage({ type: 'news-explainer:height', height: 123 }, '*');
      window.parent.postMessage('sentinel', '*');
    });
  }
  // The widget's own frame, navigated to another origin: the right window, the wrong origin.
  const widget = page.frames().find((f) => f.url().startsWith(`${WIDGET_ORIGIN}/`));
  await widget.goto(`${TEST_BUILD_ORIGIN}/fixtures/minimal.json`);
  await widget.evaluate(() => {
    window.parent.postMessage({ type: 'news-explainer:height', height: 123 }, '*');
    window.parent.postMessage('sentinel', '*');
  });
  await expect.poll(() => page.evaluate(() => window.sentinels)).toBe(Object.keys(forgers).length + 1);
  const heights = await page.evaluate(() => window.heightsSet);
  expect(heights.length, 'the genuine heights were applied').toBeGreaterThan(0);
  expect(heights, 'no forged height was applied').not.toContain('123px');
});

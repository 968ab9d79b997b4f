// Embedding: auto-height in the protocols hosts speak, on a host page of another origin.
import { test, expect } from '@playwright/test';
import { HOST_ORIGIN } from '../playwright.config.mjs';

const WIDGET_ORIGIN = 'http://127.0.0.1:8081';

/** Opens a host page and returns the widget's frame once it is ready. */
async function openHost(page, name, q = '', hash = '') {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (hash) params.set('hash', hash);
  const url = name === 'pym' ? `${HOST_ORIGIN}/pym.html?${params}` : `${HOST_ORIGIN}/embed.html?mode=${name}&${params}`;
  await page.goto(url);
  const frame = page.frameLocator(name === 'pym' ? '#explainer iframe' : '#explainer');
  await expect(frame.locator('.explainer[data-state="ready"]')).toBeVisible();
  return frame;
}

/** Heights of the iframe element and of the content inside it, and whether the frame scrolls. */
async function measure(page, frameSelector) {
  const iframe = page.locator(frameSelector);
  const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.querySelector('.explainer').getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  return { frameHeight, ...inner };
}

/** Waits until the frame is exactly as tall as its content (±2 px) with no inner scrollbar. */
async function expectSized(page, frameSelector = '#explainer') {
  await expect
    .poll(async () => {
      const m = await measure(page, frameSelector);
      return Math.abs(m.frameHeight - m.content) <= 2 && !m.scrolls ? 'sized' : JSON.stringify(m);
    })
    .toBe('sized');
  return measure(page, frameSelector);
}

test('our host script sizes the frame through load, expand, collapse, Show all and Hide all', async ({ page }) => {
  const frame = await openHost(page, 'script');
  const initial = await expectSized(page);
  expect(initial.frameHeight).toBeGreaterThan(300);

  await frame.locator('#ceasefire-button').click();
  const expanded = await expectSized(page);
  expect(expanded.frameHeight).toBeGreaterThan(initial.frameHeight + 200);

  await frame.locator('#ceasefire-button').click();
  const collapsed = await expectSized(page);
  expect(Math.abs(collapsed.frameHeight - initial.frameHeight)).toBeLessThanOrEqual(2);

  await frame.locator('.accordion__toggle-all').click();
  const all = await expectSized(page);
  expect(all.frameHeight).toBeGreaterThan(expanded.frameHeight);

  await frame.locator('.accordion__toggle-all').click();
  const none = await expectSized(page);
  expect(Math.abs(none.frameHeight - initial.frameHeight)).toBeLessThanOrEqual(2);
  await expect(page.locator('#explainer')).toHaveAttribute('loading', 'lazy');
});

test('a frame hidden with display:none and shown later at another width is resized', async ({ page }) => {
  await openHost(page, 'script');
  await expectSized(page);
  await page.locator('#explainer').evaluate((el) => { el.style.display = 'none'; });
  await page.setViewportSize({ width: 360, height: 700 });
  await page.locator('#explainer').evaluate((el) => { el.style.display = 'block'; });
  const shown = await expectSized(page);
  expect(shown.frameHeight).toBeGreaterThan(1000); // narrow: taller
});

test('the real Pym.js parent library sizes the frame with no code of ours on the host', async ({ page }) => {
  const frame = await openHost(page, 'pym');
  await expect(page.locator('#explainer iframe')).toHaveAttribute('src', /childId=explainer/);
  const initial = await expectSized(page, '#explainer iframe');
  await frame.locator('#peacekeeping-button').click();
  const expanded = await expectSized(page, '#explainer iframe');
  expect(expanded.frameHeight).toBeGreaterThan(initial.frameHeight);
  await frame.locator('#peacekeeping-button').click();
  const collapsed = await expectSized(page, '#explainer iframe');
  expect(Math.abs(collapsed.frameHeight - initial.frameHeight)).toBeLessThanOrEqual(2);
  // Narrower, and taller: the frame follows (Pym's own width message is tested in messages.spec.mjs).
  await page.setViewportSize({ width: 400, height: 800 });
  const narrow = await expectSized(page, '#explainer iframe');
  expect(narrow.frameHeight).toBeGreaterThan(collapsed.frameHeight);
});

test('the widget works in a sandbox="allow-scripts" iframe (opaque origin), fetched article included', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const frame = await openHost(page, 'sandboxed', 'src=' + encodeURIComponent(`${WIDGET_ORIGIN}/fixtures/minimal.json`));
  await expect(frame.locator('.header__headline')).toHaveText('A minimal article from a newer minor version');
  await expectSized(page);
  await frame.getByRole('button', { name: 'What next' }).click();
  await expectSized(page);
  expect(errors).toEqual([]);
});

test('an iframe with no host script still shows the explainer at its default height', async ({ page }) => {
  const frame = await openHost(page, 'plain');
  await expect(frame.locator('.header__headline')).toBeVisible();
  await expect(page.locator('#explainer')).toHaveCSS('height', '800px');
});

test('heights are posted in every protocol, carrying only sizes and ids', async ({ page }) => {
  await page.addInitScript(() => {
    window.received = [];
    window.addEventListener('message', (event) => window.received.push({ origin: event.origin, data: event.data }));
  });
  await openHost(page, 'plain', 'childId=story-1', '#?secret=Ab12Cd34');
  await expect.poll(() => page.evaluate(() => window.received.length)).toBeGreaterThanOrEqual(5);
  const received = await page.evaluate(() => window.received);
  expect(new Set(received.map((m) => m.origin))).toEqual(new Set([WIDGET_ORIGIN]));
  const datas = received.map((m) => m.data);
  const ours = datas.find((d) => d && d.type === 'news-explainer:height');
  expect(Object.keys(ours).sort()).toEqual(['height', 'type']);
  const height = ours.height;
  expect(height).toBeGreaterThan(300);
  expect(datas).toContainEqual({ sentinel: 'amp', type: 'embed-size', height });
  expect(datas).toContainEqual(`pymxPYMxstory-1xPYMxheightxPYMx${height}`);
  expect(datas).toContainEqual({ message: 'height', value: height, secret: 'Ab12Cd34' });
  const embedly = datas.filter((d) => typeof d === 'string' && d.startsWith('{')).map((d) => JSON.parse(d));
  expect(embedly).toContainEqual({ src: `${WIDGET_ORIGIN}/?childId=story-1`, context: 'iframe.resize', height });
  expect(JSON.stringify(datas), 'the WordPress secret never leaks into the Embedly src').not.toContain('secret=');
});

test('links open in a new tab with rel="noopener noreferrer"', async ({ page }) => {
  await page.goto('/?src=/fixtures/minimal.json');
  const link = page.locator('.header__source');
  await expect(link).toHaveAttribute('href', 'https://example.org/news/minimal');
  const links = await page.locator('a[href^="http"]').all();
  expect(links.length, 'the source link, at least').toBeGreaterThan(0);
  for (const a of links) {
    await expect(a).toHaveAttribute('target', '_blank');
    await expect(a).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

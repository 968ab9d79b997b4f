// The hub `make build` publishes beside the widget (dist/hub.html, as dist/index.html is the
// widget itself): every explainer with its language, last change and ceasefire, and the feeds of
// every change; a plain page, read without JavaScript.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axe } from './helpers.mjs';

const PARIS = JSON.parse(readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8'));

test('the hub lists every published explainer and passes axe', async ({ page }) => {
  await page.goto('/hub.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Explainers' })).toBeVisible();
  const paris = page.getByRole('link', { name: PARIS.headline });
  await expect(paris).toHaveAttribute('href', `${PARIS.id}/`);
  const item = page.locator('li', { has: paris });
  // The headline in its article's language, the rest in the hub's.
  await expect(item.getByRole('heading')).toHaveAttribute('lang', PARIS.inLanguage);
  await expect(item).not.toHaveAttribute('lang', /.*/);
  await expect(item).toContainText(/English · Last changed \w+ \d+, \d{4}/);
  const agreement = PARIS.sections.find((s) => s.type === 'ceasefireStatus').agreements[0];
  await expect(item).toContainText(`${agreement.name}: Agreed, Mutual accusations`);
  expect(await axe(page, { embeddedHeadings: false })).toEqual([]);
  // Its feeds are served and parse.
  for (const path of ['/feed.json', `/${PARIS.id}/feed.json`]) {
    const feed = await (await page.request.get(path)).json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.length).toBeGreaterThan(0);
  }
  const atom = await (await page.request.get(`/${PARIS.id}/feed.atom`)).text();
  expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  // The article's page names its feeds.
  await page.goto(`/${PARIS.id}/`);
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', 'feed.json');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', 'feed.atom');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the hub reads the same', async ({ page }) => {
    await page.goto('/hub.html');
    await expect(page.getByRole('link', { name: PARIS.headline })).toBeVisible();
    await expect(page.getByRole('link', { name: 'JSON Feed' })).toHaveAttribute('href', 'feed.json');
    await expect(page.getByRole('link', { name: 'Atom' })).toHaveAttribute('href', 'feed.atom');
  });
});

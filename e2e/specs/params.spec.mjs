// Every URL parameter a host sets, valid and invalid: invalid ones are ignored with a console warning.
import { test, expect } from '@playwright/test';

/** Opens the widget with `query`; returns the console warnings it printed. */
async function open(page, query) {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('news explainer')) warnings.push(m.text()); });
  await page.goto(`/${query}`);
  await expect(page.locator('.explainer[data-state="ready"]')).toBeVisible();
  return warnings;
}

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const openIds = (page) => page.locator('.accordion__button[aria-expanded="true"]').evaluateAll((b) => b.map((x) => x.id.replace(/-button$/, '')));

/** WCAG contrast of two `rgb(r, g, b)` strings. */
function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, b2] = rgb.match(/\d+/g).map(Number).map((c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('theme=light is the default; theme=dark switches the palette', async ({ page }) => {
  expect(await open(page, '')).toEqual([]);
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  expect(await open(page, '?theme=dark')).toEqual([]);
  expect(await background(page)).toBe('rgb(18, 20, 23)');
});

test('theme=auto follows prefers-color-scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '?theme=auto');
  expect(await background(page)).toBe('rgb(18, 20, 23)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('an invalid theme is ignored with a warning', async ({ page }) => {
  const warnings = await open(page, '?theme=neon');
  expect(warnings).toEqual(['news explainer: ignoring theme="neon"; expected light, dark or auto']);
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('accent colours are applied and kept readable in both themes', async ({ page }) => {
  await open(page, '?accent=c2185b');
  const toggle = page.locator('.accordion__toggle-all');
  expect(await toggle.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(194, 24, 91)');
  // Yellow on white is unreadable: it is darkened until it reaches 4.5:1.
  await open(page, '?accent=%23ffff00');
  let color = await toggle.evaluate((el) => getComputedStyle(el).color);
  expect(color).not.toBe('rgb(255, 255, 0)');
  expect(contrast(color, await background(page))).toBeGreaterThanOrEqual(4.5);
  // Navy on the dark theme is lightened.
  await open(page, '?accent=000080&theme=dark');
  color = await toggle.evaluate((el) => getComputedStyle(el).color);
  expect(contrast(color, await background(page))).toBeGreaterThanOrEqual(4.5);
});

test('an invalid accent is ignored with a warning', async ({ page }) => {
  const warnings = await open(page, '?accent=url(javascript:alert(1))');
  expect(warnings).toEqual(['news explainer: ignoring accent="url(javascript:alert(1))"; expected a hex colour such as 0b5cad or #0b5cad']);
  const color = await page.locator('.accordion__toggle-all').evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(11, 92, 173)');
});

test('open=<ids>, all and none set which sections start open; unknown ids are ignored', async ({ page }) => {
  await open(page, '?open=ceasefire,timeline');
  expect(await openIds(page)).toEqual(['ceasefire', 'timeline']);
  await open(page, '?open=all');
  expect((await openIds(page)).length).toBe(6);
  await open(page, '?open=none');
  expect(await openIds(page)).toEqual([]);
  expect(await open(page, '?open=no-such-section')).toEqual([]);
  expect(await openIds(page)).toEqual([]);
});

test('transparent=1 drops the background; an invalid value is ignored', async ({ page }) => {
  await open(page, '?transparent=1');
  expect(await background(page)).toBe('rgba(0, 0, 0, 0)');
  const warnings = await open(page, '?transparent=maybe');
  expect(warnings).toEqual(['news explainer: ignoring transparent="maybe"; expected 1 or 0']);
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('lang is taken as a BCP 47 tag; an invalid tag is ignored', async ({ page }) => {
  expect(await open(page, '?lang=en-GB')).toEqual([]);
  await expect(page.locator('.explainer')).toHaveAttribute('lang', 'en');
  const warnings = await open(page, '?lang=<script>');
  expect(warnings).toEqual(['news explainer: ignoring lang="<script>"; expected a BCP 47 language tag such as en, fr or uk']);
});

test('headingLevel sets the top heading level; out of range is ignored', async ({ page }) => {
  await open(page, '?headingLevel=4');
  await expect(page.locator('h4.header__headline')).toHaveCount(1);
  await expect(page.locator('h5.accordion__heading')).toHaveCount(6);
  const warnings = await open(page, '?headingLevel=9');
  expect(warnings).toEqual(['news explainer: ignoring headingLevel="9"; expected a number from 1 to 6']);
  await expect(page.locator('h2.header__headline')).toHaveCount(1);
});

test('unknown parameters are ignored silently', async ({ page }) => {
  expect(await open(page, '?initialWidth=700&parentTitle=x&parentUrl=http%3A%2F%2Fa')).toEqual([]);
});

// The release build runs unchanged under the strict Content-Security-Policy, with no violation.
import { test, expect } from '@playwright/test';
import { cspViolations, recordCspViolations } from './helpers.mjs';

const STRICT = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors *";

test.beforeEach(({ page }) => recordCspViolations(page));

test('the widget is served with the strict CSP and reports no violation while used', async ({ page }) => {
  const response = await page.goto('/?theme=dark&accent=c2185b&src=%2Ffixtures%2Fminimal.json');
  expect(response.headers()['content-security-policy']).toBe(STRICT);
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  expect(await cspViolations(page), 'the first page').toEqual([]);
  await page.goto('/?accent=c2185b&open=all#ceasefire');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  await page.locator('.evidence__toggle').first().click();
  await expect(page.locator('.evidence__quote').first()).toBeVisible();
  await page.locator('.accordion__toggle-all').click();
  await expect(page.locator('.accordion__button[aria-expanded="true"]')).toHaveCount(0);
  expect(await cspViolations(page), 'the second page, after use').toEqual([]);
});

test('the page loads no inline script: one module, the glue with boot.js in it, checked by its hash', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  await expect(page.locator('script')).toHaveCount(1);
  await expect(page.locator('script[type="module"]')).toHaveAttribute('integrity', /^sha384-/);
});

test('the embed-code page works under the CSP too', async ({ page }) => {
  await page.goto('/embed-code/');
  await page.selectOption('#theme', 'dark');
  await page.fill('#open', 'ceasefire');
  await expect(page.locator('#code')).toHaveValue(/src="http:\/\/127\.0\.0\.1:8081\/\?theme=dark&amp;open=ceasefire"/);
  // The frame navigates twice (the theme, then the open section): the second page is the one to
  // check, and on a loaded machine it may take longer than an assertion's usual 5 s to start.
  await expect(page.locator('#preview')).toHaveAttribute('src', /theme=dark&open=ceasefire$/);
  await expect(page.frameLocator('#preview').locator('.explainer[data-state="ready"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.frameLocator('#preview').locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true', { timeout: 15_000 });
  expect(await cspViolations(page)).toEqual([]);
});

test('the embed code names its frame after the previewed article once it is shown', async ({ page }) => {
  await page.goto('/embed-code/');
  await expect(page.locator('#code')).toHaveValue(/title="Explainer: Paris summit: Europe’s “Coalition of the Willing” weighs troops for Ukraine"/);
  await page.fill('#src', '/fixtures/minimal.json');
  await expect(page.locator('#code')).toHaveValue(/title="Explainer: A minimal article from a newer minor version"/);
  // An address that fails names no article: the title falls back rather than keep the old one.
  await page.fill('#src', '/status/404');
  await expect(page.frameLocator('#preview').locator('.explainer[data-state="error"]')).toBeVisible();
  await expect(page.locator('#code')).toHaveValue(/title="Explainer" /);
});

// The embed-code page's preview follows the form without starting the widget once per change:
// a burst of changes (an address typed, two choices made) reloads the preview once, at its end.
import { test, expect } from '@playwright/test';

test('a burst of changes to the form reloads the preview once, with all of them', async ({ page }) => {
  await page.goto('/embed-code/');
  const preview = page.frameLocator('#preview');
  await expect(preview.locator('main.explainer')).toHaveAttribute('data-state', 'ready');
  const loads = [];
  page.on('framenavigated', (frame) => frame !== page.mainFrame() && loads.push(frame.url()));
  await page.fill('#src', '/fixtures/key-facts.json');
  await page.selectOption('#refresh', '60');
  await page.selectOption('#theme', 'dark');
  await expect(preview.locator('.live')).toBeVisible();
  await expect(preview.locator('main.explainer')).toHaveAttribute('data-state', 'ready');
  expect(loads).toHaveLength(1);
  const shown = new URL(loads[0]).searchParams;
  expect([shown.get('src'), shown.get('refresh'), shown.get('theme')]).toEqual(['/fixtures/key-facts.json', '60', 'dark']);
});

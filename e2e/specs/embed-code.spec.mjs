// The embed-code page's preview follows the form without starting the widget once per change:
// a burst of changes (an address typed, two choices made) reloads the preview once, at its end.
import { test, expect } from '@playwright/test';

test('a burst of changes to the form reloads the preview once, with all of them', async ({ page }) => {
  await page.goto('/embed-code/');
  const preview = page.frameLocator('#preview');
  await expect(preview.locator('main.explainer')).toHaveAttribute('data-state', 'ready');
  const loads = [];
  page.on('framenavigated', (frame) => frame !== page.mainFrame() && loads.push(frame.url()));
  // The three changes 100 ms apart, timed in the page: three separate Playwright actions can be
  // more than the page's pause apart on a busy machine (a CI run saw two loads).
  await page.evaluate(async () => {
    for (const [id, value] of [['src', '/fixtures/key-facts.json'], ['refresh', '60'], ['theme', 'dark']]) {
      const field = /** @type {HTMLInputElement | HTMLSelectElement} */ (document.getElementById(id));
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  await expect(preview.locator('.live')).toBeVisible();
  await expect(preview.locator('main.explainer')).toHaveAttribute('data-state', 'ready');
  expect(loads).toHaveLength(1);
  const shown = new URL(loads[0]).searchParams;
  expect([shown.get('src'), shown.get('refresh'), shown.get('theme')]).toEqual(['/fixtures/key-facts.json', '60', 'dark']);
});

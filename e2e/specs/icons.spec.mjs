// Every page a reader or an editor opens at the top level names an icon that is served, so no
// browser asks for /favicon.ico and logs a 404 (the editor, the embed-code page, the root page,
// a published page).
import { test, expect } from '@playwright/test';

for (const path of ['/', '/editor/', '/embed-code/', '/paris-summit-2025/']) {
  test(`${path} names its icon, served as SVG, and logs no failed request`, async ({ page, request }) => {
    const failed = [];
    page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
    await page.goto(path);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toBeTruthy();
    const icon = await request.get(new URL(href ?? '', page.url()).href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
    // Browsers ask for the icon after the page has loaded: wait for the network to settle.
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
  });
}

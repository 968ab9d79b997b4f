// Shared helpers for the end-to-end specs.
import { expect } from '@playwright/test';

/** Opens the widget with the given query string and waits until it is ready or failed. */
export async function openWidget(page, query = '', hash = '') {
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`/${query}${hash}`);
  await expect(page.locator('.explainer[data-state="ready"], .explainer[data-state="error"]')).toBeVisible();
  return errors;
}

/** How many requests the loopback server has received for `path`. */
export async function requestCount(request, path) {
  const response = await request.get(`/__requests?path=${encodeURIComponent(path)}`);
  return (await response.json()).count;
}

/** Collects every Content-Security-Policy violation of the page in `window.__csp`. */
export async function recordCspViolations(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

// Failures show their specific message and a Retry that really requests again.
import { test, expect } from '@playwright/test';
import { openWidget, requestCount } from './helpers.mjs';

// Each case's address gets a query of its own per run (`run=`), so that the server's request
// counts are this run's alone, under retries and --repeat-each too.
const CASES = [
  {
    name: 'a 404 src',
    src: '/status/404?from=errors-spec',
    message: (url) => `The server answered 404 Not Found for http://127.0.0.1:8081${url}.`,
  },
  {
    name: 'a malformed JSON src',
    src: '/fixtures/malformed.json?from=errors-spec',
    message: () => 'The article is not valid JSON: EOF while parsing a string at line 4, column 33.',
  },
  {
    name: 'an invalid-schema src',
    src: '/fixtures/invalid-schema.json?from=errors-spec',
    message: () => 'The article breaks a rule of the format at sections[1].id: duplicate id "next" (first used at sections[0].id).',
  },
];

for (const { name, src: base, message: messageFor } of CASES) {
  test(`${name} shows its specific error and a working Retry`, async ({ page, request }) => {
    const src = `${base}&run=${crypto.randomUUID()}`;
    const message = messageFor(src);
    const errors = await openWidget(page, `?src=${encodeURIComponent(src)}`);
    await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'error');
    const panel = page.locator('.error-panel');
    await expect(panel.locator('.error-panel__message')).toHaveText(message);
    const before = await requestCount(request, src);
    expect(before).toBe(1);
    await panel.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => requestCount(request, src)).toBe(2);
    await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'error');
    await expect(page.locator('.error-panel__message')).toHaveText(message);
    expect(errors).toEqual([]);
  });
}

test('Retry recovers when the server comes back', async ({ page }) => {
  const src = `/flaky/minimal.json?run=${Date.now()}`;
  await openWidget(page, `?src=${encodeURIComponent(src)}`);
  await expect(page.locator('.error-panel__message')).toContainText('The server answered 503 Service Unavailable');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.header__headline')).toHaveText('A minimal article from a newer minor version');
});

test('a network failure names the address and offers Retry', async ({ page }) => {
  await openWidget(page, `?src=${encodeURIComponent('/hangup')}`);
  await expect(page.locator('.error-panel__message')).toContainText('The article at http://127.0.0.1:8081/hangup could not be reached');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

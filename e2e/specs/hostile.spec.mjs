// Hostile and broken input, end to end: each shows its exact message, runs no script, leaves no
// non-http(s) link in the DOM, keeps the page responsive, and reports no CSP violation.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cspViolations, recordCspViolations } from './helpers.mjs';

const BASE = 'http://127.0.0.1:8081';
const ARTICLE = JSON.parse(readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8'));
const edit = (change) => { const copy = structuredClone(ARTICLE); change(copy); return JSON.stringify(copy); };
const XSS_SCRIPT = '<script>window.__xss = 1</script>';
const XSS_IMG = '<img src=x onerror="window.__xss = 1">';
const withEveryText = (payload) => {
  const visit = (value, key) => {
    if (typeof value === 'string') {
      const structural = ['schemaVersion', 'id', 'type', 'creator', 'claimant', 'accused', 'organizer', 'status', 'inLanguage', 'url'];
      if (structural.includes(key) || /date|asOf/i.test(key ?? '') || /^[a-z0-9-]+$/.test(value) && key === undefined) return value;
      return `${value} ${payload}`;
    }
    if (Array.isArray(value)) return value.map((v) => visit(v, key === 'actors' || key === 'quotes' && typeof v === 'string' ? 'id' : undefined));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  return JSON.stringify(visit(ARTICLE));
};

/** Documents served from the loopback server: [name, body, content-type, expected message or 'ready']. */
const DOCUMENTS = [
  ['empty body', '', 'application/json', 'The article is empty: no JSON was received.'],
  ['HTML error page', '<!doctype html><h1>502 Bad Gateway</h1>', 'text/html; charset=utf-8', `The server sent text/html instead of an article for ${BASE}/generated/html-error-page.`],
  ['HTML labelled as JSON', '<html><body>Oops</body></html>', 'application/json', 'The article is not valid JSON: expected value at line 1, column 1.'],
  ['truncated JSON', '{"schemaVersion": "1.0", "headline": "Par', 'application/json', 'The article is not valid JSON: EOF while parsing a string at line 1, column 41.'],
  ['top-level array', '[1, 2]', 'application/json', 'The article does not match the format at .: expected an article object, found an array (line 1, column 1).'],
  ['top-level string', '"an article"', 'application/json', 'The article does not match the format at .: expected an article object, found a string (line 1, column 1).'],
  ['top-level null', 'null', 'application/json', 'The article does not match the format at .: expected an article object, found null (line 1, column 1).'],
  ['headline is a number', '{"schemaVersion":"1.0","id":"a","headline":42}', 'application/json', 'The article does not match the format at headline: invalid type: integer `42`, expected a string (line 1, column 44).'],
  ['sections is an object', '{"schemaVersion":"1.0","id":"a","headline":"h","datePublished":"2025-01-01","sections":{}}', 'application/json', 'The article does not match the format at sections: invalid type: map, expected a sequence (line 1, column 88).'],
  ['missing required fields', '{"schemaVersion":"1.0","id":"a"}', 'application/json', 'The article does not match the format at .: missing field `headline` (line 1, column 1).'],
  ['unknown major version', edit((a) => { a.schemaVersion = '2.1'; }), 'application/json', 'This article uses format version 2.1, which this widget cannot read: it reads version 1.x. Update the widget or convert the article.'],
  ['duplicate ids', edit((a) => { a.sections[1].id = 'summit-goals'; }), 'application/json', 'The article breaks a rule of the format at sections[1].id: duplicate id "summit-goals" (first used at sections[0].id).'],
  ['dangling reference', edit((a) => { a.quotes[1].creator = 'nobody'; }), 'application/json', 'The article breaks a rule of the format at quotes[1].creator: "nobody" is not the id of any entry in actors.'],
  ['unknown status value', edit((a) => { a.sections[2].agreements[0].compliance.status = 'fine'; }), 'application/json', /^The article does not match the format at sections\[2\]\.agreements\[0\]\.compliance\.status: unknown variant `fine`, expected one of/],
  ['deeply nested arrays', `{"schemaVersion":"1.0","id":"a","headline":"h","datePublished":"2025-01-01","sections":${'['.repeat(50000)}${']'.repeat(50000)}}`, 'application/json', 'The article does not match the format at sections[0]: invalid type: sequence, expected a section object (line 1, column 89).'],
  ['a 100,000-character string', edit((a) => { a.description = 'x'.repeat(100000); }), 'application/json', 'The article breaks a rule of the format at description: is 100000 characters long; at most 10000 are allowed.'],
  ['10,000 sections', edit((a) => { a.sections = Array.from({ length: 10000 }, (_, i) => ({ type: 'note', id: `s${i}`, title: `Section ${i}` })); }), 'application/json', 'The article breaks a rule of the format at sections: has 10000 sections; at most 500 are allowed, so split the explainer.'],
  ['javascript: link', edit((a) => { a.url = 'javascript:window.__xss=1'; }), 'application/json', 'The article breaks a rule of the format at url: link "javascript:window.__xss=1" must be an absolute http:// or https:// address.'],
  ['data: link', edit((a) => { a.sections[5].citations[0].url = 'data:text/html,<script>window.__xss=1</script>'; }), 'application/json', 'The article breaks a rule of the format at sections[5].citations[0].url: link "data:text/html,<script>window.__xss=1</script>" must be an absolute http:// or https:// address.'],
  ['right-to-left override', edit((a) => { a.headline = 'Safe \u202Egnp.exe'; }), 'application/json', 'The article breaks a rule of the format at headline: contains the invisible control character U+202E, which can disguise text; remove it.'],
  ['invalid date', edit((a) => { a.datePublished = '2025-13-45'; }), 'application/json', 'The article breaks a rule of the format at datePublished: "2025-13-45" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z.'],
  ['ambiguous date', edit((a) => { a.sections[3].events[0].date = 'March 26'; }), 'application/json', 'The article breaks a rule of the format at sections[3].events[0].date: "March 26" is not an ISO 8601 date such as 2025-03-27 or 2025-03-27T09:30:00Z.'],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'application/json', `The article at ${BASE}/generated/invalid-utf-8 is not UTF-8 text.`],
  ['<script> in every text field', withEveryText(XSS_SCRIPT), 'application/json', 'ready'],
  ['<img onerror> in every text field', withEveryText(XSS_IMG), 'application/json', 'ready'],
  ['valid JSON labelled text/plain', JSON.stringify(ARTICLE), 'text/plain', 'ready'],
  ['a byte-order mark', '\uFEFF' + JSON.stringify(ARTICLE), 'application/json', 'ready'],
];

/** Addresses given as `src` directly: [name, src, expected message]. */
const ADDRESSES = [
  ['a javascript: src', 'javascript:window.__xss=1', 'The article address "javascript:window.__xss=1" is not an http or https address.'],
  ['a data: src', 'data:application/json,{}', 'The article address "data:application/json,{}" is not an http or https address.'],
  ['a src on another origin', 'https://evil.example/article.json', 'This widget may not load articles from https://evil.example. Ask the publisher to add it to the widget\'s allowed origins.'],
  ['an HTTP 500', '/status/500', `The server answered 500 Internal Server Error for ${BASE}/status/500.`],
  ['a dropped connection', '/hangup', /^The article at http:\/\/127\.0\.0\.1:8081\/hangup could not be reached \(.+\)\. Check the connection and try again\.$/],
];

const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

test.beforeEach(({ page }) => recordCspViolations(page));

/**
 * The checks every hostile case shares. `afterRetry` is what Retry leads to: the same error
 * again, or (for an address that answers too slowly) loading again.
 */
async function expectSafe(page, expected, { afterRetry = 'error' } = {}) {
  await expect(page.locator('.explainer[data-state="ready"], .explainer[data-state="error"]')).toBeVisible();
  if (expected === 'ready') {
    await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  } else {
    await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'error');
    await expect(page.locator('.error-panel__message')).toHaveText(expected);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  }
  expect(await page.evaluate(() => window.__xss), 'no script from the content ran').toBeUndefined();
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  if (expected === 'ready') {
    expect(hrefs.length, 'the article\'s links are there to check').toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|#)/);
  } else {
    expect(hrefs, 'an error shows no link').toEqual([]);
  }
  // Still responsive: the main control does what it says.
  if (expected === 'ready') {
    await page.locator('.accordion__toggle-all').click();
    await expect(page.locator('.accordion__button[aria-expanded="false"]')).toHaveCount(0);
  } else {
    const retry = await page.locator('.error-panel__retry').elementHandle();
    await retry.click();
    // Retry renders the outcome afresh: the old panel goes, and the same error comes back.
    await expect.poll(() => retry.evaluate((button) => button.isConnected)).toBe(false);
    if (afterRetry === 'loading') await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'loading');
    else await expect(page.locator('.error-panel__message')).toHaveText(expected);
  }
  expect(await cspViolations(page)).toEqual([]);
}

for (const [name, body, type, expected] of DOCUMENTS) {
  test(`document: ${name}`, async ({ page, request }) => {
    const id = slug(name);
    const put = await request.put(`/__put/${id}?type=${encodeURIComponent(type)}`, { data: body });
    expect(put.status()).toBe(204);
    await page.goto(`/?src=${encodeURIComponent(`/generated/${id}`)}`);
    await expectSafe(page, expected);
    if (expected === 'ready' && name.includes('every text field')) {
      await expect(page.locator('.header__headline')).toContainText(name.startsWith('<script>') ? XSS_SCRIPT : XSS_IMG);
      await expect(page.locator('script:not([src])'), 'no inline script element was created').toHaveCount(0);
      await expect(page.locator('.explainer img')).toHaveCount(0);
    }
  });
}

for (const [name, src, expected] of ADDRESSES) {
  test(`address: ${name}`, async ({ page }) => {
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`/?src=${encodeURIComponent(src)}`);
    await expectSafe(page, expected);
    // The CSP check's own sentinel (an image the policy blocks, see helpers.mjs) is no fetch.
    const fetched = requested.filter((u) => !u.startsWith(BASE) && !u.includes('csp-sentinel.invalid'));
    if (!src.startsWith('/')) expect(fetched, 'nothing was fetched').toEqual([]);
  });
}

test('5 MB of JSON is refused on Content-Length', async ({ page, request }) => {
  const big = edit((a) => { a.filler = 'x'.repeat(5 * 1024 * 1024); });
  await request.put('/__put/five-mb', { data: big });
  await page.goto(`/?src=${encodeURIComponent('/generated/five-mb')}`);
  await expectSafe(page, `The article at ${BASE}/generated/five-mb is larger than the 2 MB limit.`);
});

test('3 MB sent without Content-Length is refused while reading', async ({ page, request }) => {
  const big = edit((a) => { a.filler = 'x'.repeat(3 * 1024 * 1024); });
  await request.put('/__put/three-mb-chunked?chunked=1', { data: big });
  await page.goto(`/?src=${encodeURIComponent('/generated/three-mb-chunked')}`);
  await expectSafe(page, `The article at ${BASE}/generated/three-mb-chunked is larger than the 2 MB limit.`);
});

test('a server that never answers times out with a message and Retry, and the request is aborted', async ({ page }) => {
  test.setTimeout(45_000);
  const aborted = [];
  page.on('requestfailed', (r) => aborted.push(r.url()));
  await page.goto(`/?src=${encodeURIComponent('/slow/20000/minimal.json')}`);
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'loading');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'error', { timeout: 15_000 });
  await expectSafe(page, `The server at ${BASE}/slow/20000/minimal.json did not answer within 10 seconds.`, { afterRetry: 'loading' });
  expect(aborted).toContain(`${BASE}/slow/20000/minimal.json`);
});

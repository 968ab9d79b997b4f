// @ts-check
// Shared helpers for the end-to-end specs.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').APIRequestContext} APIRequestContext */
/** @typedef {Window & { __csp: string[], axe: any }} TestWindow */

/** Opens the widget with the given query string and waits until it is ready or failed.
 * @param {Page} page @param {string} query @param {string} hash */
export async function openWidget(page, query = '', hash = '') {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`/${query}${hash}`);
  await expect(page.locator('.explainer[data-state="ready"], .explainer[data-state="error"]')).toBeVisible();
  return errors;
}

/** How many requests the loopback server has received for `path`.
 * @param {APIRequestContext} request @param {string} path */
export async function requestCount(request, path) {
  const response = await request.get(`/__requests?path=${encodeURIComponent(path)}`);
  return (await response.json()).count;
}

/** Collects every Content-Security-Policy violation of the page in `window.__csp`.
 * @param {Page} page */
export async function recordCspViolations(page) {
  await page.addInitScript(() => {
    const csp = /** @type {string[]} */ ([]);
    /** @type {TestWindow} */ (/** @type {unknown} */ (window)).__csp = csp;
    document.addEventListener('securitypolicyviolation', (e) => csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/**
 * The page's CSP violations so far. Violation events arrive asynchronously, so a known one (an
 * image from a host the policy does not allow) is caused last and waited for: once it is in,
 * every earlier one is too. Only for pages served with the policy.
 * @param {Page} page
 */
export async function cspViolations(page) {
  const sentinel = 'csp-sentinel.invalid';
  await page.evaluate((host) => { new Image().src = `http://${host}/`; }, sentinel);
  await expect.poll(() => page.evaluate((host) => /** @type {TestWindow} */ (/** @type {unknown} */ (window)).__csp.some((v) => v.includes(host)), sentinel)).toBe(true);
  return (await page.evaluate(() => /** @type {TestWindow} */ (/** @type {unknown} */ (window)).__csp)).filter((v) => !v.includes(sentinel));
}

const bundled = JSON.parse(readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8'));

/** The bundled article with `count` summit goals, served from the loopback server.
 * @param {APIRequestContext} request @param {number} count */
export async function withGoals(request, count) {
  const goals = bundled.sections[0].goals;
  const long = structuredClone(bundled);
  long.sections[0].goals = Array.from({ length: count }, (/** @type {unknown} */ _, i) => ({ ...goals[i % goals.length], text: `Goal number ${i + 1}.` }));
  const id = `goals-${count}`;
  const put = await request.put(`/__put/${id}?type=application%2Fjson`, { data: JSON.stringify(long) });
  expect(put.ok()).toBeTruthy();
  return `?src=${encodeURIComponent(`/generated/${id}`)}`;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page and returns its violations as readable lines.
 * `page-has-heading-one` is off where the widget starts at <h2>: it lives inside a host
 * article whose own <h1> heads the page (`headingLevel`, default 2, as the issue specifies);
 * a11y.spec.mjs's `headingLevel=1` state runs it. Needs `bypassCSP`: axe is injected as a script.
 * @param {Page} page @param {{ embeddedHeadings?: boolean }} options
 */
export async function axe(page, { embeddedHeadings = true } = {}) {
  await page.evaluate(AXE);
  const rules = embeddedHeadings ? { 'page-has-heading-one': { enabled: false } } : {};
  const result = await page.evaluate(
    ([tags, rules]) => /** @type {TestWindow} */ (/** @type {unknown} */ (window)).axe.run(document, { runOnly: { type: 'tag', values: tags }, rules }),
    [TAGS, rules],
  );
  return result.violations.map((/** @type {any} */ v) => `${v.id}: ${v.help} (${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')})`);
}

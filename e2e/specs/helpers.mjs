// Shared helpers for the end-to-end specs.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

/**
 * The page's CSP violations so far. Violation events arrive asynchronously, so a known one (an
 * image from a host the policy does not allow) is caused last and waited for: once it is in,
 * every earlier one is too. Only for pages served with the policy.
 */
export async function cspViolations(page) {
  const sentinel = 'csp-sentinel.invalid';
  await page.evaluate((host) => { new Image().src = `http://${host}/`; }, sentinel);
  await expect.poll(() => page.evaluate((host) => window.__csp.some((v) => v.includes(host)), sentinel)).toBe(true);
  return (await page.evaluate(() => window.__csp)).filter((v) => !v.includes(sentinel));
}

const bundled = JSON.parse(readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8'));

/** The bundled article with `count` summit goals, served from the loopback server. */
export async function withGoals(request, count) {
  const goals = bundled.sections[0].goals;
  const long = structuredClone(bundled);
  long.sections[0].goals = Array.from({ length: count }, (_, i) => ({ ...goals[i % goals.length], text: `Goal number ${i + 1}.` }));
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
 */
export async function axe(page, { embeddedHeadings = true } = {}) {
  await page.evaluate(AXE);
  const rules = embeddedHeadings ? { 'page-has-heading-one': { enabled: false } } : {};
  const result = await page.evaluate(
    ([tags, rules]) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules }),
    [TAGS, rules],
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

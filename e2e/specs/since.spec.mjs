// Since your last visit: the widget remembers, per article id, the version a reader saw (on its
// own origin), and a returning reader shown a newer one is told what changed. The test server's
// /live/<name> serves whichever version a test puts there.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HOST_ORIGIN } from '../playwright.config.mjs';
import { axe, cspViolations, recordCspViolations } from './helpers.mjs';

const PARIS = JSON.parse(readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8'));
const FRENCH = JSON.parse(readFileSync(new URL('../../i18n/fr.json', import.meta.url), 'utf8'));
const WIDGET_ORIGIN = 'http://127.0.0.1:8081';

/** A value as a line of the box holds it: isolated, in its own direction (src/changes/changes.js). */
const iso = (text) => `\u2068${text}\u2069`;

/** A name and an article id new on every run, so that a rerun meets no remembered version. */
const fresh = (name) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Puts `article` behind /live/<name>. */
async function serve(request, name, article) {
  const put = await request.put(`/__live/${name}?mode=ok`, { data: JSON.stringify(article) });
  expect(put.ok()).toBeTruthy();
}

/** The Paris article under a fresh id, and a later version of it: a figure's value, a status,
 * a quote, an event and an editors' note changed. */
function versions() {
  const first = { ...structuredClone(PARIS), id: fresh('since') };
  const second = structuredClone(first);
  second.dateModified = '2025-03-29T09:00:00Z';
  second.updates = [{ date: '2025-03-29', text: 'Added the talks of March 28.' }];
  second.keyFigures[0].value = '31';
  delete second.keyFigures[0].qualifier;
  const ceasefire = second.sections.find((s) => s.id === 'ceasefire');
  ceasefire.agreements[0].compliance.status = 'confirmed';
  second.sections.find((s) => s.id === 'timeline').events.push({ date: '2025-03-28', text: 'Talks resumed in Riyadh.', evidence: 'talks' });
  second.quotes = second.quotes.filter((q) => q.id !== 'zelenskyy-defend');
  return { first, second, agreement: ceasefire.agreements[0] };
}

/** Opens the widget on /live/<name> and waits until it shows the article. The test server lets
 * the browser cache it for 5 minutes, as a CDN would: each visit asks with a query of its own, so
 * that it reads the version the test has just put there. */
let visits = 0;
async function open(page, name, extra = '') {
  visits += 1;
  await page.goto(`/?src=${encodeURIComponent(`/live/${name}?visit=${visits}`)}${extra}`);
  await expect(page.locator('.explainer[data-state="ready"]')).toBeVisible();
}

/** What localStorage holds for article `id` on the widget's origin. */
const remembered = (page, id) => page.evaluate((key) => localStorage.getItem(key), `news-explainer:seen:${id}`);

test('a returning reader is told exactly what changed, once, and can dismiss it', async ({ page, request }) => {
  await recordCspViolations(page);
  const name = fresh('return');
  const { first, second, agreement } = versions();
  await serve(request, name, first);
  await open(page, name);
  // A first visit: nothing to say, and the version is remembered.
  await expect.poll(() => remembered(page, first.id)).toBe(JSON.stringify(first));
  await expect(page.locator('.since')).toHaveCount(0);

  await serve(request, name, second);
  // What the box's polite region says, from the page's start.
  await page.addInitScript(() => {
    window.__said = [];
    new MutationObserver(() => {
      const region = document.querySelector('.since [role="status"]');
      if (region?.textContent && window.__said.at(-1) !== region.textContent) window.__said.push(region.textContent);
    }).observe(document, { childList: true, characterData: true, subtree: true });
  });
  await open(page, name);
  const box = page.locator('section.since');
  await expect(box).toBeVisible();
  await expect(box.getByRole('heading', { name: 'Since your last visit' })).toBeVisible();
  const removed = first.quotes.find((q) => q.id === 'zelenskyy-defend').text;
  const shown = await box.locator('li').allTextContents();
  expect(shown).toEqual([
    `${iso(first.keyFigures[0].label)}: ${iso('nearly 30')} → ${iso('31')}`,
    `Removed from ${iso('What they said')}: ${iso(removed.length > 120 ? `${removed.slice(0, 119)}…` : removed)}`,
    `${iso(`${agreement.name}, Compliance`)}: ${iso('Mutual accusations')} → ${iso('Violations confirmed')}`,
    `New in ${iso('Timeline')}: ${iso('Talks resumed in Riyadh.')}`,
    `Editors’ note: ${iso('Added the talks of March 28.')}`,
  ]);
  // At the top, above the header; the header lists the editors' note.
  expect(await page.evaluate(() => document.querySelector('main.explainer').firstElementChild.className)).toBe('since');
  await expect(page.locator('.header__updates')).toHaveText('Updated March 29, 2025: Added the talks of March 28.');
  // Marked where they stand, with their sections; what did not change is not.
  await expect(page.locator(`li.figure[data-key="${first.keyFigures[0].id}"]`)).toHaveAttribute('data-changed', 'Updated');
  await expect(page.locator(`.card[data-key="${agreement.id}"]`)).toHaveAttribute('data-changed', 'Updated');
  await expect(page.locator('#timeline li', { hasText: 'Talks resumed in Riyadh.' })).toHaveAttribute('data-changed', 'Updated');
  await expect(page.locator('section#timeline')).toHaveAttribute('data-changed', 'Updated');
  await expect(page.locator('section#summit-goals')).not.toHaveAttribute('data-changed', /.*/);
  // Announced once, politely.
  await expect.poll(() => page.evaluate(() => window.__said.length)).toBe(1);
  expect(await page.evaluate(() => window.__said[0])).toBe(`Since your last visit: ${shown.join('; ')}`);
  await expect(box.locator('[role="status"]')).not.toHaveAttribute('aria-live', 'assertive');
  expect(await axe(page)).toEqual([]);

  // Dismissed from the keyboard: the box and the marks go, focus lands on the headline.
  await box.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(page.locator('[data-changed]')).toHaveCount(0);
  await expect(page.locator('.header__headline')).toBeFocused();
  // The newer version is now the one remembered: nothing to say on the next visit.
  expect(await remembered(page, first.id)).toBe(JSON.stringify(second));
  expect(await cspViolations(page)).toEqual([]);
  await open(page, name);
  await page.waitForTimeout(300);
  await expect(page.locator('.since')).toHaveCount(0);
});

test('told in the reader’s language', async ({ page, request }) => {
  const name = fresh('french');
  const { first, second, agreement } = versions();
  await serve(request, name, first);
  await open(page, name, '&lang=fr');
  await expect.poll(() => remembered(page, first.id)).not.toBeNull();
  await serve(request, name, second);
  await open(page, name, '&lang=fr');
  const box = page.locator('section.since');
  await expect(box.getByRole('heading')).toHaveText(FRENCH.since_title);
  const status = (list, index) => FRENCH[list][index];
  const moved = FRENCH.change_moved
    .replace('{item}', iso(`${agreement.name}${FRENCH.list_separator}${FRENCH.compliance_axis}`))
    .replace('{was}', iso(status('compliance', 2)))
    .replace('{now}', iso(status('compliance', 3)));
  await expect(box.locator('li').nth(2)).toHaveText(moved);
  await expect(box.getByRole('button')).toHaveText(FRENCH.since_dismiss);
  await expect(page.locator('[data-changed]').first()).toHaveAttribute('data-changed', FRENCH.live_changed);
});

test('in an article written right to left the marks stand on the right', async ({ page, request }) => {
  const name = fresh('rtl');
  const first = { ...JSON.parse(readFileSync(new URL('../fixtures/arabic.json', import.meta.url), 'utf8')), id: fresh('arabic') };
  const second = structuredClone(first);
  second.keyFigures[0].value = '4';
  await serve(request, name, first);
  await open(page, name, '&lang=ar');
  await expect.poll(() => remembered(page, first.id)).not.toBeNull();
  await serve(request, name, second);
  await open(page, name, '&lang=ar');
  const figure = page.locator(`li.figure[data-key="${first.keyFigures[0].id}"]`);
  await expect(figure).toHaveAttribute('data-changed', /.+/);
  await expect.poll(() => figure.evaluate((part) => getComputedStyle(part).boxShadow)).toContain('-3px 0px 0px 0px inset');
  const box = page.locator('section.since');
  await expect.poll(() => box.evaluate((part) => getComputedStyle(part).borderRightWidth)).toBe('4px');
});

test('nothing is said when nothing changed, or when an older copy is shown', async ({ page, request }) => {
  const name = fresh('same');
  const { first, second } = versions();
  await serve(request, name, second);
  await open(page, name);
  await expect.poll(() => remembered(page, first.id)).toBe(JSON.stringify(second));
  // The same version again, then an older one (a stale copy): nothing, and the newer stays kept.
  for (const article of [second, first]) {
    await serve(request, name, article);
    await open(page, name);
    await page.waitForTimeout(300);
    await expect(page.locator('.since')).toHaveCount(0);
    expect(await remembered(page, first.id)).toBe(JSON.stringify(second));
  }
});

test('remember=off keeps nothing and says nothing', async ({ page, request }) => {
  const name = fresh('off');
  const { first, second } = versions();
  await serve(request, name, first);
  await open(page, name, '&remember=off');
  await serve(request, name, second);
  await open(page, name, '&remember=off');
  await page.waitForTimeout(300);
  await expect(page.locator('.since')).toHaveCount(0);
  expect(await remembered(page, first.id)).toBeNull();
});

test('a published page remembers its version, and tells a returning reader once it is the wasm’s', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const key = `news-explainer:seen:${PARIS.id}`;
  await page.goto(`/${PARIS.id}/`);
  await expect(page.locator('#explainer-root[data-hydrated]')).toBeVisible();
  const block = await page.locator('#explainer-article').textContent();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBe(block);
  // The reader had seen a version with one country fewer.
  const older = JSON.parse(block);
  older.keyFigures[0].value = '29';
  await page.evaluate(([k, text]) => localStorage.setItem(k, text), [key, JSON.stringify(older)]);
  await page.reload();
  await expect(page.locator('section.since li')).toHaveText([`${iso(PARIS.keyFigures[0].label)}: ${iso('nearly 29')} → ${iso('nearly 30')}`]);
  await expect(page.locator('#explainer-root')).toHaveAttribute('data-hydrated', '');
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBe(block);
  // The page is still the wasm's: a section opens from the keyboard.
  await page.locator('#ceasefire-button').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  expect(errors).toEqual([]);
});

test('where storage is refused (a sandboxed frame) the explainer works and nothing is raised', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${HOST_ORIGIN}/embed.html`);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.name = 'sandboxed';
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.src = src;
    document.body.append(frame);
  }, `${WIDGET_ORIGIN}/${PARIS.id}/`);
  // A published page: its article is in the page, and the frame's storage throws when asked.
  const frame = page.frameLocator('iframe[name="sandboxed"]');
  await expect(frame.locator('#explainer-root[data-hydrated]')).toBeVisible();
  expect(await frame.locator('body').evaluate(() => { try { localStorage.length; return 'allowed'; } catch (error) { return error.name; } })).toBe('SecurityError');
  await frame.locator('#ceasefire-button').click();
  await expect(frame.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
});

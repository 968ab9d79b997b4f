// Live updates (`refresh`): the test server changes the article while the page is open, and
// Playwright's clock moves the page's time forward, so a 10-second refresh takes no 10 seconds.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HOST_ORIGIN } from '../playwright.config.mjs';
import { axe, cspViolations, recordCspViolations } from './helpers.mjs';

const PARIS = JSON.parse(readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8'));
const WIDGET_ORIGIN = 'http://127.0.0.1:8081';

/** Puts `article` (or only a new mode) behind /live/<name>. */
async function serve(request, name, article, mode = 'ok') {
  const put = await request.put(`/__live/${name}?mode=${mode}`, { data: article ? JSON.stringify(article) : '' });
  expect(put.ok()).toBeTruthy();
}

/** Every request /live/<name> has received. */
async function log(request, name) {
  return (await request.get(`/__live-log/${name}`)).json();
}

/** A live article's name, new on every run, so that a test can be rerun against the same
 * server (which keeps each name's body and request log). */
const fresh = (name) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Waits for /live/<name>'s `count`th request (the first is the widget's own load), and for the
 * widget (in `scope`: the page or its frame) to have handled the answer and set its next wait
 * (live.js counts its checks in `data-checks`): moving the clock before that would move it under
 * a check still in flight, and the next check would be later than the test expects. */
async function checked(scope, request, name, count) {
  await expect.poll(async () => (await log(request, name)).length).toBe(count);
  await expect(scope.locator('.live')).toHaveAttribute('data-checks', String(count - 1));
}

/** The Paris article with the Black Sea agreement collapsed and one development more. */
function collapsed() {
  const article = structuredClone(PARIS);
  article.dateModified = '2025-03-29T10:00:00Z';
  const section = article.sections.find((s) => s.type === 'ceasefireStatus');
  const agreement = section.agreements[0];
  agreement.lifecycle.status = 'collapsed';
  section.developments.push({ text: 'A development added by the update.', evidence: 'added by the update' });
  return { article, section, agreement };
}

/** Opens the widget on /live/<name>, every 10 s, with the page's clock under the test's control. */
async function openLive(page, name, extra = '') {
  await page.clock.install();
  await page.goto(`/?src=${encodeURIComponent(`/live/${name}`)}&refresh=10${extra}`);
  await expect(page.locator('.explainer[data-state="ready"]')).toBeVisible();
  await expect(page.locator('.live')).toBeVisible();
}

test('a newer version shows in place: open sections, focus, selection and scroll kept, one polite announcement', async ({ page, request }) => {
  const name = fresh('newer');
  await serve(request, name, PARIS);
  await openLive(page, name);
  const ceasefire = page.locator('#ceasefire-button');
  await ceasefire.click();
  await expect(ceasefire).toHaveAttribute('aria-expanded', 'true');
  await page.locator('#summit-goals-button').click();
  // The reader's place: scrolled down, a sentence of a section the update does not change
  // selected, focus on the ceasefire section's button.
  await page.setViewportSize({ width: 800, height: 500 });
  await page.locator('#ceasefire').evaluate((section) => section.scrollIntoView());
  const selected = await page.evaluate(() => {
    const text = document.querySelector('#summit-goals-panel .fact__text').firstChild;
    getSelection().setBaseAndExtent(text, 0, text, 12);
    return getSelection().toString();
  });
  await ceasefire.focus();
  const scrollY = await page.evaluate(() => scrollY);
  await page.evaluate(() => {
    window.__said = [];
    const region = document.querySelector('.live [role="status"]');
    new MutationObserver(() => window.__said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
  });

  const { article, section, agreement } = collapsed();
  await serve(request, name, article);
  await page.clock.fastForward(11_000);

  const card = page.locator(`#ceasefire-panel [data-key="${agreement.id}"]`);
  await expect(card.locator('.badge--lifecycle-collapsed')).toContainText('Collapsed');
  await expect(page.locator('#ceasefire-panel')).toContainText('A development added by the update.');
  await expect(ceasefire).toHaveAttribute('aria-expanded', 'true');
  await expect(ceasefire).toBeFocused();
  // What changed is marked, with its section; what did not is not.
  await expect(card).toHaveAttribute('data-changed', 'Updated');
  await expect(page.locator('section#ceasefire')).toHaveAttribute('data-changed', 'Updated');
  await expect(page.locator('section#summit-goals')).not.toHaveAttribute('data-changed', /.*/);
  await expect(page.locator('#summit-goals-button')).toHaveAttribute('aria-expanded', 'true');
  expect(await page.evaluate(() => getSelection().toString())).toBe(selected);
  expect(Math.abs((await page.evaluate(() => scrollY)) - scrollY)).toBeLessThanOrEqual(1);
  await expect(page.locator('#ceasefire-panel li', { hasText: 'A development added by the update.' })).toHaveAttribute('data-changed', 'Updated');
  // Named as "Since your last visit" and the feeds name it (src/changes/changes.js).
  // Each value isolated (U+2068 … U+2069), in its own direction.
  const iso = (text) => `\u2068${text}\u2069`;
  const sentence = `${iso(`${agreement.name}, Agreement`)}: ${iso('Agreed')} → ${iso('Collapsed')}; New in ${iso(section.title)}: ${iso('A development added by the update.')}`;
  await expect.poll(() => page.evaluate(() => window.__said.at(-1))).toBe(sentence);
  expect(await page.evaluate(() => window.__said.filter((s) => s.length > 0))).toEqual([sentence]);
  await expect(page.locator('.live [role="status"]')).not.toHaveAttribute('aria-live', 'assertive');
  await expect(page.locator('.live__status')).toContainText(/^Updated \d\d:\d\d/);
});

test('in a host page, the frame is resized to the updated explainer', async ({ page, request }) => {
  const name = fresh('height');
  await serve(request, name, PARIS);
  await page.clock.install();
  await page.goto(`${HOST_ORIGIN}/embed.html?mode=script&q=${encodeURIComponent(`src=/live/${name}&refresh=10&open=ceasefire`)}`);
  const frame = page.frameLocator('#explainer');
  await expect(frame.locator('.live')).toBeVisible();
  const height = () => page.locator('#explainer').evaluate((el) => el.getBoundingClientRect().height);
  await expect.poll(height).toBeGreaterThan(300);
  const before = await height();
  const article = collapsed().article;
  const section = article.sections.find((s) => s.type === 'ceasefireStatus');
  for (let i = 0; i < 6; i += 1) section.developments.push({ text: `Another development, number ${i + 1}, long enough to take a line of its own.`, evidence: `number ${i + 1}` });
  await serve(request, name, article);
  await page.clock.fastForward(11_000);
  await expect(frame.locator('#ceasefire-panel')).toContainText('number 6');
  await expect.poll(height).toBeGreaterThan(before + 100);
});

test('an unchanged article is revalidated (If-None-Match, 304) and nothing renders again', async ({ page, request }) => {
  const name = fresh('unchanged');
  await serve(request, name, PARIS);
  await openLive(page, name);
  await page.evaluate(() => {
    window.__mutations = 0;
    // Every change but the count of checks made, which each check sets.
    new MutationObserver((records) => { window.__mutations += records.filter((r) => r.attributeName !== 'data-checks').length; })
      .observe(document.querySelector('main.explainer'), { childList: true, subtree: true, characterData: true, attributes: true });
  });
  for (let check = 1; check <= 3; check += 1) {
    await page.clock.fastForward(11_000);
    await checked(page, request, name, check + 1);
  }
  const [, first, ...later] = await log(request, name);
  // The first check reads the article once more, finds the text on screen (no parse), and
  // learns its validator; every later one sends it and gets a 304, with no body at all.
  expect(first.status).toBe(200);
  for (const entry of later) {
    expect(entry.ifNoneMatch, 'the check carries the validator').toMatch(/^"[0-9a-f]{16}"$/);
    expect(entry.status).toBe(304);
  }
  // Nothing in the widget changed: not the article, not even the "Updated" line.
  expect(await page.evaluate(() => window.__mutations)).toBe(0);
  // The checks were made off the page's main thread, by live.js's worker.
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/^\/check-worker-[0-9a-f]{16}\.js$/)]);
});

test('in a frame sandboxed without allow-same-origin, which may start no worker, the checks run on the page', async ({ page, request }) => {
  const name = fresh('sandboxed');
  await serve(request, name, PARIS);
  const workerScripts = [];
  page.on('request', (sent) => sent.url().includes('check-worker') && workerScripts.push(sent.url()));
  await page.clock.install();
  await page.goto(`${HOST_ORIGIN}/embed.html?mode=sandboxed&q=${encodeURIComponent(`src=${WIDGET_ORIGIN}/live/${name}&refresh=10&open=ceasefire`)}`);
  const frame = page.frameLocator('#explainer');
  await expect(frame.locator('.live')).toBeVisible();
  const { article } = collapsed();
  await serve(request, name, article);
  await page.clock.fastForward(11_000);
  await expect(frame.locator('#ceasefire-panel')).toContainText('A development added by the update.');
  // Its opaque origin refuses the worker before asking for its script.
  expect(workerScripts).toEqual([]);
});

test('a hidden page and an off-screen frame make no requests, and checks resume when seen again', async ({ page, request }) => {
  const name = fresh('hidden');
  await serve(request, name, PARIS);
  await page.clock.install();
  await page.goto(`${HOST_ORIGIN}/embed.html?mode=script&q=${encodeURIComponent(`src=/live/${name}&refresh=10`)}`);
  const frame = page.frameLocator('#explainer');
  await expect(frame.locator('.live')).toBeVisible();

  const widget = page.frames().find((f) => f.url().startsWith('http://127.0.0.1:8081/'));
  // Off screen: the host page scrolled far past the frame. An observer of the test's own, on the
  // same root, says when that is seen: observers are told in the order they were made, so the
  // widget's has been told by then.
  await widget.evaluate(() => {
    window.__offscreen = new Promise((resolve) => {
      new IntersectionObserver((entries) => entries.at(-1).isIntersecting || resolve())
        .observe(document.querySelector('main.explainer'));
    });
  });
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '20000px';
    document.body.appendChild(spacer);
    window.scrollTo(0, 19000);
  });
  await widget.evaluate(() => window.__offscreen);
  await page.clock.fastForward(60_000);
  await page.waitForTimeout(500);
  expect((await log(request, name)).length, 'no check while off screen').toBe(1);

  // Hidden: headless Chromium keeps every tab visible (neither a tab in front of it nor a
  // minimized window hides it), so the frame is told what a browser tells a background tab:
  // document.hidden, visibilityState and the visibilitychange event.
  await page.evaluate(() => window.scrollTo(0, 0));
  await checked(frame, request, name, 2); // an overdue check, once in view
  const setHidden = (hidden) => widget.evaluate((hidden) => {
    for (const [name, value] of [['hidden', hidden], ['visibilityState', hidden ? 'hidden' : 'visible']]) {
      Object.defineProperty(document, name, { configurable: true, get: () => value });
    }
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
  await setHidden(true);
  await page.clock.fastForward(60_000);
  await page.waitForTimeout(500);
  expect((await log(request, name)).length, 'no check while hidden').toBe(2);

  await setHidden(false);
  await expect.poll(async () => (await log(request, name)).length, 'a check once seen again').toBe(3);
});

/** A valid, newer article of over 2 MB in UTF-8 but under 2 M UTF-16 units (Cyrillic takes two
 * bytes a letter): a cap counted in characters would show it. */
function overTwoMegabytesInBytes() {
  const { article } = collapsed();
  const words = 'й'.repeat(4_500);
  const facts = Array.from({ length: 240 }, (_, i) => ({ text: `${i} ${words}`, evidence: 'added by the update' }));
  article.sections.push({ type: 'facts', id: 'many', title: 'Many facts', summary: 'Over the cap.', facts });
  return article;
}

for (const [kind, mode, body] of [
  ['invalid JSON', 'ok', '{"schemaVersion": "1.0",'],
  ['a body over the cap in bytes though not in characters', 'ok', overTwoMegabytesInBytes()],
  ['an invalid article', 'ok', { ...PARIS, headline: '' }],
  ['an older dateModified', 'ok', { ...PARIS, headline: 'An older version', dateModified: '2025-03-28' }],
  ['a 500', '500', null],
  ['a body over the cap', 'big', null],
  ['a redirect to another origin', 'redirect', null],
]) {
  test(`${kind} keeps the version shown, says updates are failing, and the next check backs off`, async ({ page, request }) => {
    const name = fresh(`broken-${mode}-${kind.replace(/\W+/g, '-')}`);
    await serve(request, name, { ...PARIS, dateModified: '2025-03-29' });
    await openLive(page, name);
    const headline = await page.locator('.header__headline').textContent();
    if (typeof body === 'string') {
      const put = await request.put(`/__live/${name}?mode=ok`, { data: body });
      expect(put.ok()).toBeTruthy();
    } else {
      await serve(request, name, body, mode);
    }
    await page.clock.fastForward(11_000);
    await checked(page, request, name, 2);
    await expect(page.locator('.live__status')).toHaveText(/Updates are failing/);
    await expect(page.locator('.header__headline')).toHaveText(headline);
    await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');

    // After one failure the next check waits 10 to 20 s (after two, 20 to 40 s).
    await page.clock.fastForward(9_500);
    await page.waitForTimeout(300);
    expect((await log(request, name)).length, 'no retry before 10 s').toBe(2);
    await page.clock.fastForward(11_000);
    await checked(page, request, name, 3);
    await page.clock.fastForward(19_500);
    await page.waitForTimeout(300);
    expect((await log(request, name)).length, 'no second retry before 20 s').toBe(3);
    await page.clock.fastForward(21_000);
    await expect.poll(async () => (await log(request, name)).length).toBe(4);
  });
}

test('a check that never answers times out, keeps the version shown, and backs off', async ({ page, request }) => {
  test.setTimeout(60_000);
  const name = fresh('hang');
  await serve(request, name, PARIS);
  await openLive(page, name);
  await serve(request, name, null, 'hang');
  await page.clock.fastForward(11_000);
  await expect.poll(async () => (await log(request, name)).length).toBe(2);
  await page.clock.fastForward(10_500); // the request's own 10 s timeout
  await expect(page.locator('.live__status')).toHaveText(/Updates are failing/);
  await expect(page.locator('.header__headline')).toHaveText(PARIS.headline);
});

test('Pause stops the checks and Resume starts them again', async ({ page, request }) => {
  const name = fresh('pause');
  await serve(request, name, PARIS);
  await openLive(page, name);
  const pause = page.getByRole('button', { name: 'Pause updates' });
  await pause.click();
  await expect(page.getByRole('button', { name: 'Resume updates' })).toBeFocused();
  await page.clock.fastForward(60_000);
  await page.waitForTimeout(500);
  expect((await log(request, name)).length, 'no check while paused').toBe(1);
  await page.getByRole('button', { name: 'Resume updates' }).click();
  await expect.poll(async () => (await log(request, name)).length).toBe(2);
});

/** A live widget after one update and one failed check: marks, the notice and Pause shown. */
async function updatedThenFailing(page, request, name) {
  await serve(request, name, PARIS);
  await openLive(page, name);
  await serve(request, name, collapsed().article);
  await page.clock.fastForward(11_000);
  await expect(page.locator('[data-changed]').first()).toBeVisible();
  await checked(page, request, name, 2);
  await serve(request, name, null, '500');
  await page.clock.fastForward(11_000);
  await expect(page.locator('.live__status')).toHaveText(/Updates are failing/);
  await page.locator('#ceasefire-button').click();
}

test('live updates cause no CSP violation', async ({ page, request }) => {
  await recordCspViolations(page);
  await updatedThenFailing(page, request, fresh('csp'));
  expect(await cspViolations(page)).toEqual([]);
});

test.describe('with axe injected', () => {
  test.use({ bypassCSP: true });
  test('live updates pass axe with the marks, the notice and the pause control shown', async ({ page, request }) => {
    await updatedThenFailing(page, request, fresh('a11y'));
    expect(await axe(page)).toEqual([]);
  });
});

test('a published page follows its own article.json', async ({ page, request }) => {
  // The published page's article.json is a static file; only the request is checked here.
  await page.clock.install();
  await page.goto(`${WIDGET_ORIGIN}/paris-summit-2025/?refresh=10`);
  await expect(page.locator('#explainer-root[data-hydrated]')).toBeAttached();
  await expect(page.locator('.live')).toBeVisible();
  const path = '/paris-summit-2025/article.json';
  const before = (await (await request.get(`/__requests?path=${encodeURIComponent(path)}`)).json()).count;
  await page.clock.fastForward(11_000);
  await expect.poll(async () => (await (await request.get(`/__requests?path=${encodeURIComponent(path)}`)).json()).count).toBe(before + 1);
  await expect(page.locator('.live__status')).toContainText('Updated');
});

test('the embed-code page offers live updates, and its preview follows them', async ({ page }) => {
  await page.goto('/embed-code/');
  await page.fill('#src', '/fixtures/key-facts.json');
  await page.selectOption('#refresh', '60');
  await expect(page.locator('#code')).toHaveValue(/src="http:\/\/127\.0\.0\.1:8081\/\?src=%2Ffixtures%2Fkey-facts\.json&amp;refresh=60"/);
  const preview = page.frameLocator('#preview');
  await expect(preview.locator('.live')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Pause updates' })).toBeVisible();
});

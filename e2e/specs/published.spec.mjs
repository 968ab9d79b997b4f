// Published pages (`make publish`): prerendered by the widget's own components, taken over by
// the wasm without being rebuilt, whole without JavaScript, and good web citizens.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axe, cspViolations, recordCspViolations } from './helpers.mjs';
import { HOST_ORIGIN } from '../playwright.config.mjs';

const article = JSON.parse(readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8'));
const PAGE = `/${article.id}/`;
/** The address `make build` publishes under (its PUBLIC_URL), which the e2e server serves. */
const WIDGET_ORIGIN = 'http://127.0.0.1:8081';
const PAGE_URL = `${WIDGET_ORIGIN}${PAGE}`;

/** Every console message and page error of `page`, from now on. */
function consoleOf(page) {
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/**
 * Holds the wasm back until the returned function is called, as a slow network would: the page
 * shows its prerendered HTML meanwhile.
 */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Whether the wasm has taken the page over: the stamp the app sets once hydrated. */
const hydrated = (page) => expect(page.locator('#explainer-root[data-hydrated]')).toBeAttached();

test('the page is the explainer before any script runs, and the wasm takes it over unchanged', async ({ page }) => {
  const messages = consoleOf(page);
  const release = await holdWasm(page);
  await page.goto(PAGE);
  await expect(page.locator('h2.header__headline')).toHaveText(article.headline);
  await expect(page.locator('.accordion__section')).toHaveCount(article.sections.length);
  // Every element before, to compare with after: the same nodes, not rebuilt ones.
  await page.evaluate(() => {
    window.__before = [...document.querySelectorAll('#explainer-root *')];
    window.__beforeHtml = document.getElementById('explainer-root').innerHTML;
  });
  release();
  await hydrated(page);
  const same = await page.evaluate(() => {
    const after = [...document.querySelectorAll('#explainer-root *')];
    return {
      count: [window.__before.length, after.length],
      sameNodes: after.every((node, i) => node === window.__before[i]),
      sameHtml: document.getElementById('explainer-root').innerHTML === window.__beforeHtml,
    };
  });
  expect(same).toEqual({ count: [same.count[0], same.count[0]], sameNodes: true, sameHtml: true });
  // Interactive: a section opens and closes.
  const button = page.locator('.accordion__button').first();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.accordion__panel').first()).toBeVisible();
  await button.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(messages).toEqual([]);
});

test('a click made before the wasm is ready opens its section at once, and the wasm keeps it open', async ({ page }) => {
  // Layout shifts as CLS counts them: none within 500 ms of an input, which are the reader's.
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) =>
      window.__shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value)),
    ).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto(PAGE);
  const id = article.sections[2].id;
  const button = page.locator(`#${id}-button`);
  const panel = page.locator(`#${id}-panel`);
  await button.click();
  // Answered at once, with the wasm still held back: the state is in the page.
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(panel).toBeVisible();
  expect(await page.locator('#explainer-root[data-hydrated]').count()).toBe(0);
  release();
  await hydrated(page);
  // The wasm adopted the open section: it stays open, and the mark is taken.
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(panel).toBeVisible();
  await expect(page.locator(`#${id}`)).not.toHaveAttribute('data-open');
  // Nothing moved that no input explains.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
  expect(await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0))).toBe(0);
  // The wasm's state agrees with the page's: one reader click closes it.
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).toHaveAttribute('hidden', 'until-found');
});

test('focus and scroll position survive the takeover, and nothing moves', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 500 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto(PAGE);
  const button = page.locator(`#${article.sections[3].id}-button`);
  await button.focus();
  await page.evaluate(() => {
    window.scrollTo(0, 250);
    window.__focused = document.activeElement;
  });
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBe(250);
  release();
  await hydrated(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => ({
    focusKept: document.activeElement === window.__focused,
    scrollY: window.scrollY,
    shift: window.__shifts.reduce((sum, value) => sum + value, 0),
  }))).toEqual({ focusKept: true, scrollY: 250, shift: 0 });
});

test('the fragment and open= still open sections on a published page', async ({ page }) => {
  await page.goto(`${PAGE}?open=${article.sections[0].id}#${article.sections[4].id}`);
  await hydrated(page);
  await expect(page.locator(`#${article.sections[0].id}-button`)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`#${article.sections[4].id}-button`)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`#${article.sections[1].id}-button`)).toHaveAttribute('aria-expanded', 'false');
});

test('no Content-Security-Policy violation on a published page', async ({ page }) => {
  await recordCspViolations(page);
  await page.goto(PAGE);
  await hydrated(page);
  await page.locator('.accordion__toggle-all').click();
  expect(await cspViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is the whole explainer: every section open, no control that does nothing', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('h2.header__headline')).toHaveText(article.headline);
    for (const section of article.sections) {
      await expect(page.locator(`#${section.id} .accordion__static-title`)).toHaveText(section.title);
      await expect(page.locator(`#${section.id}-panel`)).toBeVisible();
    }
    // Text deep inside the last sections is on screen, not only in the DOM.
    const lastEvent = article.sections.find((s) => s.type === 'timeline').events.at(-1);
    await expect(page.getByText(lastEvent.text, { exact: true })).toBeVisible();
    await expect(page.locator('button:visible')).toHaveCount(0);
  });
});

test.describe('axe', () => {
  // axe is injected as a script, which the strict CSP forbids.
  test.use({ bypassCSP: true });

  test('axe-core: no violations on a published page, with and without JavaScript', async ({ page, request }) => {
    await page.goto(`${PAGE}?open=all`);
    await hydrated(page);
    expect(await axe(page)).toEqual([]);
    // axe needs script to run, so the page without it is its own HTML with the <noscript>
    // stylesheet applied and the scripts left out: what a browser without JavaScript renders.
    const html = (await (await request.get(PAGE)).text())
      .replace(/<noscript>(<link[^>]*>)<\/noscript>/, '$1')
      .replace(/<script type="module"[^>]*><\/script>/, '');
    expect(html).not.toContain('<noscript>');
    await page.route(`**${PAGE}`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto(PAGE);
    await expect(page.locator('.accordion__static-title').first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});

test('the page names its article: title, description, Open Graph, language', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page).toHaveTitle(article.headline);
  const content = (selector) => page.locator(selector).getAttribute('content');
  expect(await content('meta[name="description"]')).toBe(article.description);
  expect(await content('meta[property="og:title"]')).toBe(article.headline);
  expect(await content('meta[property="og:description"]')).toBe(article.description);
  expect(await content('meta[property="og:url"]')).toBe(PAGE_URL);
  expect(await page.locator('html').getAttribute('lang')).toBe(article.inLanguage);
});

/** What WordPress does with a pasted address: find the oEmbed link, fetch the answer. */
async function discover(request, address) {
  const html = await (await request.get(address)).text();
  const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
  expect(link, 'an oEmbed discovery link').not.toBeNull();
  const answer = await request.get(link[1].replaceAll('&amp;', '&'));
  expect(answer.ok()).toBe(true);
  return answer.json();
}

/**
 * WordPress's treatment of an answer from a provider it does not trust (wp_filter_oembed_result):
 * only an <iframe> with src, width, height, title and a few presentational attributes is kept;
 * then sandbox="allow-scripts", security="restricted" and a secret are added.
 */
function asWordPressWould(html, secret) {
  const iframe = html.match(/<iframe\b[^>]*>/)[0];
  const kept = [...iframe.matchAll(/\s([a-z-]+)="([^"]*)"/g)]
    .filter(([, name]) => ['src', 'width', 'height', 'title', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'class'].includes(name))
    .map(([, name, value]) => (name === 'src' ? ` src="${value}#?secret=${secret}"` : ` ${name}="${value}"`));
  return `<iframe${kept.join('')} sandbox="allow-scripts" security="restricted" data-secret="${secret}"></iframe>`;
}

test('oEmbed: pasting the page\'s address into WordPress gives an embed that sizes itself', async ({ page, request }) => {
  const answer = await discover(request, PAGE_URL);
  expect(answer).toMatchObject({
    version: '1.0', type: 'rich', title: article.headline, provider_name: 'News explainer', width: 640, height: 800,
  });
  expect(answer.cache_age).toBeGreaterThan(0);
  expect(answer.html).toContain(`src="${PAGE_URL}"`);

  await page.goto(`${HOST_ORIGIN}/wordpress.html`);
  await page.locator('#slot').evaluate((slot, html) => { slot.innerHTML = html; }, asWordPressWould(answer.html, 'Wp12ab34'));
  const iframe = page.locator('#slot iframe');
  const frame = page.frameLocator('#slot iframe');
  await expect(frame.locator('main.explainer[data-state="ready"]')).toBeVisible();
  await expect(frame.locator('h2.header__headline')).toHaveText(article.headline);
  // WordPress sets the height the widget posts, clamped to 200-1000 px.
  const sized = async () => {
    const content = await frame.locator('main.explainer').evaluate((main) => Math.ceil(main.getBoundingClientRect().height));
    const height = Number(await iframe.getAttribute('height'));
    return height === Math.min(Math.max(content, 200), 1000) ? 'sized' : `frame ${height}, content ${content}`;
  };
  await expect.poll(sized).toBe('sized');
  const closed = Number(await iframe.getAttribute('height'));
  expect(closed).not.toBe(answer.height);
  await frame.locator(`#${article.sections[5].id}-button`).click();
  await expect.poll(sized).toBe('sized');
  await frame.locator(`#${article.sections[5].id}-button`).click();
  await expect.poll(sized).toBe('sized');
  expect(Number(await iframe.getAttribute('height'))).toBe(closed);
});

test('the embed-code page gives a published page\'s embed code, the one oEmbed gives', async ({ page, request }) => {
  const answer = await discover(request, PAGE_URL);
  await page.goto('/embed-code/');
  await page.locator('#page').fill(PAGE_URL);
  await expect(page.locator('#src')).toBeDisabled();
  await expect(page.frameLocator('#preview').locator('h2.header__headline')).toHaveText(article.headline);
  const attributes = (html) => Object.fromEntries(
    [...html.match(/<iframe\b[^>]*>/)[0].matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)]
      .filter(([, name]) => !['width', 'height', 'style'].includes(name))
      .map(([, name, value]) => [name, value ?? '']),
  );
  await expect.poll(async () => attributes(await page.locator('#code').inputValue())).toEqual(attributes(answer.html));
  // Parameters that only change state still apply to a published page.
  await page.locator('#theme').selectOption('dark');
  await expect(page.locator('#code')).toHaveValue(new RegExp(`src="${PAGE_URL}\\?theme=dark"`));
});

test('the root page given src never shows another article, not for a single frame', async ({ page }) => {
  // Every text the page ever shows, recorded at each change of the DOM and at each frame.
  await page.addInitScript((headline) => {
    window.__sawOther = false;
    const look = () => { if (document.body?.textContent.includes(headline)) window.__sawOther = true; };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
    const everyFrame = () => { look(); requestAnimationFrame(everyFrame); };
    requestAnimationFrame(everyFrame);
  }, article.headline);
  await page.goto('/?src=%2Ffixtures%2Fminimal.json');
  await expect(page.locator('main.explainer[data-state="ready"]')).toBeVisible();
  await expect(page.locator('h2.header__headline')).not.toHaveText(article.headline);
  expect(await page.evaluate(() => window.__sawOther)).toBe(false);
});

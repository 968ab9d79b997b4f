// Accessibility in a real browser: axe-core in every state, a keyboard-only walk, the live
// region, print, reduced motion and reflow.
import { test, expect } from '@playwright/test';
import { axe, withGoals } from './helpers.mjs';

// axe is injected as a script; the strict CSP (tested in csp.spec.mjs) would block that.
test.use({ bypassCSP: true });

const STATES = [
  ['default view', '/', null],
  ['all sections open', '/?open=all', null],
  ['dark theme, all open', '/?theme=dark&open=all', null],
  ['French interface', '/?lang=fr&open=all', null],
  ['Ukrainian interface', '/?lang=uk&open=all', null],
  ['Arabic interface on an article in English', '/?lang=ar&open=all', null],
  ['Arabic interface and article, right to left', '/?lang=ar&open=all&src=%2Ffixtures%2Farabic.json', null],
  ['Hebrew interface, right to left, 320 px wide, dark', '/?lang=he&open=all&theme=dark&src=%2Ffixtures%2Farabic.json', null, 320],
  ['error state', '/?src=%2Fstatus%2F404', 'error'],
  ['loading state', '/?src=%2Fslow%2F8000%2Fminimal.json', 'loading'],
  ['320 px wide, all open', '/?open=all', null, 320],
  ['standalone page (headingLevel=1)', '/?headingLevel=1&open=all', null],
];

for (const [name, url, state, width] of STATES) {
  test(`axe-core: no violations in the ${name}`, async ({ page }) => {
    if (width) await page.setViewportSize({ width, height: 640 });
    await page.goto(url);
    await expect(page.locator('.explainer')).toHaveAttribute('data-state', state ?? 'ready');
    // Evidence opened too, so its quotation is checked.
    if (!state) await page.locator('.evidence__toggle').first().click();
    expect(await axe(page, { embeddedHeadings: !url.includes('headingLevel=1') })).toEqual([]);
  });
}

test('axe-core: no violations with a long list, before and after its button shows the rest', async ({ page, request }) => {
  await page.goto(`/${await withGoals(request, 150)}#summit-goals`);
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  expect(await axe(page)).toEqual([]);
  await page.locator('.long-list__more').click();
  await expect(page.locator('.long-list__rest')).toBeFocused();
  expect(await axe(page)).toEqual([]);
});

test('keyboard alone reaches every control in order, with visible focus, and nothing traps it', async ({ page }) => {
  await page.goto('/?src=%2Ffixtures%2Fminimal.json');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  // Controls inside collapsed panels are not reachable until their section opens.
  const expected = await page.locator('a[href]:visible, button:visible, summary:visible').evaluateAll((els) => els.map((e) => e.outerHTML));
  expect(expected.length).toBe(4); // source link, Show all, two section headers
  // Start sequential navigation at the top of the widget, as a reader tabbing into it would.
  await page.locator('.header__headline').click();
  const visited = [];
  for (let i = 0; i < expected.length; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { html: el.outerHTML, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused.outline, `focus is visible on ${focused.html}`).not.toBe('none');
    expect(focused.width).toBeGreaterThanOrEqual(2);
    visited.push(focused.html);
  }
  expect(visited).toEqual(expected);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement === document.body || !document.querySelector('.explainer').contains(document.activeElement))).toBe(true);
  // Open a section with the keyboard, walk into it, and back out with Shift+Tab.
  await page.locator('#next-button').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('#next-panel summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#next-panel .evidence__quote')).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#next-button')).toBeFocused();
});

test('a polite live region announces loading, errors and Show all / Hide all', async ({ page }) => {
  await page.goto('/?src=%2Fslow%2F5000%2Fminimal.json');
  const live = page.locator('[role="status"][aria-live="polite"]');
  await expect(live).toHaveText('Loading the explainer…');
  await expect(live).toHaveText('Explainer loaded.', { timeout: 15_000 });
  await page.locator('.accordion__toggle-all').click();
  await expect(live).toHaveText('All sections opened.');
  await page.locator('.accordion__toggle-all').click();
  await expect(live).toHaveText('All sections closed.');
  await page.goto('/?src=%2Fstatus%2F404');
  await expect(live).toHaveText('The explainer could not be shown The server answered 404 Not Found for http://127.0.0.1:8081/status/404.');
});

test('the content language is on the article, the interface language on the root', async ({ page }) => {
  await page.goto('/?lang=fr');
  await expect(page.locator('main.explainer')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('main.explainer')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('article.explainer__article')).toHaveAttribute('lang', 'en');
});

test('print shows every section expanded and no controls', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  await page.emulateMedia({ media: 'print' });
  const panels = await page.locator('.accordion__panel').all();
  expect(panels).toHaveLength(6);
  for (const panel of panels) {
    await expect(panel).toBeVisible();
    expect(await panel.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(20);
  }
  await expect(page.locator('.accordion__toggle-all')).toBeHidden();
  await expect(page.locator('.evidence__toggle').first()).toBeHidden();
  await expect(page.locator('#ceasefire-panel')).toContainText('Mutual accusations');
});

test('prefers-reduced-motion turns animation and transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?src=%2Fslow%2F5000%2Fminimal.json');
  const skeleton = page.locator('.skeleton__bar').first();
  expect(await skeleton.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  expect(await page.locator('.accordion__icon').first().evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
});

/** How far the page scrolls sideways, in CSS px. */
const sidewaysOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('reflow at 400 % zoom: a 1280 px window is 320 CSS px wide, and nothing scrolls sideways', async ({ browser }) => {
  // Browser zoom is CSS px per device pixel: 400 % of a 1280 × 1024 window is this (WCAG 1.4.10).
  const context = await browser.newContext({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4, bypassCSP: true });
  const page = await context.newPage();
  await page.goto('/?open=all');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('.accordion__panel').last()).toBeVisible();
  expect(await page.evaluate(() => window.devicePixelRatio)).toBe(4);
  expect(await sidewaysOverflow(page)).toBe(0);
  await context.close();
});

test('text at 200 %: with the browser\'s default font size doubled, text grows and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?open=all');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  const size = () => page.locator('.quote__text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await size();
  // The reader's own setting (Chrome: Settings › Appearance › Font size), not a style of ours.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect.poll(size).toBe(normal * 2);
  await expect(page.locator('.accordion__panel').last()).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
});

// The publisher-facing embed-code page is held to the same standard as the widget.
const EMBED_CODE_STATES = [
  ['as loaded', async () => {}],
  ['after choosing options', async (page) => {
    await page.selectOption('#theme', 'dark');
    await page.selectOption('#lang', 'fr');
    await page.fill('#open', 'ceasefire');
    await page.check('#transparent');
    await expect(page.locator('#code')).toHaveValue(/lang=fr/);
  }],
  ['with the preview showing a fetched article', async (page) => {
    await page.fill('#src', '/fixtures/minimal.json');
    await expect(page.frameLocator('#preview').locator('.header__headline')).toHaveText('A minimal article from a newer minor version');
  }],
];

for (const [name, act] of EMBED_CODE_STATES) {
  test(`axe-core: no violations on the embed-code page ${name}`, async ({ page }) => {
    await page.goto('/embed-code/');
    await expect(page.frameLocator('#preview').locator('.explainer[data-state="ready"]')).toBeVisible();
    await act(page);
    // The page is a standalone page with its own <h1>; the preview frame is checked as the widget.
    expect(await axe(page, { embeddedHeadings: false })).toEqual([]);
  });
}

test('the embed-code page works with the keyboard alone: every control in order, visible focus, copy announced', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/embed-code/');
  await expect(page.frameLocator('#preview').locator('.explainer[data-state="ready"]')).toBeVisible();
  // The page's own controls in order; inside the preview frame, Tab walks the widget's controls
  // (the frame element stays the page's active element meanwhile), which the widget's tests cover.
  const expected = ['page', 'src', 'theme', 'lang', 'accent', 'open', 'refresh', 'transparent', 'preview', 'code', 'copy', 'response-headers'];
  const visited = [];
  await page.locator('h1').click();
  for (let i = 0; i < 80 && visited.at(-1) !== expected.at(-1); i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { id: el.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    if (focused.id === visited.at(-1)) continue;
    if (focused.id !== 'preview') {
      expect(focused.outline, `focus is visible on #${focused.id}`).not.toBe('none');
      expect(focused.width).toBeGreaterThanOrEqual(2);
    }
    visited.push(focused.id);
  }
  expect(visited).toEqual(expected);
  await page.locator('#copy').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#copied')).toHaveText('Copied.');
  await expect(page.locator('#copied')).toHaveAttribute('role', 'status');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#code').inputValue());
});

// @ts-check
// Links that land: a host page opened at `#<frame id>/<section id>` opens that section in that
// frame and scrolls the host to it; each section's link is the page the reader is on; nothing
// else is disturbed. Host pages on another origin: ours with embed.js and two lazy frames far
// below the fold, and the real Pym.js parent with nothing of ours.
import { test, expect } from '@playwright/test';
import { axe } from './helpers.mjs';
import { HOST_ORIGIN } from '../playwright.config.mjs';

/** @typedef {import('@playwright/test').Page} Page */

/** Collects uncaught errors of the host page and of every frame. @param {Page} page */
function recordErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Where section `id`'s heading of frame `frame` is, in the host window's coordinates, and
 * whether its section is open. @param {Page} page @param {string} frame @param {string} id */
async function sectionState(page, frame, id) {
  const box = await page.locator(`#${frame}`).boundingBox();
  const inner = await page.frameLocator(`#${frame}`).locator(`#${id}`).evaluate((section) => ({
    top: section.getBoundingClientRect().top,
    open: section.querySelector('button')?.getAttribute('aria-expanded') === 'true',
  }));
  return { top: (box?.y ?? NaN) + inner.top, open: inner.open };
}

/** Waits until section `id` of `frame` is open with its heading at the top of the window. */
async function expectLanded(page, frame, id) {
  await expect
    .poll(async () => {
      const state = await sectionState(page, frame, id);
      return state.open && Math.abs(state.top) <= 4 ? 'landed' : JSON.stringify(state);
    })
    .toBe('landed');
}

test('a link to a section of a lazy frame far below the fold opens it there, and a later one in the other frame too', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto(`${HOST_ORIGIN}/links.html#explainer-second/ceasefire`);
  await expectLanded(page, 'explainer-second', 'ceasefire');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  // A link on the same page, to the other frame's section: its frame loads at once.
  await page.evaluate(() => (location.hash = '#explainer-first/summit-goals'));
  await expectLanded(page, 'explainer-first', 'summit-goals');
  // Each frame answered only its own link.
  expect((await sectionState(page, 'explainer-first', 'ceasefire')).open).toBe(false);
  expect((await sectionState(page, 'explainer-second', 'summit-goals')).open).toBe(false);
  expect(errors).toEqual([]);
});

test("a section's link on an embed.js host is the host's address with the frame's id and the section's", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/links.html?from=test#explainer-second/ceasefire`);
  await expectLanded(page, 'explainer-second', 'ceasefire');
  const link = page.frameLocator('#explainer-second').locator('#ceasefire .section-link a');
  await expect(link).toHaveAttribute('href', `${HOST_ORIGIN}/links.html?from=test#explainer-second/ceasefire`);
  await expect(link).toHaveText('Link to this section');
});

test('activating a link copies it and says so, or shows it selected where the clipboard is refused', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HOST_ORIGIN });
  await page.goto(`${HOST_ORIGIN}/links.html#explainer-second/ceasefire`);
  await expectLanded(page, 'explainer-second', 'ceasefire');
  const frame = page.frameLocator('#explainer-second');
  const historyBefore = await page.evaluate(() => history.length);
  await frame.locator('#ceasefire .section-link a').click();
  const expected = `${HOST_ORIGIN}/links.html#explainer-second/ceasefire`;
  const copied = frame.locator('.section-link__status');
  const shown = frame.locator('#ceasefire .section-link__address');
  // Headless Chromium may refuse an opaque-origin frame the clipboard: then the address is shown.
  await expect(copied.or(shown)).toHaveCount(1);
  if (await shown.count()) {
    await expect(shown).toHaveValue(expected);
    expect(await shown.evaluate((field) => field instanceof HTMLInputElement && field.selectionEnd === field.value.length && document.activeElement === field)).toBe(true);
  } else {
    await expect(copied).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  }
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(page.url()).toBe(expected);
});

test('a clipboard that never answers: the address is shown selected within a second, to copy by hand', async ({ page }) => {
  // A write that waits on a permission no one is asked for, as a frame's can.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => new Promise(() => {}) } });
  });
  await page.goto('/#ceasefire');
  await expect(page.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  await page.locator('#ceasefire .section-link a').click();
  const shown = page.locator('#ceasefire .section-link__address');
  await expect(shown).toHaveValue(/#ceasefire$/, { timeout: 2000 });
  await expect(shown).toBeFocused();
});

test('on its own page, a section\'s link is copied from the keyboard and "Link copied" is said', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=fr#ceasefire');
  await expect(page.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  const link = page.locator('#ceasefire .section-link a');
  await expect(link).toHaveText('Lien vers cette section');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.section-link__status')).toHaveText('Lien copié');
  await expect(page.locator('.section-link__status')).toHaveAttribute('role', 'status');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://127.0.0.1:8081/?lang=fr#ceasefire');
  expect(page.url()).toBe('http://127.0.0.1:8081/?lang=fr#ceasefire');
});

test('the address is shown, selected, where there is no clipboard to ask', async ({ page }) => {
  // The widget on its own page, its clipboard taken away: the link is this page's.
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto('/#ceasefire');
  await expect(page.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  await page.locator('#ceasefire .section-link a').click();
  const shown = page.locator('#ceasefire .section-link__address');
  await expect(shown).toHaveValue('http://127.0.0.1:8081/#ceasefire');
  await expect(shown).toBeFocused();
  await expect(shown).toHaveAccessibleName('Link to this section');
  // An address reads left to right, whatever the article's direction.
  await expect(shown).toHaveAttribute('dir', 'ltr');
});

test('toggling sections adds no history entry; the host keeps its own fragments; hostile ones open nothing', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto(`${HOST_ORIGIN}/links.html#comments`);
  const frame = page.frameLocator('#explainer-first');
  await page.locator('#explainer-first').scrollIntoViewIfNeeded();
  await expect(frame.locator('.explainer[data-state="ready"]')).toBeVisible();
  const before = await page.evaluate(() => history.length);
  for (const id of ['ceasefire', 'summit-goals', 'ceasefire', 'summit-goals']) await frame.locator(`#${id}-button`).click();
  await frame.locator('.accordion__toggle-all').click();
  await frame.locator('.accordion__toggle-all').click();
  expect(await page.evaluate(() => history.length)).toBe(before);
  await expect(frame.locator('.accordion__button[aria-expanded="true"]')).toHaveCount(0);

  const hostile = [
    '#comments',
    '#explainer-first/',
    '#explainer-first/nothing-here',
    '#explainer-first/ceasefire/again',
    '#explainer-first/<img src=x onerror=alert(1)>',
    `#explainer-first/${'a'.repeat(5000)}`,
    '#nobody/ceasefire',
    '#explainer-first%2Fceasefire',
    '#/ceasefire',
  ];
  for (const fragment of hostile) {
    await page.evaluate((hash) => (location.hash = hash), fragment);
  }
  await page.waitForTimeout(300);
  await expect(frame.locator('.accordion__button[aria-expanded="true"]')).toHaveCount(0);
  await page.locator('#explainer-second').scrollIntoViewIfNeeded();
  const second = page.frameLocator('#explainer-second');
  await expect(second.locator('.explainer[data-state="ready"]')).toBeVisible();
  await expect(second.locator('.accordion__button[aria-expanded="true"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('on a Pym.js host, a link to a section opens it and Pym scrolls the host to it', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto(`${HOST_ORIGIN}/pym-links.html#explainer/ceasefire`);
  const iframe = page.locator('#explainer iframe');
  await expect
    .poll(async () => {
      const box = await iframe.boundingBox();
      const inner = await page.frameLocator('#explainer iframe').locator('#ceasefire').evaluate((section) => ({
        top: section.getBoundingClientRect().top,
        open: section.querySelector('button')?.getAttribute('aria-expanded') === 'true',
      }));
      const top = (box?.y ?? NaN) + inner.top;
      return inner.open && Math.abs(top) <= 4 ? 'landed' : JSON.stringify({ top, open: inner.open });
    })
    .toBe('landed');
  const link = page.frameLocator('#explainer iframe').locator('#ceasefire .section-link a');
  await expect(link).toHaveAttribute('href', `${HOST_ORIGIN}/pym-links.html#explainer/ceasefire`);
  expect(errors).toEqual([]);
});

test('a published page read on its own links its sections to itself', async ({ page }) => {
  await page.goto('/paris-summit-2025/#ceasefire');
  await expect(page.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  // Written relative in the page, it resolves against the page itself.
  expect(await page.locator('#ceasefire .section-link a').evaluate((a) => a instanceof HTMLAnchorElement && a.href)).toBe(
    'http://127.0.0.1:8081/paris-summit-2025/#ceasefire',
  );
});

test.describe('axe', () => {
  // axe is injected as a script; the strict CSP (tested in csp.spec.mjs) would block that.
  test.use({ bypassCSP: true });
  test('an open section with its link, and the address shown beside it, pass axe', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto('/?theme=dark#ceasefire');
    await page.locator('#ceasefire .section-link a').click();
    await expect(page.locator('#ceasefire .section-link__address')).toBeFocused();
    expect(await axe(page)).toEqual([]);
  });
});

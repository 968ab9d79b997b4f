// The default article renders completely, and the accordion behaves as the WAI-ARIA pattern says.
import { test, expect } from '@playwright/test';
import { openWidget } from './helpers.mjs';

const REQUIRED = [
  ['summit-goals', 'What the summit set out to do'],
  ['peacekeeping', 'The peacekeeping proposal'],
  ['ceasefire', 'Efforts towards a ceasefire'],
];

test('the default article renders header, figures, quotes and every section', async ({ page }) => {
  const errors = await openWidget(page);
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('h2.header__headline')).toContainText('Coalition of the Willing');
  await expect(page, 'the document is named after its article').toHaveTitle('Paris summit: Europe’s “Coalition of the Willing” weighs troops for Ukraine');
  await expect(page.locator('.header__meta time')).toHaveAttribute('datetime', '2025-03-27');
  await expect(page.locator('.header__meta')).toContainText('March 27, 2025');
  await expect(page.locator('.header__source'), 'the seed has no URL, so no source link').toHaveCount(0);
  await expect(page.locator('.figure').first()).toContainText('nearly 30');
  await expect(page.locator('.quote')).toHaveCount(5);
  await expect(page.locator('.quote').first()).toContainText('Europe knows how to defend itself. We must prove it');
  await expect(page.locator('.quote').first().locator('cite')).toHaveText('Volodymyr Zelenskyy');
  for (const [id, title] of REQUIRED) {
    await expect(page.locator(`#${id} .accordion__button`)).toHaveText(title);
  }
  await expect(page.locator('.accordion__section')).toHaveCount(6);
  expect(errors).toEqual([]);
});

test('section content: goals, the proposal and two-axis ceasefire badges', async ({ page }) => {
  await openWidget(page);
  await page.getByRole('button', { name: 'Show all sections' }).click();
  const goals = page.locator('#summit-goals-panel .fact');
  await expect(goals).toHaveCount(4);
  await expect(goals.nth(3)).toContainText('first line of defence');
  const proposal = page.locator('#peacekeeping-panel .card');
  await expect(proposal).toContainText('Coalition of the Willing');
  await expect(proposal).toContainText('France, United Kingdom');
  await expect(proposal).toContainText('The proposed force could deploy to important towns and strategic bases in Ukraine, Macron said on Wednesday.');
  await expect(proposal).toContainText('Be on the front lines or go to fight');
  const agreements = page.locator('#ceasefire-panel .card');
  await expect(agreements, 'the source speaks of the agreements only together').toHaveCount(1);
  await expect(agreements.first()).toContainText('Covers');
  await expect(agreements.first()).toContainText('Safeguarding shipping in the Black Sea.');
  await expect(agreements.first()).toContainText('Halting strikes on energy infrastructure.');
  const badges = agreements.first().locator('.badge');
  await expect(badges.nth(0)).toContainText('Agreement: Agreed');
  await expect(badges.nth(1)).toContainText('Compliance: Mutual accusations');
  await expect(badges.nth(1).locator('time')).toHaveAttribute('datetime', '2025-03-27');
  await expect(agreements.first().locator('.claim')).toHaveText([
    /Russia \(Moscow\) accuses Ukraine \(Kyiv\): violations; the report does not say of which agreement/,
    /Ukraine \(Kyiv\) accuses Russia \(Moscow\): violations; the report does not say of which agreement/,
  ]);
});

test('evidence is shown on demand as a quotation from the article', async ({ page }) => {
  await openWidget(page);
  const figure = page.locator('.figure').first();
  const quote = figure.locator('.evidence__quote');
  await expect(quote).toBeHidden();
  await figure.getByText('Evidence').click();
  await expect(quote).toBeVisible();
  await expect(figure.locator('.evidence__label')).toHaveText('From the article:');
  await expect(quote).toHaveText('Leaders from nearly 30 countries and NATO and EU chiefs met in the French capital');
});

test('accordion ARIA: button in heading, aria-expanded, aria-controls, hidden until found', async ({ page }) => {
  await openWidget(page);
  for (const section of await page.locator('.accordion__section').all()) {
    const button = section.locator('h3 > button.accordion__button');
    await expect(button).toHaveCount(1);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const panelId = await button.getAttribute('aria-controls');
    const panel = page.locator(`#${panelId}`);
    await expect(panel).toHaveAttribute('hidden', 'until-found');
    await expect(panel).toHaveAttribute('role', 'region');
    await expect(panel).toHaveAttribute('aria-labelledby', await button.getAttribute('id'));
  }
});

test('keyboard: Enter and Space toggle, arrows, Home and End move between headers', async ({ page }) => {
  await openWidget(page);
  const buttons = page.locator('.accordion__button');
  await buttons.first().focus();
  await page.keyboard.press('Enter');
  await expect(buttons.first()).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#summit-goals-panel')).not.toHaveAttribute('hidden', /.*/);
  await page.keyboard.press('Space');
  await expect(buttons.first()).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#summit-goals-panel')).toHaveAttribute('hidden', 'until-found');

  await page.keyboard.press('ArrowDown');
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(buttons.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(buttons.first(), 'ArrowDown wraps to the first header').toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(buttons.last(), 'ArrowUp wraps to the last header').toBeFocused();
  await page.keyboard.press('Home');
  await expect(buttons.first()).toBeFocused();
});

test('Show all opens every section, Hide all closes them, and the label follows', async ({ page }) => {
  await openWidget(page);
  const toggle = page.locator('.accordion__toggle-all');
  await expect(toggle).toHaveText('Show all sections');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.locator('.accordion__button[aria-expanded="true"]')).toHaveCount(6);
  await expect(page.locator('.accordion__panel[hidden]')).toHaveCount(0);
  await expect(toggle).toHaveText('Hide all sections');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(page.locator('.accordion__button[aria-expanded="false"]')).toHaveCount(6);
  await expect(toggle).toHaveText('Show all sections');
  // Opening every section one by one also flips the control.
  const buttons = await page.locator('.accordion__button').all();
  expect(buttons).toHaveLength(6);
  for (const button of buttons) await button.click();
  await expect(toggle).toHaveText('Hide all sections');
});

test('a deep link opens and scrolls to its section, also on hash change', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await openWidget(page, '', '#timeline');
  await expect(page.locator('#timeline-button')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#summit-goals-button')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#timeline')).toBeInViewport();
  await page.evaluate(() => { location.hash = '#ceasefire'; });
  await expect(page.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#ceasefire-button')).toBeInViewport();
});

test('find-in-page: Chromium\'s own text search reaches a collapsed section and opens it', async ({ page }) => {
  // A text fragment (#:~:text=) is searched by the browser's find-in-page machinery, which
  // reveals hidden=until-found content with a real beforematch: CSS that made the text
  // unfindable, or a handler that did not open the section, would fail here.
  // Loaded first, then the fragment in a navigation to the same document: Chromium looks for
  // a text fragment only until shortly after the load event, which a busy machine can pass
  // before the widget has rendered.
  await openWidget(page);
  await page.goto('/#:~:text=Safeguarding%20shipping');
  await expect(page.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Safeguarding shipping in the Black Sea.')).toBeVisible();
  await expect(page.locator('#what-next-panel'), 'only the section with the match opens').toHaveAttribute('hidden', 'until-found');
});

test('an unknown section type renders its title and summary; known ones still render', async ({ page }) => {
  await openWidget(page, '?src=/fixtures/minimal.json');
  await expect(page.locator('.explainer')).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'Map of forces' }).click();
  // Its summary, then only the section's link.
  await expect(page.locator('#map-panel .accordion__summary')).toHaveText('Where forces would be deployed, drawn on a map.');
  await expect(page.locator('#map-panel > *')).toHaveCount(2);
  await expect(page.locator('#map-panel > .section-link')).toHaveText('Link to this section');
  await page.getByRole('button', { name: 'What next' }).click();
  await expect(page.locator('#next-panel .fact')).toContainText('A known section still renders.');
});

test('a facts section lists each fact with its evidence, in a list', async ({ page }) => {
  await openWidget(page, '?src=/fixtures/key-facts.json');
  await page.getByRole('button', { name: 'What we know' }).click();
  const facts = page.locator('#known-panel ul > li.fact');
  await expect(facts).toHaveCount(2);
  await expect(facts.nth(1)).toContainText('Repairs are expected to take six weeks.');
  await expect(page.locator('#known-panel')).toContainText('work expected to last six weeks');
});

test('a 320 px phone shows no horizontal scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openWidget(page);
  await page.locator('.accordion__toggle-all').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test('without requestIdleCallback (Safari), closed panels are prepared on timeouts, one after another, and open as usual', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.requestIdleCallback;
    // Each 50 ms timeout (the stand-in's delay) records which of them was running when it was set.
    window.__chain = [];
    let running = null;
    const setTimeoutBefore = window.setTimeout;
    window.setTimeout = (callback, delay, ...args) => {
      if (delay !== 50) return setTimeoutBefore(callback, delay, ...args);
      const index = window.__chain.push({ setDuring: running }) - 1;
      return setTimeoutBefore(() => {
        running = index;
        try { callback(...args); } finally { running = null; }
      }, delay);
    };
  });
  const errors = await openWidget(page);
  expect(await page.evaluate(() => typeof window.requestIdleCallback)).toBe('undefined');
  const panels = await page.locator('.accordion__panel[hidden]').count();
  expect(panels).toBe(6);
  // One timeout per closed panel, each set by the one before it: never all at once.
  await expect.poll(() => page.evaluate(() => window.__chain.length)).toBe(panels);
  await page.waitForTimeout(200); // a seventh would have been set by now
  expect(await page.evaluate(() => window.__chain.map((entry) => entry.setDuring))).toEqual([null, 0, 1, 2, 3, 4]);
  await page.locator('#summit-goals-button').click();
  await expect(page.locator('#summit-goals-panel')).not.toHaveAttribute('hidden');
  expect(errors).toEqual([]);
});

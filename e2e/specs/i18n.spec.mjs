// The interface in every language of i18n/: fetched beside the wasm, matched as the publisher
// matches, plural forms by the browser's rules, right-to-left languages mirrored.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { openWidget, withGoals } from './helpers.mjs';
import { TEST_BUILD_ORIGIN } from '../playwright.config.mjs';

const i18n = new URL('../../i18n/', import.meta.url);
const LIST = JSON.parse(readFileSync(new URL('languages.json', i18n), 'utf8'));
const TAGS = Object.keys(LIST.languages);
const file = (tag) => JSON.parse(readFileSync(new URL(`${tag}.json`, i18n), 'utf8'));

// The badge and the claim are whole sentences in each language's own word order and
// punctuation (French puts a no-break space before a colon), not English fragments.
const LANGUAGES = [
  ['en', 'Show all sections', 'Published March 27, 2025', 'Agreement: Agreed', 'Try again', 'Agreement: Agreed (as of ', / accuses .+: /],
  ['fr', 'Afficher toutes les sections', 'Publié le 27 mars 2025', 'Accord : Conclu', 'Réessayer', 'Accord\u00a0: Conclu (au ', / accuse .+\u00a0: /],
  ['uk', 'Показати всі розділи', 'Опубліковано 27 березня 2025 р.', 'Угода: Погоджено', 'Спробувати ще раз', 'Угода: Погоджено (станом на ', / звинувачує сторону «.+»: /],
  ['de', 'Alle Abschnitte einblenden', 'Veröffentlicht am 27. März 2025', 'Abkommen: Vereinbart', 'Erneut versuchen', 'Abkommen: Vereinbart (Stand: ', / wirft .+ vor: /],
  ['ar', 'إظهار كل الأقسام', 'نُشر بتاريخ 27 مارس 2025', 'الاتفاق: متفق عليه', 'إعادة المحاولة', 'الاتفاق: متفق عليه (الوضع بتاريخ ', /^اتهام من .+ إلى .+: /],
];

for (const [lang, showAll, published, badge, retry, badgeSentence, claimSentence] of LANGUAGES) {
  test(`lang=${lang}: interface strings, a localized date and status labels`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&open=ceasefire`);
    await expect(page.locator('.accordion__toggle-all')).toHaveText(showAll);
    await expect(page.locator('.header__date').first()).toHaveText(published);
    const first = page.locator('#ceasefire-panel .badge').first();
    await expect(first.locator('.badge__axis')).toHaveText(new RegExp(`^${badge.split(':')[0].trim()}`));
    await expect(first.locator('.badge__value')).toHaveText(badge.split(':')[1].trim());
    expect(await first.evaluate((badge) => badge.textContent)).toContain(badgeSentence);
    await expect(page.locator('#ceasefire-panel .claim .fact__text').first()).toHaveText(claimSentence);
    await page.goto(`/?lang=${lang}&src=%2Fstatus%2F404`);
    await expect(page.locator('.error-panel__retry')).toHaveText(retry);
  });
}

test(`every language of i18n/ (${TAGS.length}) speaks from its file, with lang and dir on the root`, async ({ page }) => {
  expect(TAGS.length).toBeGreaterThanOrEqual(34);
  const errors = [];
  page.on('console', (message) => message.type() !== 'log' && errors.push(message.text()));
  for (const tag of TAGS) {
    const words = file(tag);
    await page.goto(`/?lang=${tag}`);
    const root = page.locator('main.explainer');
    await expect(root).toHaveAttribute('data-state', 'ready');
    await expect(root).toHaveAttribute('lang', tag);
    await expect(root).toHaveAttribute('dir', words.dir);
    await expect(page.locator('.accordion__toggle-all')).toHaveText(words.show_all);
    await expect(page.locator('.block-heading').first()).toHaveText(words.key_figures);
  }
  expect(errors).toEqual([]);
});

test('a tag is matched to a language as the publisher matches it; the browser decides without lang', async ({ browser }) => {
  const { cases } = JSON.parse(readFileSync(new URL('../fixtures/language-matching.json', import.meta.url), 'utf8'));
  const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  for (const [tag, expected] of cases) {
    await page.goto(`http://127.0.0.1:8081/?lang=${encodeURIComponent(tag)}`);
    await expect(page.locator('main.explainer'), tag).toHaveAttribute('lang', expected ?? 'en');
  }
  await page.context().close();
  const french = await browser.newContext({ locale: 'fr-FR' });
  const inFrench = await french.newPage();
  await inFrench.goto('http://127.0.0.1:8081/');
  await expect(inFrench.locator('.accordion__toggle-all')).toHaveText('Afficher toutes les sections');
  // A language the widget does not speak gives way to the browser's.
  await inFrench.goto('http://127.0.0.1:8081/?lang=gd');
  await expect(inFrench.locator('.accordion__toggle-all')).toHaveText('Afficher toutes les sections');
  await french.close();
  const gaelic = await browser.newContext({ locale: 'gd' });
  const other = await gaelic.newPage();
  await other.goto('http://127.0.0.1:8081/?lang=xx');
  await expect(other.locator('.accordion__toggle-all')).toHaveText('Show all sections');
  await gaelic.close();
});

test('the language file is fetched beside the wasm, once, and never for English', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => request.url().includes('/i18n/') && fetched.push(new URL(request.url()).pathname));
  await page.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  expect(await openWidget(page, '?lang=de')).toEqual([]);
  await expect(page.locator('.accordion__toggle-all')).toHaveText('Alle Abschnitte einblenden');
  const timing = await page.evaluate(() => {
    const entry = (part) => performance.getEntriesByType('resource').find((e) => e.name.includes(part));
    return { languageEnd: entry('/i18n/de.json').responseEnd, wasmEnd: entry('.wasm').responseEnd };
  });
  // No round trip after the wasm: the language arrived while the wasm was still on its way.
  expect(timing.languageEnd, JSON.stringify(timing)).toBeLessThan(timing.wasmEnd);
  expect(fetched).toEqual(['/i18n/de.json']);
  fetched.length = 0;
  await openWidget(page, '?lang=en-GB');
  await expect(page.locator('.accordion__toggle-all')).toHaveText('Show all sections');
  expect(fetched).toEqual([]);
});

test('a language file that cannot be had leaves the widget in English, with a warning', async ({ page }) => {
  await page.route('**/i18n/de.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto('/?lang=de');
  await expect(page.locator('main.explainer')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('main.explainer')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.accordion__toggle-all')).toHaveText('Show all sections');
  expect(warnings.join('\n')).toContain('HTTP 404 for i18n/de.json');
});

test('a long list says its count in the plural form the browser chooses, in the language\'s digits', async ({ page, request }) => {
  const goals = await withGoals(request, 102);
  for (const [lang, text] of [
    ['pl', 'Pokaż wszystkie 102 elementy'],
    ['ru', 'Показать все 102 элемента'],
    ['ar', 'إظهار 102 عنصر'],
    ['fa', 'نمایش همهٔ ۱۰۲ مورد'],
    ['en', 'Show all 102 items'],
  ]) {
    await page.goto(`/${goals}&lang=${lang}#summit-goals`);
    await expect(page.locator('.long-list__more')).toHaveText(text);
  }
});

test('error messages are translated', async ({ page }) => {
  await page.goto('/?lang=fr&src=%2Fstatus%2F404');
  await expect(page.locator('.error-panel__message')).toHaveText('Le serveur a répondu 404 Not Found pour http://127.0.0.1:8081/status/404.');
  await page.goto('/?lang=uk&src=%2Ffixtures%2Fmalformed.json');
  await expect(page.locator('.error-panel__message')).toContainText('Дані статті недійсні.');
});

for (const lang of ['ar', 'he', 'fa', 'ur']) {
  test(`lang=${lang} is mirrored, not only right-aligned, with no sideways scroll at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    // An article written in Arabic: its content runs right to left as the interface does.
    await page.goto(`/?lang=${lang}&open=all&src=%2Ffixtures%2Farabic.json`);
    const root = page.locator('main.explainer');
    await expect(root).toHaveAttribute('data-state', 'ready');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('article.explainer__article')).toHaveAttribute('dir', 'rtl');
    const layout = await page.evaluate(() => {
      const box = (selector) => document.querySelector(selector).getBoundingClientRect();
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        title: box('.accordion__title'),
        icon: box('.accordion__icon'),
        figureBorder: [style('.figure').borderRightWidth, style('.figure').borderLeftWidth],
        quoteBorder: [style('.quote').borderRightWidth, style('.quote').borderLeftWidth],
        timeline: [style('.timeline').borderRightWidth, style('.timeline').borderLeftWidth],
        eventPadding: [style('.timeline__event').paddingRight, style('.timeline__event').paddingLeft],
        toggleAll: box('.accordion__toggle-all'),
        root: box('main.explainer'),
        date: style('time').unicodeBidi,
      };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    // A header's title starts on the right, its chevron at the left end.
    expect(layout.icon.right).toBeLessThan(layout.title.left);
    expect(layout.title.right).toBeGreaterThan(layout.root.right - 40);
    // Key figures' and quotes' accents, and the timeline's rule, stand on the right.
    expect(layout.figureBorder).toEqual(['4px', '0px']);
    expect(layout.quoteBorder).toEqual(['3px', '0px']);
    expect(layout.timeline).toEqual(['2px', '0px']);
    expect(layout.eventPadding[1]).toBe('0px');
    // Show all sits at the inline end, on the left.
    expect(layout.toggleAll.left).toBeLessThan(layout.root.left + 40);
    // (The "Updated" mark of what changed stands on the right too: e2e/specs/since.spec.mjs.)
    // Dates, names and figures keep their own direction inside right-to-left text.
    expect(layout.date).toBe('isolate');
  });
}

test('a published page in Arabic speaks Arabic from its own data block, right to left, with no request for it', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const errors = [];
  page.on('console', (message) => message.type() !== 'log' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // The wasm held back until the prerendered page has been read, to compare it with the taken-over one.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${TEST_BUILD_ORIGIN}/talks-resume-ar/`);
  await expect(page.locator('.accordion__toggle-all')).toHaveText(file('ar').show_all);
  const before = await page.locator('#explainer-root').innerHTML();
  release();
  await expect(page.locator('#explainer-root')).toHaveAttribute('data-hydrated', '');
  // The publisher (ICU4X's plural rules, its own reading of the file) wrote what the wasm keeps.
  expect(await page.locator('#explainer-root').innerHTML()).toBe(before);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main.explainer')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('main.explainer')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.header__date').first()).toHaveText('نُشر بتاريخ 1 أبريل 2025');
  // Arabic's own comma between a name and its date, and between the names of the parties.
  await expect(page.locator('.quote__caption').first()).toContainText('الدولة أ، 1 أبريل 2025');
  // Taken over in Arabic: a click answers in Arabic.
  await page.locator('.accordion__toggle-all').click();
  await expect(page.locator('.accordion__toggle-all')).toHaveText(file('ar').hide_all);
  expect(requested.filter((path) => path.includes('/i18n/'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the root page says it needs JavaScript in every language, each marked with its own', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:8081/');
  const lines = page.locator('noscript .noscript p, .noscript p');
  await expect(lines).toHaveCount(TAGS.length);
  for (const tag of ['en', 'de', 'ar', 'ja']) {
    const line = page.locator(`.noscript p[lang="${tag}"]`);
    await expect(line).toHaveText(file(tag).noscript);
    await expect(line).toHaveAttribute('dir', file(tag).dir);
  }
  await context.close();
});

test('the embed-code page offers every language by its own name', async ({ page }) => {
  await page.goto('/embed-code/');
  const options = page.locator('#lang option');
  await expect(options).toHaveCount(TAGS.length + 1);
  await expect(page.locator('#lang option[value="de"]')).toHaveText('Deutsch');
  await expect(page.locator('#lang option[value="ar"]')).toHaveText('العربية');
  await page.selectOption('#lang', 'ar');
  await expect(page.locator('#code')).toHaveValue(/lang=ar/);
});

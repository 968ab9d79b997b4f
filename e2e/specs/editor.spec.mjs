// The editor (/editor/): an article's JSON beside its source, every problem placed, every quote
// held to the source, the real widget previewing the draft, drafts kept in the browser.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axe, cspViolations, recordCspViolations } from './helpers.mjs';

const PARIS = readFileSync(new URL('../../articles/paris-summit.json', import.meta.url), 'utf8');
const SOURCE = readFileSync(new URL('../../articles/paris-summit.source.txt', import.meta.url), 'utf8');
const PARIS_AML = readFileSync(new URL('../../articles/paris-summit.aml', import.meta.url), 'utf8');
const CURLY = 'forming a “Coalition of the Willing.”"';
const STRAIGHT = 'forming a \\"Coalition of the Willing.\\""';

const problems = (page) => page.locator('#problem-list > li');
const preview = (page) => page.frameLocator('#preview');

/** The line (from 1) and the offset (UTF-16, as a textarea counts) of `index` in `text`. */
function place(text, index) {
  return { line: text.slice(0, index).split('\n').length, offset: index };
}

/** Waits until the problems listed are those of the texts as they are. */
const checked = (page) => expect(page.locator('#problems')).toHaveAttribute('aria-busy', 'false');

/** Opens the editor with no draft kept, and waits for its checks to have run. */
async function openEditor(page) {
  await page.goto('/editor/');
  await checked(page);
}

/** Replaces both texts, as a paste would, and waits for the checks to run on them. */
async function write(page, article, source = '') {
  await page.locator('#source').fill(source);
  await page.locator('#article').fill(article);
  await checked(page);
}

test.beforeEach(({ page }) => recordCspViolations(page));

test('the Paris article and its source have no problem, and the preview shows the article', async ({ page }) => {
  await openEditor(page);
  await expect(page.locator('#summary')).toHaveText(/^1 problem: 1 in the format\./);
  await expect(problems(page)).toHaveText([/Line 1, column 1The article is empty/]);
  await write(page, PARIS, SOURCE);
  await expect(page.locator('#summary')).toHaveText(/^No problems: the article follows the format, and every quote/);
  await expect(problems(page)).toHaveCount(0);
  const headline = JSON.parse(PARIS).headline;
  await expect(preview(page).locator('.explainer[data-state="ready"] h2').first()).toHaveText(headline);
  expect(await cspViolations(page)).toEqual([]);
});

test('typing an error shows its path and line; choosing it puts the cursor there', async ({ page }) => {
  await openEditor(page);
  await write(page, PARIS);
  const valueAt = PARIS.indexOf('paris-summit-2025');
  const article = page.locator('#article');
  await article.focus();
  await article.evaluate((area, at) => area.setSelectionRange(at, at), valueAt);
  await page.keyboard.type('Not A Slug ');
  await checked(page);
  const typed = await article.inputValue();
  await expect(problems(page)).toHaveCount(1);
  const { line } = place(typed, valueAt);
  await expect(problems(page).first()).toContainText(`Line ${line}, column 9 · id`);
  await expect(problems(page).first()).toContainText('id "Not A Slug paris-summit-2025" must be 1 to 64 lowercase letters');
  // Move the cursor away, then choose the problem.
  await article.evaluate((area) => area.setSelectionRange(area.value.length, area.value.length));
  await problems(page).first().getByRole('button').click();
  await expect(article).toBeFocused();
  // The value starts at its opening quote, one before the letters typed.
  const expected = place(typed, typed.indexOf('"Not A Slug')).offset;
  expect(await article.evaluate((area) => [area.selectionStart, area.selectionEnd])).toEqual([expected, expected]);
});

test('the JSON\'s lines are numbered beside it, those with a problem marked, and the numbers scroll with it', async ({ page }) => {
  await openEditor(page);
  const broken = PARIS.replace('"id": "paris-summit-2025"', '"id": ""');
  await write(page, broken);
  const gutter = page.locator('#article-lines');
  const area = page.locator('#article');
  const numbers = (count) => Array.from({ length: count }, (_, index) => String(index + 1));
  expect((await gutter.textContent()).split('\n')).toEqual(numbers(broken.split('\n').length));
  await expect(gutter.locator('.code__problem')).toHaveText(['3']);
  // Each number on its line: the same line height, and the first line as far from the top.
  const metrics = (element) => {
    const style = getComputedStyle(element);
    return [element.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop), style.lineHeight];
  };
  expect(await gutter.evaluate(metrics)).toEqual(await area.evaluate(metrics));
  // Scrolled with the text, to its very end.
  await area.evaluate((text) => { text.scrollTop = text.scrollHeight; });
  const scrolled = await area.evaluate((text) => text.scrollTop);
  expect(scrolled).toBeGreaterThan(1000);
  await expect.poll(() => gutter.evaluate((element) => element.scrollTop)).toBe(scrolled);
  // A line typed adds a number; the problem fixed, no line is marked.
  await write(page, `${PARIS}\n`);
  expect((await gutter.textContent()).split('\n')).toEqual(numbers(PARIS.split('\n').length + 1));
  await expect(gutter.locator('.code__problem')).toHaveCount(0);
});

test('a syntax error is placed by line and column, counted in characters', async ({ page }) => {
  await openEditor(page);
  const broken = PARIS.replace('"inLanguage": "en",', '"inLanguage": "en" "x": "Київ",');
  await write(page, broken);
  const at = broken.indexOf('"x": "Київ"');
  const { line } = place(broken, at);
  const column = at - broken.lastIndexOf('\n', at);
  await expect(problems(page)).toHaveText([new RegExp(`^Line ${line}, column ${column}Not JSON: expected \`,\` or \`}\`\\.`)]);
  await problems(page).first().getByRole('button').click();
  expect(await page.locator('#article').evaluate((area) => area.selectionStart)).toBe(at);
  await expect(page.locator('#caret')).toHaveText(`Line ${line}, column ${column}`);
});

test('evidence that is not word for word is flagged with its path and the nearest passage', async ({ page }) => {
  await openEditor(page);
  const straightened = PARIS.replace(CURLY, STRAIGHT);
  await write(page, straightened, SOURCE);
  await expect(page.locator('#summary')).toHaveText(/^1 problem: 1 quote or evidence string not word for word in the source\./);
  const item = problems(page).first();
  await expect(item).toHaveAttribute('data-kind', 'verbatim');
  await expect(item).toContainText('sections[1].proposals[0].status.evidence');
  await expect(item.locator('.problem__quote').first()).toContainText('forming a "Coalition of the Willing."');
  await expect(item.locator('.problem__quote').nth(1)).toContainText('Nearest passage in the source: ');
  const nearest = item.locator('.problem__quote').nth(1).locator('code');
  await expect(nearest).toHaveText(/forming a “Coalition of the Willing\.”$/);
  // Shown as written: quotation marks added around it would hide which kind it ends with.
  const added = (code) => ['::before', '::after'].map((part) => getComputedStyle(code, part).content);
  expect(await nearest.evaluate(added)).toEqual(['none', 'none']);
  await item.getByRole('button').click();
  const at = straightened.lastIndexOf('"The top leaders', straightened.indexOf(STRAIGHT));
  expect(await page.locator('#article').evaluate((area) => area.selectionStart)).toBe(at);
  // Without the source text, quotes are not checked, and the summary says how to check them.
  await write(page, straightened, '');
  await expect(problems(page)).toHaveCount(0);
  await expect(page.locator('#summary')).toHaveText(/Paste the source text to check the quotes/);
});

test('a fixed draft shows in the preview', async ({ page }) => {
  await openEditor(page);
  await write(page, PARIS.replace('"headline": ', '"headline" '));
  await expect(preview(page).locator('.explainer[data-state="error"]')).toBeVisible();
  await write(page, PARIS.replace(/"headline": "[^"]*"/, '"headline": "Edited in the editor"'));
  await expect(problems(page)).toHaveCount(0);
  await expect(preview(page).locator('.explainer[data-state="ready"] h2').first()).toHaveText('Edited in the editor');
  expect(await cspViolations(page)).toEqual([]);
});

test('the preview speaks the draft\'s language, mirrored for one written right to left', async ({ page }) => {
  const ARABIC = readFileSync(new URL('../fixtures/arabic.json', import.meta.url), 'utf8');
  await openEditor(page);
  await write(page, ARABIC);
  await expect(problems(page)).toHaveCount(0);
  const root = preview(page).locator('main.explainer[data-state="ready"]');
  await expect(root).toHaveAttribute('lang', 'ar');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(preview(page).locator('.accordion__toggle-all')).toHaveText('إظهار كل الأقسام');
  await write(page, PARIS);
  await expect(root).toHaveAttribute('lang', 'en');
  await expect(root).toHaveAttribute('dir', 'ltr');
  expect(await cspViolations(page)).toEqual([]);
});

test('an edit keeps the sections open in the preview, and its scroll position', async ({ page }) => {
  await openEditor(page);
  await write(page, PARIS);
  const widget = preview(page);
  await widget.locator('#ceasefire-button').click();
  await expect(widget.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  const frame = page.locator('#preview');
  await widget.locator('#ceasefire-button').evaluate((button) => button.scrollIntoView());
  const scrolled = await frame.evaluate((element) => element.contentWindow.scrollY);
  expect(scrolled).toBeGreaterThan(200);
  await write(page, PARIS.replace(/"headline": "[^"]*"/, '"headline": "Edited below the fold"'));
  await expect(widget.locator('h2').first()).toHaveText('Edited below the fold');
  await expect(widget.locator('#ceasefire-button')).toHaveAttribute('aria-expanded', 'true');
  await expect(widget.locator('#summit-goals-button')).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => frame.evaluate((element) => element.contentWindow.scrollY)).toBe(scrolled);
});

test('drafts survive a reload, and the preview shows the kept draft', async ({ page }) => {
  await openEditor(page);
  const edited = PARIS.replace(/"headline": "[^"]*"/, '"headline": "Kept across a reload"');
  await write(page, edited, SOURCE);
  await expect(page.locator('#summary')).toHaveText(/^No problems/);
  await page.reload();
  await expect(page.locator('#article')).toHaveValue(edited);
  await expect(page.locator('#source')).toHaveValue(SOURCE);
  await expect(page.locator('#summary')).toHaveText(/^No problems/);
  await expect(preview(page).locator('h2').first()).toHaveText('Kept across a reload');
});

test('without storage (turned off in this browser) the preview still shows the draft, and the page says drafts are not kept', async ({ page }) => {
  // What a browser does when a site may not store data: every use of localStorage throws. In
  // the preview frame too.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openEditor(page);
  const edited = PARIS.replace(/"headline": "[^"]*"/, '"headline": "Shown with no storage"');
  await write(page, edited, SOURCE);
  await expect(page.locator('#saved')).toHaveText('This browser does not keep drafts: download the article before you leave the page.');
  await expect(preview(page).locator('.explainer[data-state="ready"] h2').first()).toHaveText('Shown with no storage');
});

test('the preview at phone and desktop widths, in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openEditor(page);
  await write(page, PARIS);
  const frame = page.locator('#preview');
  const width = () => frame.evaluate((element) => element.getBoundingClientRect().width);
  const background = () => frame.evaluate((element) => getComputedStyle(element.contentDocument.body).backgroundColor);
  await expect(preview(page).locator('.explainer[data-state="ready"]')).toBeVisible();
  expect(await width()).toBe(375);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.getByLabel('Desktop').check();
  await expect.poll(width).toBe(768);
  await page.getByLabel('Dark').check();
  await expect(preview(page).locator('.explainer[data-state="ready"]')).toBeVisible();
  await expect.poll(background).toBe('rgb(18, 20, 23)');
  await expect(preview(page).locator('h2').first()).toHaveText(JSON.parse(PARIS).headline);
});

test('an article loads from an allowed address, and not from another origin', async ({ page }) => {
  await openEditor(page);
  const fixture = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
  const draft = PARIS.replace(/"headline": "[^"]*"/, '"headline": "The draft before the load"');
  await write(page, draft);
  const undo = page.getByRole('button', { name: 'Undo load' });
  await expect(undo).toBeHidden();
  const load = async () => {
    await page.getByLabel('Load an article from its address').fill('/fixtures/minimal.json');
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(page.locator('#load-status')).toHaveText('Loaded http://127.0.0.1:8081/fixtures/minimal.json in place of the draft.');
    await expect(page.locator('#article')).toHaveValue(fixture);
  };
  await load();
  await expect(page.locator('#summary')).toHaveText(/^No problems in the format/);
  // The draft it replaced comes back with Undo load, which then goes away.
  await undo.click();
  await expect(page.locator('#article')).toHaveValue(draft);
  await expect(page.locator('#article')).toBeFocused();
  await expect(page.locator('#load-status')).toHaveText('The draft from before the load is back.');
  await expect(undo).toBeHidden();
  await expect(preview(page).locator('h2').first()).toHaveText('The draft before the load');
  // An edit after a load makes the loaded text the draft: nothing to undo.
  await load();
  await expect(undo).toBeVisible();
  await page.locator('#article').press('End');
  await page.keyboard.type(' ');
  await expect(undo).toBeHidden();
  await page.locator('#article').fill(fixture);
  await page.getByLabel('Load an article from its address').fill('http://localhost:8082/embed.html');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.locator('#load-status')).toHaveText('The explainer does not load articles from http://localhost:8082. It loads them from http://127.0.0.1:8081.');
  await expect(page.locator('#article')).toHaveValue(fixture);
  await page.getByLabel('Load an article from its address').fill('/status/404');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.locator('#load-status')).toHaveText('Could not load http://127.0.0.1:8081/status/404: the server answered 404 Not Found.');
  expect(await cspViolations(page)).toEqual([]);
});

test('an article over 2 MB in bytes is not loaded, though under 2 M characters', async ({ page, request }) => {
  // Cyrillic takes two bytes a letter in UTF-8: the cap is the widget's, in bytes.
  const put = await request.put('/__put/editor-over-cap?type=application%2Fjson', { data: `"${'й'.repeat(1_100_000)}"` });
  expect(put.ok()).toBeTruthy();
  await openEditor(page);
  await write(page, PARIS);
  await page.getByLabel('Load an article from its address').fill('/generated/editor-over-cap');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.locator('#load-status')).toHaveText('Could not load http://127.0.0.1:8081/generated/editor-over-cap: it is larger than 2 MB.');
  await expect(page.locator('#article')).toHaveValue(PARIS);
});

/** The line (from 1) of the one occurrence of `needle` in `text`. */
const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split('\n').length;

test('ArchieML mode: the template has no problem, an error is placed at its ArchieML line, and the preview follows', async ({ page }) => {
  await openEditor(page);
  await page.locator('#template').click();
  await expect(page.locator('#mode-archieml')).toBeChecked();
  await expect(page.locator('label[for="article"]')).toHaveText('Article in ArchieML');
  await expect(page.locator('#article')).toHaveValue(PARIS_AML);
  await page.locator('#source').fill(SOURCE);
  await checked(page);
  await expect(page.locator('#summary')).toHaveText(/^No problems: the article follows the format, and every quote/);
  const headline = JSON.parse(PARIS).headline;
  await expect(preview(page).locator('.explainer[data-state="ready"] h2').first()).toHaveText(headline);
  // An empty headline: placed on its ArchieML line; choosing it puts the cursor at the value.
  const broken = PARIS_AML.replace(/^headline: .*$/m, 'headline:').replace('text: Europe knows how to defend itself.', 'text: Europe knows how to defend itself!');
  await write(page, broken, SOURCE);
  const line = lineOf(broken, 'headline:');
  await expect(problems(page)).toHaveText([
    new RegExp(`^Line ${line}, column 10 · headlinemust not be empty`),
    new RegExp(`^Line ${lineOf(broken, 'Europe knows how to defend itself!')}, column 7 · quotes\\[0\\]\\.textNot word for word`),
  ]);
  await problems(page).first().locator('button').click();
  await expect(page.locator('#article')).toBeFocused();
  expect(await page.locator('#article').evaluate((area) => area.selectionStart)).toBe(broken.indexOf('headline:') + 'headline:'.length);
  await expect(page.locator('.code__problem').first()).toHaveText(String(line));
  // The preview shows the draft as a reader would: the widget's own message for the broken rule.
  await write(page, PARIS_AML.replace(/^headline: .*$/m, 'headline: Edited in ArchieML'), SOURCE);
  await expect(preview(page).locator('.explainer[data-state="ready"] h2').first()).toHaveText('Edited in ArchieML');
  expect(await cspViolations(page)).toEqual([]);
});

test('ArchieML mode: text ArchieML cannot read is placed; switching modes rewrites the draft, or says why it cannot', async ({ page }) => {
  await openEditor(page);
  await write(page, PARIS);
  await page.locator('#mode-archieml').check();
  await expect(page.locator('#article')).toHaveValue(PARIS_AML);
  await expect(page.locator('#saved')).toHaveText('The draft is now written in ArchieML.');
  await page.locator('#mode-json').check();
  expect(JSON.parse(await page.locator('#article').inputValue())).toEqual(JSON.parse(PARIS));
  // A number has no ArchieML form: the draft stays JSON, and the page says why.
  await write(page, '{"schemaVersion": 1}');
  // The radio is put back at once: clicked, not checked (which waits for it to stay checked).
  await page.locator('#mode-archieml').click();
  await expect(page.locator('#mode-json')).toBeChecked();
  await expect(page.locator('#saved')).toHaveText(/^The draft stays JSON: schemaVersion: a number/);
  // ArchieML that cannot be read: its line named.
  await page.locator('#template').click();
  await write(page, 'id: x\nheadline: text\n{headline.inner}\n');
  await expect(problems(page)).toHaveText([/^Line 3, column 1Not ArchieML: "inner" cannot go into a value that is text/]);
  // Kept across a reload, in its mode.
  await page.reload();
  await checked(page);
  await expect(page.locator('#mode-archieml')).toBeChecked();
  await expect(page.locator('#article')).toHaveValue('id: x\nheadline: text\n{headline.inner}\n');
});

test('an .aml address loads as ArchieML, checked and previewed as such', async ({ page, request }) => {
  const river = readFileSync(new URL('../../article/tests/fixtures/river-talks.aml', import.meta.url), 'utf8');
  const put = await request.put('/__put/river-talks.aml?type=text%2Fplain', { data: river });
  expect(put.ok()).toBeTruthy();
  await openEditor(page);
  await page.locator('#address').fill('/generated/river-talks.aml');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.locator('#load-status')).toHaveText(/^Loaded .*river-talks\.aml in place of the draft\.$/);
  await expect(page.locator('#mode-archieml')).toBeChecked();
  await checked(page);
  await expect(problems(page)).toHaveCount(0);
  await expect(preview(page).locator('.explainer[data-state="ready"] h2').first()).toHaveText('River talks end with a truce, not a treaty');
  // Undo load brings back the draft, in its own mode.
  await page.locator('#undo-load').click();
  await expect(page.locator('#mode-json')).toBeChecked();
  await expect(page.locator('#article')).toHaveValue('');
});

test('Download gives the draft as ArchieML and as JSON, whichever it is written in', async ({ page }) => {
  await openEditor(page);
  await page.locator('#template').click();
  await checked(page);
  const [aml] = await Promise.all([page.waitForEvent('download'), page.locator('#download-aml').click()]);
  expect(aml.suggestedFilename()).toBe('paris-summit-2025.aml');
  expect(readFileSync(await aml.path(), 'utf8')).toBe(PARIS_AML);
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
  expect(json.suggestedFilename()).toBe('paris-summit-2025.json');
  expect(JSON.parse(readFileSync(await json.path(), 'utf8'))).toEqual(JSON.parse(PARIS));
  // From JSON too.
  await page.locator('#mode-json').check();
  const [fromJson] = await Promise.all([page.waitForEvent('download'), page.locator('#download-aml').click()]);
  expect(readFileSync(await fromJson.path(), 'utf8')).toBe(PARIS_AML);
});

test('the draft downloads as a file named after its id', async ({ page }) => {
  await openEditor(page);
  const edited = PARIS.replace(/"headline": "[^"]*"/, '"headline": "Downloaded"');
  await write(page, edited);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('paris-summit-2025.json');
  expect(readFileSync(await download.path(), 'utf8')).toBe(edited);
});

test('the editor works with the keyboard alone', async ({ page }) => {
  await openEditor(page);
  await write(page, PARIS.replace('"id": "paris-summit-2025"', '"id": ""'), SOURCE);
  await page.locator('#address').focus();
  const order = [];
  // A date field keeps the focus while Tab moves through its day, month and year: one stop.
  for (let i = 0; i < 20 && order.length < 12; i += 1) {
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return active.id || active.textContent.trim().slice(0, 20) || active.value;
    });
    if (focused !== order.at(-1)) order.push(focused);
    await page.keyboard.press('Tab');
  }
  expect(order).toEqual(['address', 'Load', 'mode-json', 'template', 'article', 'download', 'download-aml', 'source', 'draft-published', 'draft-source', 'Line 3, column 9 · i', 'phone']);
  // A problem chosen with Enter puts the cursor at its place.
  await page.locator('#problem-list button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#article')).toBeFocused();
  expect(await page.locator('#article').evaluate((area) => area.selectionStart)).toBe(PARIS.indexOf('"paris-summit-2025"'));
});

test('nothing typed leaves the browser: no request carries the draft or the source', async ({ page }) => {
  const sent = [];
  page.on('request', (request) => sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await openEditor(page);
  const marker = 'MARKER-7f3a';
  await write(page, PARIS.replace(/"headline": "[^"]*"/, `"headline": "${marker} in the headline"`), `${SOURCE} ${marker}`);
  await expect(preview(page).locator('h2').first()).toHaveText(`${marker} in the headline`);
  await page.getByLabel('Dark').check();
  await expect(preview(page).locator('h2').first()).toHaveText(`${marker} in the headline`);
  expect(sent.length).toBeGreaterThan(5);
  expect(sent.filter((line) => !line.startsWith('GET '))).toEqual([]);
  expect(sent.filter((line) => line.includes(marker))).toEqual([]);
  // The draft's address is answered in the frame; it never reaches the server.
  expect(sent.filter((line) => line.includes('/editor/draft.json'))).toEqual([]);
});

test('reflow at 400 % zoom: at 320 CSS px nothing but the preview\'s own box scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
  const page = await context.newPage();
  await openEditor(page);
  await write(page, PARIS.replace('"id": "paris-summit-2025"', '"id": ""').replace(CURLY, STRAIGHT), SOURCE);
  await expect(problems(page)).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  const frameWidth = () => page.locator('#preview').evaluate((element) => element.getBoundingClientRect().width);
  expect(await frameWidth()).toBeLessThanOrEqual(320);
  // The desktop preview keeps its width inside a box that scrolls, as a 768 px page would.
  await page.getByLabel('Desktop').check();
  await expect.poll(frameWidth).toBe(768);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await context.close();
});

test.describe('axe-core', () => {
  test.use({ bypassCSP: true });
  const everyKind = PARIS.replace('"id": "paris-summit-2025"', '"id": ""').replace(CURLY, STRAIGHT);
  const everyKindAml = PARIS_AML.replace('id: paris-summit-2025', 'id:').replace('text: Europe knows how', 'text: Europe knew how');
  for (const [name, article, source, colorScheme, archieml] of [
    ['with no draft', '', '', 'light'],
    ['with problems of every kind', everyKind, SOURCE, 'light'],
    ['with a clean draft', PARIS, SOURCE, 'light'],
    ['with problems of every kind, in a dark system theme', everyKind, SOURCE, 'dark'],
    ['in ArchieML, with problems of every kind', everyKindAml, SOURCE, 'light', true],
  ]) {
    test(`no violations on the editor ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openEditor(page);
      if (archieml) await page.locator('#template').click();
      const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(body, 'the editor in the system theme').toBe(colorScheme === 'dark' ? 'rgb(22, 24, 27)' : 'rgb(244, 245, 246)');
      await write(page, article, source);
      await page.getByLabel('Desktop').check();
      await page.getByLabel('Dark').check();
      await expect(preview(page).locator('.explainer[data-state]')).toBeVisible();
      expect(await axe(page, { embeddedHeadings: false })).toEqual([]);
    });
  }
});

test('Draft from the source: the Paris source drafted in place of an empty draft, without a problem, previewed, and undone', async ({ page }) => {
  await openEditor(page);
  await page.locator('#source').fill(SOURCE);
  await page.getByLabel('Published on (for the draft)').fill('2025-03-27');
  await page.getByRole('button', { name: 'Draft from the source' }).click();
  const article = page.locator('#article');
  await expect(article).toHaveValue(/"name": "Volodymyr Zelenskyy"/);
  const drafted = JSON.parse(await article.inputValue());
  expect(drafted.datePublished).toBe('2025-03-27');
  // "on Thursday", counted from the date given.
  expect(drafted.quotes[0].dateCreated).toBe('2025-03-27');
  expect(drafted.quotes.map((q) => q.creator)).toEqual(expect.arrayContaining(['volodymyr-zelenskyy', 'emmanuel-macron']));
  expect(drafted.keyFigures).toEqual(expect.arrayContaining([expect.objectContaining({ qualifier: 'nearly', value: '30', label: 'countries' })]));
  await checked(page);
  await expect(page.locator('#summary')).toHaveText(/^No problems: the article follows the format, and every quote/);
  await expect(page.locator('#draft-status')).toHaveText(/^Drafted from the source in \d+ ms/);
  await expect(preview(page).locator('.explainer[data-state="ready"] h2').first()).toHaveText(drafted.headline);
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Undo draft' }).click();
  await expect(article).toHaveValue('');
  expect(await cspViolations(page)).toEqual([]);
});

test('Draft from the source asks before it replaces a draft, and writes ArchieML in ArchieML mode', async ({ page }) => {
  await openEditor(page);
  await write(page, PARIS, SOURCE);
  const article = page.locator('#article');
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Draft from the source' }).click();
  await expect(article).toHaveValue(PARIS);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Draft from the source' }).click();
  await expect(article).not.toHaveValue(PARIS);
  await page.getByRole('button', { name: 'Undo draft' }).click();
  await expect(article).toHaveValue(PARIS);

  // On an empty draft, choosing ArchieML simply switches; the draft then comes as ArchieML.
  await write(page, '', SOURCE);
  await page.getByRole('radio', { name: 'ArchieML' }).check();
  await expect(page.getByRole('radio', { name: 'ArchieML' })).toBeChecked();
  await expect(page.locator('#article-label')).toHaveText('Article in ArchieML');
  await page.getByRole('button', { name: 'Draft from the source' }).click();
  await expect(article).toHaveValue(/^schemaVersion: 1\.0$/m);
  await checked(page);
  await expect(page.locator('#summary')).toHaveText(/^No problems/);
});

test('Draft from the source without a source says what to do', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Draft from the source' }).click();
  await expect(page.locator('#draft-status')).toHaveText('Paste the article into Source text first: the draft is made from it.');
  await expect(page.locator('#source')).toBeFocused();
});

// The transfer budgets, kept at review time, for the root page and every published page, as sent
// compressed (the .br siblings in dist/):
// - to interactive, every file the page loads (the HTML, glue with the loader, wasm, stylesheet)
//   at most 110 KB;
// - on a published page, the critical path to first paint (the HTML and its stylesheet) at most
//   14 KB, which fits the first round trip of a new connection (ten TCP segments of ~1.4 KB).
// `make bench` measures the same bytes in the browser, with timings beside them.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const INTERACTIVE_BYTES = 110 * 1024;
const FIRST_PAINT_BYTES = 14 * 1024;

/** The root page and every published page (dist/<id>/, beside its article.json), as paths under dist. */
const PAGES = [
  'index.html',
  ...readdirSync(dist)
    .filter((name) => existsSync(join(dist, name, 'article.json')))
    .map((name) => `${name}/index.html`),
];

/**
 * The page and every file it names, as paths under dist: all of them to interactive, and those
 * a first paint waits for (the page and its stylesheet; not the <noscript> one, not the script).
 */
function filesOf(pagePath) {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const under = (address) => posix.normalize(posix.join(posix.dirname(pagePath), address));
  const outsideNoscript = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const all = [...outsideNoscript.matchAll(/(?:src|href|data-js|data-wasm)="(\.\.?\/[^"]+)"/g)].map((m) => under(m[1]));
  const styles = [...outsideNoscript.matchAll(/<link rel="stylesheet" href="(\.\.?\/[^"]+)"/g)].map((m) => under(m[1]));
  return { interactive: [pagePath, ...new Set(all)], firstPaint: [pagePath, ...styles] };
}

/** The total compressed size of `files`, and a readable table of it. */
function weigh(files) {
  const sizes = files.map((name) => [name, statSync(join(dist, `${name}.br`)).size]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  return { total, table: `${total} B in all (${sizes.map(([name, size]) => `${name}: ${size} B`).join(', ')})` };
}

test('the root page in another language, its language file counted, is at most 110 KB to interactive', async ({ page }) => {
  const tags = readdirSync(join(dist, 'i18n')).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5));
  expect(tags.length).toBeGreaterThanOrEqual(34);
  for (const tag of tags) {
    const { total, table } = weigh([...filesOf('index.html').interactive, `i18n/${tag}.json`]);
    expect(total, table).toBeLessThanOrEqual(INTERACTIVE_BYTES);
  }
  // And that file is all it adds.
  const counted = new Set([...filesOf('index.html').interactive, 'i18n/de.json'].map((name) => `/${name}`));
  const loaded = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/?lang=de');
  await expect(page.locator('main.explainer')).toHaveAttribute('data-state', 'ready');
  await page.waitForLoadState('networkidle');
  expect(loaded).toContain('/i18n/de.json');
  const uncounted = loaded.filter((path) => !counted.has(path.endsWith('/') ? `${path}index.html` : path));
  expect(uncounted).toEqual([]);
});

test('there is a published page to weigh', () => {
  expect(PAGES.length).toBeGreaterThan(1);
});

for (const pagePath of PAGES) {
  test(`${pagePath}: every file to interactive is at most 110 KB compressed`, () => {
    const { total, table } = weigh(filesOf(pagePath).interactive);
    expect(total, table).toBeLessThanOrEqual(INTERACTIVE_BYTES);
  });

  test(`${pagePath}: the page loads no file besides those counted`, async ({ page }) => {
    const counted = new Set(filesOf(pagePath).interactive.map((name) => `/${name}`));
    const loaded = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`/${pagePath.replace(/index\.html$/, '')}`);
    await expect(page.locator('main.explainer')).toHaveAttribute('data-state', 'ready');
    await page.waitForLoadState('networkidle');
    const uncounted = loaded.filter((path) => !counted.has(path.endsWith('/') ? `${path}index.html` : path));
    expect(uncounted).toEqual([]);
  });
}

for (const pagePath of PAGES.filter((path) => path !== 'index.html')) {
  test(`${pagePath}: the first paint waits for at most 14 KB compressed`, () => {
    const { firstPaint, interactive } = filesOf(pagePath);
    expect(firstPaint.length, 'the page and one stylesheet').toBe(2);
    expect(interactive.some((name) => name.endsWith('.wasm'))).toBe(true);
    const { total, table } = weigh(firstPaint);
    expect(total, table).toBeLessThanOrEqual(FIRST_PAINT_BYTES);
  });
}

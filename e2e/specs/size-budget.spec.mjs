// The transfer budget of issue 5, kept at review time: the files a first render of the default
// article loads, as sent compressed (their .br siblings in dist/), total at most 100 KB.
// `make bench` measures the same bytes in the browser, with timings beside them.
import { test, expect } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const BUDGET_BYTES = 100 * 1024;

/** index.html and every file it names for the first render: glue (with the loader), wasm, stylesheet. */
function firstRenderFiles() {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const named = [...index.matchAll(/(?:src|href|data-js|data-wasm)="\.\/([^"]+)"/g)].map((m) => m[1]);
  return ['index.html', ...new Set(named)];
}

test('a first render of the default article is at most 100 KB compressed', () => {
  const sizes = firstRenderFiles().map((name) => [name, statSync(join(dist, `${name}.br`)).size]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  const table = sizes.map(([name, size]) => `${name}: ${size} B`).join(', ');
  expect(total, `${total} B in all (${table})`).toBeLessThanOrEqual(BUDGET_BYTES);
});

test('the first render loads no file besides those counted', async ({ page }) => {
  const counted = new Set(firstRenderFiles().map((name) => `/${name}`));
  const loaded = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.locator('main.explainer')).toHaveAttribute('data-state', 'ready');
  await page.waitForLoadState('networkidle');
  const uncounted = loaded.filter((path) => !counted.has(path === '/' ? '/index.html' : path));
  expect(uncounted).toEqual([]);
});

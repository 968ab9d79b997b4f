// Paired cold loads of the root page from one or more builds, against the static snapshot of the
// bundled article that make bench writes (bench/results/pages/static.html): time to ready and
// the median of the per-load ratios, the loads taken in turn. For trying a change to the start:
// scripts/build-release.sh index.html /tmp/x, then ROOTS=dist,/tmp/x RUNS=15 node e2e/ready-probe.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import config from './playwright.config.mjs';
const roots = (process.env.ROOTS ?? 'dist').split(',');
const servers = roots.map((root, i) => spawn('node', ['e2e/server.mjs', '--root', root, '--port', String(8080 + i), '--compress', '--extra', 'bench/results/pages'], { stdio: 'ignore' }));
await new Promise((r) => setTimeout(r, 1000));
const browser = await chromium.launch(config.use.launchOptions);
const pages = [['static', 'http://127.0.0.1:8080/extra/static.html'], ...roots.map((root, i) => [root, `http://127.0.0.1:${8080 + i}/${process.env.Q ?? ''}`])];
const rows = Object.fromEntries(pages.map(([n]) => [n, []]));
async function load(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => new MutationObserver(() => { if (!window.__r && document.querySelector('[data-state="ready"]')) window.__r = performance.now(); }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] }));
  await page.goto(url);
  await page.waitForFunction(() => window.__r);
  const r = await page.evaluate(() => window.__r);
  await context.close();
  return r;
}
for (const [, url] of pages) await load(url);
const RUNS = Number(process.env.RUNS ?? 15);
for (let i = 0; i < RUNS; i++) for (let j = 0; j < pages.length; j++) { const [n, url] = pages[(i + j) % pages.length]; rows[n][i] = await load(url); }
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
for (const [n] of pages) console.log(n.padEnd(16), 'ready', med(rows[n]).toFixed(1), 'ratio', med(rows[n].map((v, i) => v / rows.static[i])).toFixed(2));
await browser.close(); servers.forEach((s) => s.kill());

// Probe: a live check's main-thread work, with the worker and without it (its script refused,
// so live.js falls back to the page's thread), paired in one run. As bench.mjs measures it.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const PORT = 8095;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.RUNS ?? 5);
const server = spawn('node', [join(here, 'server.mjs'), '--root', join(root, 'dist'), '--port', String(PORT), '--compress'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ ...(process.env.CHROMIUM ? { executablePath: process.env.CHROMIUM } : {}), args: process.env.JSFLAGS ? [`--js-flags=${process.env.JSFLAGS}`] : [] });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
async function measure(name, blockWorker) {
  await fetch(`${BASE}/__live/${name}`, { method: 'PUT', body: readFileSync(join(root, 'articles', 'paris-summit.json')) });
  const checks = async () => (await (await fetch(`${BASE}/__live-log/${name}`)).json()).length;
  const context = await browser.newContext();
  const page = await context.newPage();
  if (blockWorker) await page.route(/check-worker/, (route) => route.abort());
  await page.goto(`${BASE}/?src=${encodeURIComponent(`/live/${name}`)}&refresh=10`);
  await page.locator('.live').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  while ((await checks()) < 2) await page.waitForTimeout(200);
  await page.waitForTimeout(300);
  const samples = [];
  const spans = [];
  for (let i = 0; i < RUNS; i += 1) {
    const before = await checks();
    await page.waitForTimeout(8500);
    const start = await taskMs();
    const startedAt = Date.now();
    while ((await checks()) === before) await page.waitForTimeout(100);
    await page.waitForTimeout(300);
    samples.push((await taskMs()) - start);
    spans.push(Date.now() - startedAt);
  }
  const idleStart = await taskMs();
  await page.waitForTimeout(3000);
  const idle = (await taskMs()) - idleStart;
  const net = samples.map((sample, i) => sample - (idle / 3000) * spans[i]);
  const statuses = (await (await fetch(`${BASE}/__live-log/${name}`)).json()).slice(2).map((e) => e.status);
  await context.close();
  return { median: median(samples), net: median(net), samples: samples.map((s) => +s.toFixed(2)), idle: +idle.toFixed(2), statuses };
}
const worker = await measure(`w${Date.now()}`, false);
const main = await measure(`m${Date.now()}`, true);
console.log(JSON.stringify({ worker, main }, null, 1));
await browser.close();
server.kill();

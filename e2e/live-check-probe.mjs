// A live check's main-thread work with the worker and without it (its script refused, so live.js
// falls back to the page's thread), paired in one run, measured as `make bench` measures it
// (e2e/live-check.mjs). Usage, after `make build`: RUNS=9 node e2e/live-check-probe.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureLiveCheck } from './live-check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const PORT = 8095;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.RUNS ?? 5);
const ARTICLE = join(root, 'articles', 'paris-summit.json');
const server = spawn('node', [join(here, 'server.mjs'), '--root', join(root, 'dist'), '--port', String(PORT), '--compress'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const worker = await measureLiveCheck(browser, BASE, ARTICLE, `worker-${Date.now()}`, { runs: RUNS });
  const page = await measureLiveCheck(browser, BASE, ARTICLE, `page-${Date.now()}`, { runs: RUNS, refuseWorker: true });
  for (const [name, result] of Object.entries({ worker, page })) {
    console.log(`${name.padEnd(7)} ${result.checkMs.toFixed(2)} ms (windows ${result.windowMs.toFixed(2)} ms; in a worker: ${result.inWorker}; answers ${[...new Set(result.statuses)].join(', ')})`);
  }
} finally {
  await browser.close();
  server.kill();
}

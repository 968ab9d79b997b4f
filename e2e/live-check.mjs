// The main-thread work of one live check that finds the article unchanged (the server answers
// 304), as `make bench` (bench.mjs) and e2e/live-check-probe.mjs measure it: Chromium's own count
// of task time (Performance.getMetrics) over a window holding that one check and nothing else,
// less what the idle page spends in as long. Real time, so each sample waits for the 10-second
// refresh.
import { readFileSync } from 'node:fs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/**
 * Opens the widget on `base`'s /live/<name> (the Paris article) with a 10-second refresh and
 * measures `runs` checks. `refuseWorker`: its worker's script is refused, so the checks run on
 * the page's own thread.
 */
export async function measureLiveCheck(browser, base, article, name, { runs, refuseWorker = false }) {
  await fetch(`${base}/__live/${name}`, { method: 'PUT', body: readFileSync(article) });
  const checks = async () => (await (await fetch(`${base}/__live-log/${name}`)).json()).length;
  const context = await browser.newContext();
  const page = await context.newPage();
  if (refuseWorker) await page.route(/check-worker/, (route) => route.abort());
  await page.goto(`${base}/?src=${encodeURIComponent(`/live/${name}`)}&refresh=10`);
  await page.locator('.live').waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  // The first check reads the article once more, by design, to learn its validator.
  while ((await checks()) < 2) await page.waitForTimeout(200);
  await page.waitForTimeout(300);
  const samples = [];
  const spans = [];
  for (let i = 0; i < runs; i += 1) {
    const before = await checks();
    // Start the window just before the check is due (10 s ±10% after the last one).
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
  // A check's own work: each window's task time less what the idle page spends in as long (its
  // rate over 3 s of nothing), then the median. The raw windows are reported beside it.
  const net = samples.map((sample, i) => sample - (idle / 3000) * spans[i]);
  const statuses = (await (await fetch(`${base}/__live-log/${name}`)).json()).slice(2).map((e) => e.status);
  const inWorker = page.workers().some((worker) => worker.url().includes('check-worker'));
  await context.close();
  return { checkMs: median(net), windowMs: median(samples), samples, idleMsPer3s: idle, statuses, inWorker };
}

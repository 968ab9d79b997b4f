// `make bench`: the widget's cost to a reader, measured in real headless Chromium against the
// release build served on loopback with brotli/gzip as a CDN would. Medians of RUNS runs after
// a warm-up; prints a table and writes bench/results/latest.json. Exits 1 when a budget is missed.
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from './playwright.config.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(root, 'bench', 'results');
const extra = join(out, 'pages');
mkdirSync(extra, { recursive: true });
const RUNS = Number(process.env.RUNS ?? 7);
// Loads are cheap and the ratio to the static page is the noisiest figure: three times the runs.
const LOAD_RUNS = 3 * RUNS;
const PORT = 8090;
const BASE = `http://127.0.0.1:${PORT}`;
const SCALES = [10, 100, 1000, 10000];
const BUDGET = { transferKB: 100, readyRatio: 2, toggleMs: 16, showAllMs: 100 };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const kb = (bytes) => (bytes / 1024).toFixed(1);

// A generated article with `items` goals in one section, built from the bundled one.
function scaledArticle(items) {
  const article = JSON.parse(readFileSync(join(root, 'articles', 'paris-summit.json'), 'utf8'));
  const goals = article.sections[0].goals;
  article.sections[0].goals = Array.from({ length: items }, (_, i) => ({ ...goals[i % goals.length], text: `${i + 1}. ${goals[i % goals.length].text}` }));
  return JSON.stringify(article);
}

// The floor: the smallest Leptos app (bench/floor), put through the widget's own release build
// with index.html's settings, so that it differs from the widget only in the app. No
// client-rendered widget can be ready sooner on this machine.
const floorDir = join(root, 'target', 'bench-floor');
const FLOOR_BASE = `http://127.0.0.1:${PORT + 1}`;
{
  mkdirSync(floorDir, { recursive: true });
  const rustLink = readFileSync(join(root, 'index.html'), 'utf8').match(/<link data-trunk rel="rust"[^>]*\/>/)?.[0];
  if (!rustLink?.includes('data-bin="explainer"')) throw new Error('index.html has no rust link for the explainer binary');
  const floorLink = rustLink.replace('data-bin="explainer"', 'href="../../bench/floor/Cargo.toml" data-bin="explainer-bench-floor"');
  writeFileSync(join(floorDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench floor</title>${floorLink}<link data-trunk rel="css" href="../../style/main.css" data-integrity="none"><link data-trunk rel="copy-file" href="../../host/boot.js"></head><body></body></html>`);
  execFileSync(join(root, 'scripts', 'build-release.sh'), [join(floorDir, 'index.html'), join(floorDir, 'dist')], { stdio: 'inherit' });
}

const server = spawn('node', [join(here, 'server.mjs'), '--root', join(root, 'dist'), '--port', String(PORT), '--compress', '--extra', extra], { stdio: 'ignore' });
const floorServer = spawn('node', [join(here, 'server.mjs'), '--root', join(floorDir, 'dist'), '--port', String(PORT + 1), '--compress'], { stdio: 'ignore' });
const browser = await chromium.launch(config.use.launchOptions);

async function waitForServer(base) {
  for (let i = 0; i < 50; i += 1) {
    try { if ((await fetch(`${base}/`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('bench server did not start');
}

/**
 * Records when an element with data-state="ready" first exists, for widget and static page alike,
 * and says so on the console. Waiting for that message puts nothing into the page, whereas
 * Playwright's waitForFunction would first compile its own script there (10 to 30 ms), in the
 * middle of the widget's start-up but after the static page was already ready.
 */
const READY_PROBE = () => {
  const mark = () => {
    if (window.__readyAt || !document.querySelector('[data-state="ready"]')) return;
    window.__readyAt = performance.now();
    console.debug('bench:ready');
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
};

/** Opens `url` in `page` (with READY_PROBE) and returns once it is ready. */
async function openUntilReady(page, url, timeout) {
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url} was not ready after ${timeout} ms`)), timeout);
    page.on('console', (message) => {
      if (message.text() === 'bench:ready') {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await ready;
}

/** One cold load of `path` (on `base`): time to ready and bytes per resource. */
async function coldLoad(path, { throttle = 1, base = BASE } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await openUntilReady(page, base + path, 60_000);
  const result = await page.evaluate(() => ({
    ready: window.__readyAt,
    files: [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].map((e) => ({
      name: new URL(e.name).pathname, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize,
    })),
    memory: window.__explainerWasmMemory ? window.__explainerWasmMemory() : null,
  }));
  await context.close();
  return result;
}

/**
 * A real (trusted) click on `target`, measured two ways from one Chromium trace:
 * - `presented`: the reader's wait, from the input to the next frame presented after the click's
 *   handlers changed the DOM (the Event Timing entry's duration, as Chrome records it in the
 *   trace, unrounded): raster, compositing and the wait for the frame included;
 * - `work`: main-thread work only, every top-level task from the click's task through the task
 *   that paints the first frame after `done` (a selector) matched, marked in the trace.
 */
async function clickToPainted(page, cdp, target, done) {
  // A real mouse click at the element's centre, without Playwright's actionability checks,
  // which would add their own hit tests and layouts to the trace.
  const box = await page.locator(target).evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const events = [];
  const collect = (data) => events.push(...data.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  // Marks when `done` first matches, then lets two frames pass so that one of them painted it.
  await page.evaluate((selector) => {
    window.__shownAt = null;
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        window.__shownAt = performance.now();
        performance.mark('bench:shown'); // the same moment, in the trace's clock
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, attributes: true, childList: true });
  }, done);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => window.__shownAt !== null);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Chrome writes the click's Event Timing entry once the frame's presentation is confirmed,
  // which can come after those frames: idle time, not measured, before the trace ends.
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);

  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!click) throw new Error('no click in the trace');
  const timing = events.find((e) => e.name === 'EventTiming' && e.ph === 'b' && e.args?.data?.type === 'click');
  const presented = timing?.args?.data?.duration;
  if (typeof presented !== 'number') throw new Error('no Event Timing entry for the click in the trace');
  const onMain = events.filter((e) => e.pid === click.pid && e.tid === click.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const clickTask = tasks.find((t) => t.ts <= click.ts && t.ts + t.dur >= click.ts + click.dur);
  // The first paint after the change showed, not merely after the click.
  const shown = events.find((e) => e.name === 'bench:shown');
  if (!shown) throw new Error(`${done} never showed in the trace`);
  const paint = onMain.filter((e) => e.name === 'Paint' && e.ts >= Math.max(click.ts, shown.ts)).sort((a, b) => a.ts - b.ts)[0];
  if (!clickTask || !paint) throw new Error('click task or paint missing from the trace');
  const paintTask = tasks.find((t) => t.ts <= paint.ts && t.ts + t.dur >= paint.ts + paint.dur);
  const work = tasks.filter((t) => t.ts >= clickTask.ts && t.ts <= paintTask.ts).reduce((sum, t) => sum + t.dur, 0);
  return { work: work / 1000, presented };
}

await waitForServer(BASE);
await waitForServer(FLOOR_BASE);

// The static page: the widget's own rendered markup and CSS, no script: the physical limit.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-state="ready"]');
  const css = await page.evaluate(() => [...document.styleSheets].map((s) => s.href).find(Boolean));
  const body = await page.evaluate(() => document.querySelector('main.explainer').outerHTML);
  writeFileSync(join(extra, 'static.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static explainer</title><link rel="stylesheet" href="${new URL(css).pathname}"></head><body>${body}</body></html>`);
  await context.close();
}
for (const items of SCALES) writeFileSync(join(extra, `scaled-${items}.json`), scaledArticle(items));
execFileSync('node', [join(root, 'scripts', 'precompress.mjs'), extra]);

const results = { runs: RUNS, loadRuns: LOAD_RUNS, date: new Date().toISOString(), load: {}, scaling: [], budgets: {} };
// Widget, static page and floor take turns, run by run, so that all see the same moments of a
// shared machine; each ratio is the median of the per-run ratios to the static page.
for (const throttle of [1, 4]) {
  const suffix = throttle > 1 ? ` ${throttle}x CPU` : '';
  const widget = []; const still = []; const floor = [];
  const pages = [
    [widget, () => coldLoad('/', { throttle })],
    [still, () => coldLoad('/extra/static.html', { throttle })],
    [floor, () => coldLoad('/', { throttle, base: FLOOR_BASE })],
  ];
  // A warm-up at this CPU setting, then measured runs whose order rotates, so that no page is
  // always the one loaded first (or after the same other page).
  for (const [, load] of pages) await load();
  for (let i = 0; i < LOAD_RUNS; i += 1) {
    for (let j = 0; j < pages.length; j += 1) {
      const [runs, load] = pages[(i + j) % pages.length];
      runs.push(await load());
    }
  }
  for (const [name, runs] of [[`widget${suffix}`, widget], [`static${suffix}`, still], [`floor${suffix}`, floor]]) {
    results.load[name] = { readyMs: median(runs.map((r) => r.ready)), files: runs[0].files, memory: runs[0].memory };
  }
  results.load[`ratio${suffix}`] = median(widget.map((w, i) => w.ready / still[i].ready));
  results.load[`floor ratio${suffix}`] = median(floor.map((f, i) => f.ready / still[i].ready));
}

for (const items of SCALES) {
  const src = `/extra/scaled-${items}.json`;
  const ready = []; const toggle = []; const showAll = []; const togglePresented = []; const showAllPresented = []; let memory = null;
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await openUntilReady(page, `${BASE}/?src=${encodeURIComponent(src)}`, 120_000);
    ready.push(await page.evaluate(() => window.__readyAt));
    // A reader reads the header before opening a section; the widget uses that idle time to
    // lay out closed panels (accordion.rs). One second is well under a reading pause.
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    const opened = await clickToPainted(page, cdp, '#summit-goals-button', '#summit-goals-panel:not([hidden])');
    await clickToPainted(page, cdp, '#summit-goals-button', '#summit-goals-panel[hidden]');
    const all = await clickToPainted(page, cdp, '.accordion__toggle-all', '.accordion__toggle-all[aria-expanded="true"]');
    toggle.push(opened.work);
    togglePresented.push(opened.presented);
    showAll.push(all.work);
    showAllPresented.push(all.presented);
    memory = await page.evaluate(() => (window.__explainerWasmMemory ? window.__explainerWasmMemory() : null));
    await context.close();
  }
  results.scaling.push({
    items, readyMs: median(ready), toggleMs: median(toggle), showAllMs: median(showAll),
    togglePresentedMs: median(togglePresented), showAllPresentedMs: median(showAllPresented), wasmMemoryBytes: memory,
  });
}

// Wasm size by crate: the wasm-bindgen output of the release build (scripts/build-release.sh)
// optimised exactly as trunk does (index.html's wasm-opt settings), but keeping the name section
// (-g), so the sizes are what readers download, before compression.
const bindgen = join(root, 'target', 'release-size', 'wasm-bindgen', 'release', 'explainer_bg.wasm');
const named = join(out, 'explainer-named.wasm');
if (existsSync(bindgen)) {
  try {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const level = html.match(/data-wasm-opt="([^"]*)"/)[1];
    const params = html.match(/data-wasm-opt-params="([^"]*)"/)[1].split(/\s+/);
    execFileSync('wasm-opt', [`-O${level}`, '-g', ...params, bindgen, '-o', named]);
    const csv = execFileSync('twiggy', ['top', '-n', '100000', '-f', 'csv', named], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const byCrate = {};
    let total = 0;
    for (const line of csv.trim().split('\n').slice(1)) {
      const match = line.match(/^"?(.*?)"?,(\d+),/);
      if (!match || match[1].includes('function names') || match[1].startsWith('custom section')) continue;
      // The first `crate::` path in the symbol: for `<T as tachys::view::…>::f` that is tachys.
      const name = match[1];
      const crate = name.startsWith('data segment') ? '(data)' : (name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1] ?? '(other)');
      byCrate[crate] = (byCrate[crate] ?? 0) + Number(match[2]);
      total += Number(match[2]);
    }
    results.wasmByCrate = Object.entries(byCrate).sort((a, b) => b[1] - a[1]).slice(0, 15).map(([crate, bytes]) => ({ crate, bytes, share: bytes / total }));
  } catch (err) {
    results.wasmByCrate = `twiggy or wasm-opt unavailable: ${err.message.split('\n')[0]}`;
  }
}

await browser.close();
server.kill();
floorServer.kill();

// Report.
const widget = results.load.widget;
// The budget is on the files (HTML, JS, wasm, CSS, JSON) as sent compressed. HTTP headers are the
// server's, not the widget's: about 300 bytes per answer from this HTTP/1.1 test server, a few
// bytes over HTTP/2, whose header compression (HPACK) sends repeated headers as table indexes.
// They are shown in the transferred column and kept in the results.
const compressed = widget.files.reduce((sum, f) => sum + f.encoded, 0);
const transfer = widget.files.reduce((sum, f) => sum + f.transfer, 0);
console.log(`\nFirst render of the default article (median of ${RUNS}; brotli where accepted)\n`);
console.log('file'.padEnd(44) + 'raw KB'.padStart(10) + 'compressed KB'.padStart(15) + 'transferred KB'.padStart(16));
for (const f of widget.files) console.log(f.name.padEnd(44) + kb(f.decoded).padStart(10) + kb(f.encoded).padStart(15) + kb(f.transfer).padStart(16));
console.log('total'.padEnd(44) + kb(widget.files.reduce((s, f) => s + f.decoded, 0)).padStart(10) + kb(compressed).padStart(15) + kb(transfer).padStart(16));
const ratio = results.load.ratio;
const line = (label, suffix = '') => {
  const [w, st, fl] = ['widget', 'static', 'floor'].map((name) => results.load[`${name}${suffix}`].readyMs.toFixed(1));
  console.log(`${label.padEnd(15)}widget ${w} ms, static ${st} ms, ratio ${results.load[`ratio${suffix}`].toFixed(2)}; floor ${fl} ms, ratio ${results.load[`floor ratio${suffix}`].toFixed(2)}`);
};
console.log(`\ntime to ready (median of ${LOAD_RUNS}; floor: an empty Leptos app built and loaded as the widget is)`);
line('unthrottled:');
line('4x CPU:', ' 4x CPU');
console.log('\nitems     ready ms   toggle ms (work / presented)   show all ms (work / presented)   wasm memory KB');
console.log('(work: main-thread tasks from click to paint; presented: input to the next frame presented, Event Timing)');
for (const s of results.scaling) {
  const pair = (work, presented) => `${work.toFixed(1)} / ${presented.toFixed(1)}`;
  console.log(`${String(s.items).padEnd(8)}${s.readyMs.toFixed(1).padStart(9)}${pair(s.toggleMs, s.togglePresentedMs).padStart(31)}${pair(s.showAllMs, s.showAllPresentedMs).padStart(33)}${(s.wasmMemoryBytes ? kb(s.wasmMemoryBytes) : '-').padStart(17)}`);
}
if (typeof results.wasmByCrate === 'string') console.log(`\nwasm by crate: ${results.wasmByCrate}`);
if (Array.isArray(results.wasmByCrate)) {
  console.log('\nwasm by crate (after wasm-opt, before compression)');
  for (const c of results.wasmByCrate) console.log(`${c.crate.padEnd(28)}${kb(c.bytes).padStart(9)} KB ${(100 * c.share).toFixed(1).padStart(6)} %`);
}
const at1000 = results.scaling.find((s) => s.items === 1000);
results.budgets = {
  transfer: { value: compressed / 1024, budget: BUDGET.transferKB, ok: compressed / 1024 <= BUDGET.transferKB, withHeaders: transfer / 1024 },
  readyRatio: { value: ratio, budget: BUDGET.readyRatio, ok: ratio <= BUDGET.readyRatio, floor: results.load['floor ratio'] },
  // Held to what the reader waits for: input to the presented frame.
  toggleAt1000: { value: at1000.togglePresentedMs, budget: BUDGET.toggleMs, ok: at1000.togglePresentedMs <= BUDGET.toggleMs, work: at1000.toggleMs },
  showAllAt1000: { value: at1000.showAllPresentedMs, budget: BUDGET.showAllMs, ok: at1000.showAllPresentedMs <= BUDGET.showAllMs, work: at1000.showAllMs },
};
console.log('\nbudgets');
for (const [name, b] of Object.entries(results.budgets)) {
  const floor = b.floor ? `  (the floor, an empty app: ${b.floor.toFixed(2)})` : '';
  console.log(`${name.padEnd(16)} ${b.value.toFixed(2).padStart(9)}  (budget ${b.budget})  ${b.ok ? 'met' : 'MISSED'}${floor}`);
}
writeFileSync(join(out, 'latest.json'), JSON.stringify(results, null, 2));
console.log(`\nwritten to bench/results/latest.json`);
process.exit(Object.values(results.budgets).every((b) => b.ok) ? 0 : 1);

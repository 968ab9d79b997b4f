// `make bench`: the widget's cost to a reader, measured in real headless Chromium against the
// release build served on loopback with brotli/gzip as a CDN would. Medians of RUNS runs after
// a warm-up; prints a table and writes bench/results/latest.json. Exits 1 when a budget is missed.
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import config from './playwright.config.mjs';
import { measureLiveCheck } from './live-check.mjs';

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
const SCALES = [10, 100, 1000, 2000, 10000];
// Toggles (an opening and a closing each) per page load, timed by Event Timing.
const TOGGLES = 3;
const BUDGET = {
  interactiveKB: 110, firstPaintKB: 14, readyRatio: 2, showAllMs: 100,
  // Lighthouse, mobile preset (simulated slow 4G, 4x CPU): the published page against the static
  // snapshot of itself.
  lcpRatio: 1.1, cls: 0, tbtMs: 100,
  // Live updates: the main-thread work of a check that finds nothing new (a 304).
  liveCheckMs: 1,
};
// The bundled article's published page (`make build` publishes articles/).
const PUBLISHED = `/${JSON.parse(readFileSync(join(root, 'articles', 'paris-summit.json'), 'utf8')).id}/`;
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

// The 75th percentile, nearest rank: what field tools (CrUX, web-vitals) report across page views.
const p75 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(0.75 * xs.length) - 1];
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
  writeFileSync(join(floorDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench floor</title>${floorLink}<link data-trunk rel="css" href="../style/main.css" data-integrity="none"><link data-trunk rel="copy-file" href="../host/boot.js"></head><body></body></html>`);
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
    if (!window.__readyAt && document.querySelector('[data-state="ready"]')) {
      window.__readyAt = performance.now();
      console.debug('bench:ready');
    }
    // A published page shows its content at once; it is interactive once the wasm took it over.
    if (!window.__interactiveAt && document.querySelector('[data-hydrated]')) {
      window.__interactiveAt = performance.now();
      console.debug('bench:interactive');
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-hydrated'] });
  // The wasm's memory, for its size, caught as the glue instantiates the module (the release
  // shortens export names, so it is found by type); the widget carries no hook for it.
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      const exports = (result.instance ?? result).exports ?? {};
      window.__wasmMemory ??= Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
      return result;
    };
  }
};

/** Opens `url` in `page` (with READY_PROBE) and returns once it is ready (or `until` says so). */
async function openUntilReady(page, url, timeout, until = 'bench:ready') {
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url} was not ready after ${timeout} ms`)), timeout);
    page.on('console', (message) => {
      if (message.text() === until) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await ready;
}

/**
 * One cold load of `path` (on `base`): time to ready (the content shown), to interactive (for a
 * published page, once hydrated; else at ready) and bytes per resource.
 */
async function coldLoad(path, { throttle = 1, base = BASE, until = 'bench:ready' } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await openUntilReady(page, base + path, 60_000, until);
  const result = await page.evaluate(() => ({
    ready: window.__readyAt,
    interactive: window.__interactiveAt ?? window.__readyAt,
    files: [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].map((e) => ({
      name: new URL(e.name).pathname, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize,
    })),
    memory: window.__wasmMemory?.buffer.byteLength ?? null,
  }));
  await context.close();
  return result;
}

/** Scrolls `target` to the middle of the window and puts the mouse on its centre, for a real
 * click there without Playwright's actionability checks, which would add their own hit tests
 * and layouts to what is measured. */
async function pointAt(page, target) {
  const box = await page.locator(target).evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
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
  await pointAt(page, target);
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

/**
 * One real click on `target`, with no trace recording (a trace slows every frame), as the
 * page's own Event Timing API reports it, as INP and field tools read it: the longest of the
 * interaction's events (pointerdown, pointerup and click share an interactionId), input to the
 * next paint. The API reports an event from 16 ms only (its smallest threshold; a page's first
 * input always), durations rounded to 8 ms: none reported is at most 8 ms, counted as 8.
 */
async function clickEventTiming(page, target, done) {
  await pointAt(page, target);
  await page.evaluate(() => {
    window.__interaction = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.interactionId) window.__interaction.push(entry.duration);
    });
    observer.observe({ type: 'event', durationThreshold: 16 });
    observer.observe({ type: 'first-input' });
    window.__interactionObserver = observer;
  });
  await page.mouse.down();
  await page.mouse.up();
  await page.locator(done).waitFor({ state: 'attached' });
  // The entry is written once the frame's presentation is confirmed.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    window.__interactionObserver.disconnect();
    return window.__interaction.length ? Math.max(...window.__interaction) : 8;
  });
}

/** A page load of `src` whose section is toggled by a bare handler instead of the widget, as
 * the widget's are: the Event Timing of each opening and closing. */
async function bareToggles(src) {
  const { context, page } = await openScaled(src);
  await page.evaluate(() => document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('#summit-goals-button')) return;
    event.stopImmediatePropagation();
    const panel = document.getElementById('summit-goals-panel');
    if (panel.hasAttribute('hidden')) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'until-found');
  }, true));
  const bare = await toggleTimings(page);
  await context.close();
  return bare;
}

/** A cold load of the generated article `src`, ready, then left alone for a second: a reader
 * reads the header before opening a section, and the widget uses that idle time to lay out
 * closed panels (accordion.rs). One second is well under a reading pause. */
async function openScaled(src) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  await openUntilReady(page, `${BASE}/?src=${encodeURIComponent(src)}`, 120_000);
  const readyAt = await page.evaluate(() => window.__readyAt);
  await page.waitForTimeout(1000);
  return { context, page, readyAt };
}

/** The Event Timing of TOGGLES openings and closings of the first section, in turn. */
async function toggleTimings(page) {
  const timings = [];
  for (let t = 0; t < TOGGLES; t += 1) {
    timings.push(await clickEventTiming(page, '#summit-goals-button', '#summit-goals-panel:not([hidden])'));
    timings.push(await clickEventTiming(page, '#summit-goals-button', '#summit-goals-panel[hidden]'));
  }
  return timings;
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
  const widget = []; const still = []; const floor = []; const published = []; const german = [];
  const pages = [
    [widget, () => coldLoad('/', { throttle })],
    // Another language than English: its file is fetched beside the wasm (src/start/boot.js).
    [german, () => coldLoad('/?lang=de', { throttle })],
    [still, () => coldLoad('/extra/static.html', { throttle })],
    [floor, () => coldLoad('/', { throttle, base: FLOOR_BASE })],
    [published, () => coldLoad(PUBLISHED, { throttle, until: 'bench:interactive' })],
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
  results.load[`published${suffix}`] = {
    readyMs: median(published.map((r) => r.ready)), interactiveMs: median(published.map((r) => r.interactive)), files: published[0].files,
  };
  results.load[`published ratio${suffix}`] = median(published.map((p, i) => p.ready / still[i].ready));
  results.load[`ratio${suffix}`] = median(widget.map((w, i) => w.ready / still[i].ready));
  results.load[`floor ratio${suffix}`] = median(floor.map((f, i) => f.ready / still[i].ready));
  results.load[`widget lang=de${suffix}`] = { readyMs: median(german.map((r) => r.ready)), files: german[0].files };
  results.load[`lang=de ratio${suffix}`] = median(german.map((g, i) => g.ready / widget[i].ready));
}

for (const items of SCALES) {
  const src = `/extra/scaled-${items}.json`;
  const ready = []; const toggle = []; const showAll = []; const togglePresented = []; const showAllPresented = []; let memory = null;
  // Per page load (INP is a page load's worst interaction): the widget's toggles, its Show all,
  // and the floor's toggles (the same panel opened and closed by a bare handler, no widget code).
  const toggleEvent = []; const showAllEvent = []; const floorEvent = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { context, page, readyAt } = await openScaled(src);
    ready.push(readyAt);
    // The interactions with no trace recording, timed by the page itself: opening and closing a
    // section, then Show all.
    toggleEvent.push(await toggleTimings(page));
    showAllEvent.push(await clickEventTiming(page, '.accordion__toggle-all', '.accordion__toggle-all[aria-expanded="true"]'));
    await clickEventTiming(page, '.accordion__toggle-all', '.accordion__toggle-all[aria-expanded="false"]');
    // Then the widget's interactions in a Chromium trace (which slows every frame once it has
    // run, so it comes last), for the main-thread work and the trace's own figure.
    const cdp = await context.newCDPSession(page);
    const opened = await clickToPainted(page, cdp, '#summit-goals-button', '#summit-goals-panel:not([hidden])');
    await clickToPainted(page, cdp, '#summit-goals-button', '#summit-goals-panel[hidden]');
    const all = await clickToPainted(page, cdp, '.accordion__toggle-all', '.accordion__toggle-all[aria-expanded="true"]');
    toggle.push(opened.work);
    togglePresented.push(opened.presented);
    showAll.push(all.work);
    showAllPresented.push(all.presented);
    memory = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? null);
    await context.close();
    // The floor, at the budget's size: a page loaded alike, whose section is opened and closed
    // by a bare handler that keeps the widget from hearing the clicks. What any code showing
    // this DOM costs, first interaction included.
    if (items === 2000) floorEvent.push(await bareToggles(src));
  }
  results.scaling.push({
    items, readyMs: median(ready), toggleMs: median(toggle), showAllMs: median(showAll),
    togglePresentedMs: median(togglePresented), showAllPresentedMs: median(showAllPresented), wasmMemoryBytes: memory,
    // Input to next paint as the page's Event Timing reports it, as INP does: each page load's
    // worst toggle (opening or closing), then the 75th percentile of the loads, as field tools
    // report INP; the worst of every load beside it, and the floor's alike.
    toggleEventMs: p75(toggleEvent.map((load) => Math.max(...load))), toggleEventWorstMs: Math.max(...toggleEvent.flat()),
    ...(floorEvent.length && { toggleFloorMs: p75(floorEvent.map((load) => Math.max(...load))), toggleFloorWorstMs: Math.max(...floorEvent.flat()) }),
    showAllEventMs: p75(showAllEvent), showAllEventWorstMs: Math.max(...showAllEvent),
  });
}

// Live updates: the main-thread work of one check that finds the article unchanged
// (e2e/live-check.mjs).
results.live = await measureLiveCheck(browser, BASE, join(root, 'articles', 'paris-summit.json'), 'bench', { runs: RUNS });

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

// The drafter (crate draft, issue 31): a 1,000-word article (the English test articles' first
// paragraphs) drafted natively by explainer-draft (the process's start included) and in the
// editor's wasm by the export "Draft from the source" calls; medians of RUNS after a warm-up.
{
  const paragraphs = ['en-harbour-strike', 'en-flood-aid', 'en-vaccine-talks']
    .flatMap((name) => readFileSync(join(root, 'draft', 'tests', 'articles', `${name}.txt`), 'utf8').split('\n').filter(Boolean));
  const taken = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    if (words >= 1000) break;
    taken.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  const article = taken.join('\n');
  const sourceFile = join(extra, 'draft-source.txt');
  writeFileSync(sourceFile, article);
  execFileSync('cargo', ['build', '--release', '-q', '-p', 'explainer-draft'], { cwd: root, stdio: 'inherit' });
  const command = join(root, 'target', 'release', 'explainer-draft');
  const native = [];
  for (let i = 0; i <= RUNS; i += 1) {
    const started = process.hrtime.bigint();
    execFileSync(command, [sourceFile, '--published', '2026-03-12']);
    if (i > 0) native.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const page = await browser.newPage();
  await page.goto(`${BASE}/editor/`);
  const inWasm = await page.evaluate(async ({ text, runs }) => {
    const checks = await import('/editor/check.js');
    await checks.default();
    const times = [];
    for (let i = 0; i <= runs; i += 1) {
      const started = performance.now();
      checks.draft_from_source(text, '2026-03-12', '2026-03-12', false);
      if (i > 0) times.push(performance.now() - started);
    }
    return times;
  }, { text: article, runs: RUNS });
  await page.close();
  results.draft = {
    words,
    nativeMs: median(native),
    wasmMs: median(inWasm),
    editorWasmBrotliBytes: readFileSync(join(root, 'dist', 'editor', 'check_bg.wasm.br')).length,
  };
}

await browser.close();

// Lighthouse 12 (bench/, `scripts/tools.sh bench`), mobile preset: simulated slow 4G and 4x CPU,
// from one real load each. The published page, against a static snapshot of itself (its HTML
// and stylesheet, no script), and the client-rendered root page. Medians of LIGHTHOUSE_RUNS,
// the pages taking turns.
{
  const publishedHtml = readFileSync(join(root, 'dist', PUBLISHED, 'index.html'), 'utf8');
  const snapshot = publishedHtml
    .replace(/<script type="module"[^>]*><\/script>/, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
    .replaceAll('="../', '="/');
  writeFileSync(join(extra, 'published-static.html'), snapshot);
  // The same snapshot with one empty module script: what Lighthouse's simulation charges any
  // page for having a script at all (its model counts every script request that ends before the
  // first paint as blocking it, although a module script does not).
  writeFileSync(join(extra, 'empty.js'), '// nothing\n');
  writeFileSync(join(extra, 'published-static-script.html'), snapshot.replace('</head>', '<script type="module" src="/extra/empty.js"></script></head>'));
  execFileSync('node', [join(root, 'scripts', 'precompress.mjs'), extra]);
  const { default: lighthouse } = await import(pathToFileURL(join(root, 'bench', 'node_modules', 'lighthouse', 'core', 'index.js')).href);
  const port = PORT + 100; // Chromium's DevTools endpoint, for Lighthouse
  const lhBrowser = await chromium.launch({ ...config.use.launchOptions, args: [...config.use.launchOptions.args, `--remote-debugging-port=${port}`] });
  const audits = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift', tti: 'interactive', bytes: 'total-byte-weight' };
  const targets = { static: '/extra/published-static.html', 'static+script': '/extra/published-static-script.html', published: PUBLISHED, widget: '/' };
  results.lighthouse = {};
  // `simulate` is Lighthouse's default (one fast load, the slow network and CPU modelled);
  // `devtools` throttles the real load, slower to run but without the model's assumptions.
  for (const throttlingMethod of ['simulate', 'devtools']) {
    const runs = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
      for (const [name, path] of Object.entries(targets)) {
        const { lhr } = await lighthouse(BASE + path, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod });
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
        runs[name].push(Object.fromEntries(Object.entries(audits).map(([key, id]) => [key, lhr.audits[id].numericValue])));
      }
    }
    results.lighthouse[throttlingMethod] = Object.fromEntries(Object.entries(runs).map(([name, list]) => [
      name, Object.fromEntries(Object.keys(audits).map((key) => [key, median(list.map((r) => r[key]))])),
    ]));
    results.lighthouse[throttlingMethod].lcpRatio = median(runs.published.map((p, i) => p.lcp / runs.static[i].lcp));
    results.lighthouse[throttlingMethod].scriptFloorRatio = median(runs['static+script'].map((p, i) => p.lcp / runs.static[i].lcp));
  }
  await lhBrowser.close();
}
server.kill();
floorServer.kill();

// Report.
// The budgets are on the files (HTML, JS, wasm, CSS) as sent compressed. HTTP headers are the
// server's, not the widget's: about 300 bytes per answer from this HTTP/1.1 test server, a few
// bytes over HTTP/2, whose header compression (HPACK) sends repeated headers as table indexes.
// They are shown in the transferred column and kept in the results.
const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
const filesTable = (title, files) => {
  console.log(`\n${title} (brotli where accepted)\n`);
  console.log('file'.padEnd(44) + 'raw KB'.padStart(10) + 'compressed KB'.padStart(15) + 'transferred KB'.padStart(16));
  for (const f of files) console.log(f.name.padEnd(44) + kb(f.decoded).padStart(10) + kb(f.encoded).padStart(15) + kb(f.transfer).padStart(16));
  console.log('total'.padEnd(44) + kb(sum(files, 'decoded')).padStart(10) + kb(sum(files, 'encoded')).padStart(15) + kb(sum(files, 'transfer')).padStart(16));
};
const rootFiles = results.load.widget.files;
const publishedFiles = results.load.published.files;
filesTable('Root page, the bundled article rendered in the browser, to interactive', rootFiles);
filesTable(`Published page ${PUBLISHED}, to interactive`, publishedFiles);
// What its first paint waits for: the page and its stylesheet.
const firstPaintFiles = publishedFiles.filter((f) => f.name === PUBLISHED || f.name.endsWith('.css'));
const compressed = sum(rootFiles, 'encoded');
const transfer = sum(rootFiles, 'transfer');
const ratio = results.load.ratio;
const line = (label, suffix = '') => {
  const [w, st, fl] = ['widget', 'static', 'floor'].map((name) => results.load[`${name}${suffix}`].readyMs.toFixed(1));
  console.log(`${label.padEnd(15)}widget ${w} ms, static ${st} ms, ratio ${results.load[`ratio${suffix}`].toFixed(2)}; floor ${fl} ms, ratio ${results.load[`floor ratio${suffix}`].toFixed(2)}`);
};
console.log(`\ntime to ready (median of ${LOAD_RUNS}; floor: an empty Leptos app built and loaded as the widget is)`);
line('unthrottled:');
line('4x CPU:', ' 4x CPU');
for (const suffix of ['', ' 4x CPU']) {
  const de = results.load[`widget lang=de${suffix}`].readyMs.toFixed(1);
  const en = results.load[`widget${suffix}`].readyMs.toFixed(1);
  console.log(`root page${suffix}: lang=de ready at ${de} ms, lang=en at ${en} ms (ratio ${results.load[`lang=de ratio${suffix}`].toFixed(2)})`);
}
for (const suffix of ['', ' 4x CPU']) {
  const p = results.load[`published${suffix}`];
  console.log(`published${suffix || ''}: content at ${p.readyMs.toFixed(1)} ms (ratio to static ${results.load[`published ratio${suffix}`].toFixed(2)}), interactive at ${p.interactiveMs.toFixed(1)} ms`);
}
const lh = results.lighthouse.simulate;
for (const [method, table] of Object.entries(results.lighthouse)) {
  console.log(`\nLighthouse, mobile (slow 4G, 4x CPU), throttling: ${method}, median of ${LIGHTHOUSE_RUNS}`);
  console.log('page'.padEnd(15) + ['FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'TTI ms', 'KB'].map((h) => h.padStart(9)).join(''));
  for (const name of ['static', 'static+script', 'published', 'widget']) {
    const r = table[name];
    console.log(name.padEnd(15) + [r.fcp, r.lcp, r.tbt].map((v) => v.toFixed(0).padStart(9)).join('') + r.cls.toFixed(3).padStart(9) + r.tti.toFixed(0).padStart(9) + kb(r.bytes).padStart(9));
  }
  console.log(`LCP, published / static: ${table.lcpRatio.toFixed(2)}; static with one empty script / static: ${table.scriptFloorRatio.toFixed(2)}`);
}
console.log('\nitems     ready ms   toggle ms (INP, worst; floor INP, worst / work / trace)   show all ms (INP, worst / work / trace)   wasm memory KB');
console.log(`(INP: input to next paint as the page's Event Timing reports it: each load's worst interaction, then the 75th percentile of ${RUNS} loads,`);
console.log(` as field tools report it; worst: of every interaction of every load; ${TOGGLES} openings and closings per load; 8 = none reported, at most 8.`);
console.log(' floor (at 2,000 items): the same panel switched by a bare handler on a page loaded alike, no widget code; work: main-thread tasks from click to paint, median;');
console.log(' trace: the trace\'s Event Timing to the frame presented, median)');
for (const s of results.scaling) {
  const floor = s.toggleFloorMs ? `${s.toggleFloorMs}, ${s.toggleFloorWorstMs}` : '-';
  const toggle = `${s.toggleEventMs}, ${s.toggleEventWorstMs}; ${floor} / ${s.toggleMs.toFixed(1)} / ${s.togglePresentedMs.toFixed(1)}`;
  const showAll = `${s.showAllEventMs}, ${s.showAllEventWorstMs} / ${s.showAllMs.toFixed(1)} / ${s.showAllPresentedMs.toFixed(1)}`;
  console.log(`${String(s.items).padEnd(8)}${s.readyMs.toFixed(1).padStart(9)}${toggle.padStart(46)}${showAll.padStart(40)}${(s.wasmMemoryBytes ? kb(s.wasmMemoryBytes) : '-').padStart(17)}`);
}
if (typeof results.wasmByCrate === 'string') console.log(`\nwasm by crate: ${results.wasmByCrate}`);
if (Array.isArray(results.wasmByCrate)) {
  console.log('\nwasm by crate (after wasm-opt, before compression)');
  for (const c of results.wasmByCrate) console.log(`${c.crate.padEnd(28)}${kb(c.bytes).padStart(9)} KB ${(100 * c.share).toFixed(1).padStart(6)} %`);
}
// The interactions' budgets at 2,000 items, the size issue 34 names.
const at2000 = results.scaling.find((s) => s.items === 2000);
const publishedKB = sum(publishedFiles, 'encoded') / 1024;
const firstPaintKB = sum(firstPaintFiles, 'encoded') / 1024;
results.budgets = {
  rootToInteractiveKB: { value: compressed / 1024, budget: BUDGET.interactiveKB, ok: compressed / 1024 <= BUDGET.interactiveKB, withHeaders: transfer / 1024 },
  publishedToInteractiveKB: { value: publishedKB, budget: BUDGET.interactiveKB, ok: publishedKB <= BUDGET.interactiveKB },
  publishedFirstPaintKB: { value: firstPaintKB, budget: BUDGET.firstPaintKB, ok: firstPaintKB <= BUDGET.firstPaintKB && firstPaintFiles.length === 2 },
  lcpRatio: { value: lh.lcpRatio, budget: BUDGET.lcpRatio, ok: lh.lcpRatio <= BUDGET.lcpRatio, floor: lh.scriptFloorRatio },
  cls: { value: lh.published.cls, budget: BUDGET.cls, ok: lh.published.cls <= BUDGET.cls },
  tbtMs: { value: lh.published.tbt, budget: BUDGET.tbtMs, ok: lh.published.tbt <= BUDGET.tbtMs },
  readyRatio: { value: ratio, budget: BUDGET.readyRatio, ok: ratio <= BUDGET.readyRatio, floor: results.load['floor ratio'] },
  // Held to what the reader waits for: input to the presented frame.
  // Restated 2026-12-08 (docs/performance.md): no more than the floor's, a bare handler switching
  // the same panel, which itself reads above the 16 ms first asked.
  toggleAt2000: {
    value: at2000.toggleEventMs, budget: `the floor's (${at2000.toggleFloorMs})`, ok: at2000.toggleEventMs <= at2000.toggleFloorMs,
    worst: at2000.toggleEventWorstMs, floor: at2000.toggleFloorMs, floorWorst: at2000.toggleFloorWorstMs, work: at2000.toggleMs, trace: at2000.togglePresentedMs,
  },
  liveCheckMs: { value: results.live.checkMs, budget: BUDGET.liveCheckMs, ok: results.live.checkMs <= BUDGET.liveCheckMs && results.live.statuses.every((s) => s === 304) && results.live.inWorker, window: results.live.windowMs },
  // The editor's button (issue 31): under 200 ms, its wasm under 150 KB brotli.
  draftInEditorMs: { value: results.draft.wasmMs, budget: 200, ok: results.draft.wasmMs <= 200 },
  editorWasmKB: { value: results.draft.editorWasmBrotliBytes / 1024, budget: 150, ok: results.draft.editorWasmBrotliBytes / 1024 <= 150 },
  showAllAt2000: { value: at2000.showAllEventMs, budget: BUDGET.showAllMs, ok: at2000.showAllEventMs <= BUDGET.showAllMs, worst: at2000.showAllEventWorstMs, work: at2000.showAllMs, trace: at2000.showAllPresentedMs },
};
console.log(`\ndrafting a ${results.draft.words}-word article (median of ${RUNS}): ${results.draft.nativeMs.toFixed(1)} ms native (explainer-draft, process start included), ${results.draft.wasmMs.toFixed(1)} ms in the editor's wasm; the editor's wasm ${kb(results.draft.editorWasmBrotliBytes)} KB brotli`);
console.log('\nbudgets');
for (const [name, b] of Object.entries(results.budgets)) {
  const floorOf = { lcpRatio: 'one empty script', readyRatio: 'an empty app', toggleAt2000: 'a bare handler' };
  const floor = b.floor ? `  (the floor, ${floorOf[name]}: ${b.floor.toFixed(2)})` : '';
  console.log(`${name.padEnd(16)} ${b.value.toFixed(2).padStart(9)}  (budget ${b.budget})  ${b.ok ? 'met' : 'MISSED'}${floor}`);
}
writeFileSync(join(out, 'latest.json'), JSON.stringify(results, null, 2));
console.log(`\nwritten to bench/results/latest.json`);
process.exit(Object.values(results.budgets).every((b) => b.ok) ? 0 : 1);

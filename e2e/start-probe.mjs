// Where the root page's start goes, against the floor (bench/floor, an empty Leptos app built
// and loaded as the widget is), untraced: when the glue asks for the wasm to be compiled, when
// the wasm's response ended, when it was instantiated, when the app created its first element,
// and when the page was ready; medians of RUNS cold loads taken in turn.
// Usage: make bench once (it builds the floor), then RUNS=9 node e2e/start-probe.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import config from './playwright.config.mjs';

const RUNS = Number(process.env.RUNS ?? 9);
const servers = [
  spawn('node', ['e2e/server.mjs', '--root', process.env.ROOT ?? 'dist', '--port', '8094', '--compress'], { stdio: 'ignore' }),
  spawn('node', ['e2e/server.mjs', '--root', 'target/bench-floor/dist', '--port', '8093', '--compress'], { stdio: 'ignore' }),
];
await new Promise((resolve) => setTimeout(resolve, 1000));
const browser = await chromium.launch(config.use.launchOptions);

/** Marks the moments in the page, with nothing added to what it runs but a wrapper. */
const PROBE = () => {
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      window.__asked ??= performance.now();
      const result = await original.apply(WebAssembly, args);
      window.__instantiated ??= performance.now();
      return result;
    };
  }
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (...args) {
    window.__firstElement ??= performance.now();
    window.__elements = (window.__elements ?? 0) + 1;
    return create.apply(this, args);
  };
  new MutationObserver(() => {
    if (!window.__ready && document.querySelector('[data-state="ready"]')) window.__ready = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
};

const rows = { widget: [], floor: [] };
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, url] of [['widget', 'http://127.0.0.1:8094/'], ['floor', 'http://127.0.0.1:8093/']]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__ready);
    rows[name].push(await page.evaluate(() => ({
      asked: window.__asked,
      wasmArrived: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd,
      instantiated: window.__instantiated,
      firstElement: window.__firstElement,
      ready: window.__ready,
      elements: window.__elements,
    })));
    await context.close();
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [name, loads] of Object.entries(rows)) {
  const keys = ['asked', 'wasmArrived', 'instantiated', 'firstElement', 'ready', 'elements'];
  console.log(name.padEnd(7), keys.map((key) => `${key} ${median(loads.map((l) => l[key])).toFixed(1)}`).join(', '));
}
await browser.close();
servers.forEach((server) => server.kill());

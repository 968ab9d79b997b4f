import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import config from './playwright.config.mjs';
const PORT = 8091, BASE = `http://127.0.0.1:${PORT}`;
const server = spawn('node', ['e2e/server.mjs', '--root', process.env.ROOT ?? 'dist', '--port', String(PORT), '--compress', '--extra', 'bench/results/pages'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch(config.use.launchOptions);
const path = process.argv[2] ?? '/';
const runs = [];
for (let i = 0; i < 9; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => { const mark = () => { if (!window.__readyAt && document.querySelector('[data-state="ready"]')) window.__readyAt = performance.now(); };
    window.__t={}; for (const k of ['instantiateStreaming','instantiate','compileStreaming']) { const f=WebAssembly[k]; WebAssembly[k]=async (...a)=>{ window.__t[k+'0']=performance.now(); const r=await f.apply(WebAssembly,a); window.__t[k+'1']=performance.now(); return r; }; }
    new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] }); });
  const cdp = await context.newCDPSession(page);
  const prof = i === 8;
  if (prof) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
  await page.goto(BASE + path);
  await page.waitForFunction(() => window.__readyAt);
  const r = await page.evaluate(() => ({ ready: window.__readyAt, t: window.__t, res: [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].map((e) => [new URL(e.name).pathname.slice(0, 40), Math.round(e.startTime), Math.round(e.responseEnd)]) }));
  runs.push(r);
  if (prof) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, k) => { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000); });
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
  }
  await context.close();
}
for (const r of runs) console.log(Math.round(r.ready), JSON.stringify(Object.fromEntries(Object.entries(r.t).map(([k,v])=>[k,Math.round(v)]))), JSON.stringify(r.res));
await browser.close(); server.kill();

import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.exposeFunction('logit', (s) => console.log('LOG', s));
await p.addInitScript(() => window.addEventListener('message', (e) => window.logit && window.logit(location.origin + ' got ' + JSON.stringify(e.data).slice(0, 120) + ' from ' + e.origin)));
await p.goto(process.argv[2]);
await p.waitForTimeout(3000);
console.log(await p.evaluate(() => [...document.querySelectorAll('iframe')].map(f => [f.id, f.getAttribute('loading'), f.style.height])));
await b.close();

// Regenerates the screenshots under docs/ from the release build: `node screenshots.mjs` (server on :8081 must run).
import { chromium } from '@playwright/test';
import config from './playwright.config.mjs';

const base = config.use.baseURL;
const browser = await chromium.launch(config.use.launchOptions);

async function shoot(name, { path = '/', width = 800, height = 900, before } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(base + path);
  await page.waitForSelector('.explainer[data-state="ready"]');
  if (before) await before(page);
  await page.screenshot({ path: `../docs/${name}.png`, fullPage: true });
  await page.close();
  console.log(`docs/${name}.png`);
}

await shoot('default-view');
await shoot('phone-320-ceasefire', {
  path: '/#ceasefire',
  width: 320,
  height: 640,
  before: (page) => page.locator('#ceasefire .evidence__toggle').first().click(),
});
await browser.close();

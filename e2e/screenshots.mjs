// Regenerates the screenshots under docs/ from the release build: `node screenshots.mjs` (servers on :8081 and :8082 must run).
import { chromium } from '@playwright/test';
import config, { HOST_ORIGIN } from './playwright.config.mjs';

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
for (const lang of ['fr', 'uk', 'de']) {
  await shoot(`lang-${lang}`, { path: `/?lang=${lang}&open=ceasefire`, width: 420, height: 900 });
}
// Right to left: an article written in Arabic, in the Arabic interface, mirrored.
await shoot('lang-ar', { path: '/?lang=ar&open=ceasefire&src=%2Ffixtures%2Farabic.json', width: 420, height: 900 });
for (const [name, query] of [['host-page-light', 'q=open%3Dceasefire'], ['host-page-dark', 'q=theme%3Ddark%26open%3Dceasefire&dark=1']]) {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${HOST_ORIGIN}/embed.html?${query}`);
  await page.frameLocator('#explainer').locator('.explainer[data-state="ready"]').waitFor();
  await page.waitForTimeout(300); // let the host script apply the posted height
  // A full-page capture does not repaint iframes beyond the first viewport: grow the viewport instead.
  // Twice: items that render once visible settle the frame's height after the first growth.
  for (let i = 0; i < 2; i += 1) {
    // The article's own bottom: scrollHeight never shrinks below the viewport.
    const height = await page.evaluate(() => Math.ceil(document.querySelector('.story').getBoundingClientRect().bottom));
    await page.setViewportSize({ width: 900, height });
    await page.waitForTimeout(400);
  }
  await page.screenshot({ path: `../docs/${name}.png` });
  await page.close();
  console.log(`docs/${name}.png`);
}
await browser.close();

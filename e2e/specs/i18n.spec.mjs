// The interface in English, French and Ukrainian, with dates formatted by the browser's Intl.
import { test, expect } from '@playwright/test';

// The badge and the claim are whole sentences in each language's own word order and
// punctuation (French puts a no-break space before a colon), not English fragments.
const LANGUAGES = [
  ['en', 'Show all sections', 'Published March 27, 2025', 'Agreement: Agreed', 'Try again', 'Agreement: Agreed (as of ', / accuses .+: /],
  ['fr', 'Afficher toutes les sections', 'Publié le 27 mars 2025', 'Accord : Conclu', 'Réessayer', 'Accord\u00a0: Conclu (au ', / accuse .+\u00a0: /],
  ['uk', 'Показати всі розділи', 'Опубліковано 27 березня 2025 р.', 'Угода: Погоджено', 'Спробувати ще раз', 'Угода: Погоджено (станом на ', / звинувачує сторону «.+»: /],
];

for (const [lang, showAll, published, badge, retry, badgeSentence, claimSentence] of LANGUAGES) {
  test(`lang=${lang}: interface strings, a localized date and status labels`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&open=ceasefire`);
    await expect(page.locator('.accordion__toggle-all')).toHaveText(showAll);
    await expect(page.locator('.header__date').first()).toHaveText(published);
    const first = page.locator('#ceasefire-panel .badge').first();
    await expect(first.locator('.badge__axis')).toHaveText(new RegExp(`^${badge.split(':')[0].trim()}`));
    await expect(first.locator('.badge__value')).toHaveText(badge.split(':')[1].trim());
    expect(await first.evaluate((badge) => badge.textContent)).toContain(badgeSentence);
    await expect(page.locator('#ceasefire-panel .claim .fact__text').first()).toHaveText(claimSentence);
    await page.goto(`/?lang=${lang}&src=%2Fstatus%2F404`);
    await expect(page.locator('.error-panel__retry')).toHaveText(retry);
  });
}

test('without lang, the browser language decides; unknown languages fall back to English', async ({ browser }) => {
  const french = await browser.newContext({ locale: 'fr-FR' });
  const page = await french.newPage();
  await page.goto('http://127.0.0.1:8081/');
  await expect(page.locator('.accordion__toggle-all')).toHaveText('Afficher toutes les sections');
  await page.goto('http://127.0.0.1:8081/?lang=de');
  await expect(page.locator('.accordion__toggle-all')).toHaveText('Afficher toutes les sections');
  await french.close();
  const german = await browser.newContext({ locale: 'de-DE' });
  const other = await german.newPage();
  await other.goto('http://127.0.0.1:8081/?lang=de');
  await expect(other.locator('.accordion__toggle-all')).toHaveText('Show all sections');
  await german.close();
});

test('error messages are translated', async ({ page }) => {
  await page.goto('/?lang=fr&src=%2Fstatus%2F404');
  await expect(page.locator('.error-panel__message')).toHaveText('Le serveur a répondu 404 Not Found pour http://127.0.0.1:8081/status/404.');
  await page.goto('/?lang=uk&src=%2Ffixtures%2Fmalformed.json');
  await expect(page.locator('.error-panel__message')).toContainText('Дані статті недійсні.');
});

// @ts-check
// A stylesheet loaded beside the module that shows what it styles (live.js, since.js), so that
// the stylesheet every reader loads carries none of it. scripts/finish-release.mjs names each
// after its bytes and rewrites the modules' `new URL('<name>.css', import.meta.url)`.

/** Loads the stylesheet at `url`; resolves when it applies, or could not be had (what it styles
 * then shows unstyled, still readable). @param {URL} url @returns {Promise<unknown>} */
export function loadStylesheet(url) {
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = url.href;
  return new Promise((resolve) => {
    sheet.onload = sheet.onerror = resolve;
    document.head.append(sheet);
  });
}

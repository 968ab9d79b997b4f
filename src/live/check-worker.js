// @ts-check
// Live checks off the page's main thread: src/live/checker.js posts each check here, and a check
// that finds the article unchanged (a 304, the same text) costs the page only the message and
// its answer, not the request, the read and the comparison. Bundled with what it imports
// (scripts/bundle-scripts.mjs) and named after its bytes (scripts/finish-release.mjs).

import { checkArticle } from './check.js';

/** The worker's scope, as far as this file uses it (the type check knows the page's, not a
 * worker's). */
const scope = /** @type {EventTarget & { postMessage(message: unknown): void }} */ (/** @type {unknown} */ (globalThis));

/** The text last shown, which the page sends only when it changed. @type {string | undefined} */
let last;

scope.addEventListener('message', async (event) => {
  const { id, request } = /** @type {MessageEvent} */ (event).data;
  if ('last' in request) last = request.last;
  try {
    scope.postMessage({ id, answer: await checkArticle({ ...request, last }) });
  } catch {
    scope.postMessage({ id, failed: true });
  }
});

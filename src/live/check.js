// @ts-check
// One live check: the conditional request for the article (src/load/fetch.js, capped and timed)
// and whether what it read is new. It runs in src/live/check-worker.js, off the page's main
// thread, or on it where no worker can be had (src/live/checker.js decides).

import { fetchArticle } from '../load/fetch.js';

/**
 * What a check asks: the article's address, how to ask the browser's cache, the validator to
 * send (on the widget's own origin only), and the text last shown (`last`), to compare with
 * what is read (another origin answers a revalidated copy, 200 and the same text).
 * @typedef {{ url: string, cache: RequestCache, validator: Record<string, string> | null, last?: string }} CheckRequest
 * What it found: `text` null when the article is unchanged (a 304, or the same text read
 * again), else the new text; `learned`, when a body was read, the validator it answers to
 * (null when the answer carried none), to send with the next checks once that version is kept.
 * @typedef {{ text: string | null, learned?: Record<string, string> | null }} CheckAnswer
 */

/** One check; throws an ArticleFetchError when the article could not be had.
 * @param {CheckRequest} request @returns {Promise<CheckAnswer>} */
export async function checkArticle({ url, cache, validator, last }) {
  const { text, response } = await fetchArticle(url, { cache, headers: validator ?? {} });
  if (text === null) return { text: null };
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  /** @type {Record<string, string> | null} */
  const learned = etag ? { 'if-none-match': etag } : lastModified ? { 'if-modified-since': lastModified } : null;
  return { text: text === last ? null : text, learned };
}

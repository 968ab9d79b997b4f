// @ts-check
// The browser scripts' article request (live updates, the editor's Load), with the checks the
// widget's own (src/load/fetch.rs) makes: an answer within 10 s, at most 2 MB counted on
// Content-Length and on the bytes read (the read stops there), no redirect to another origin,
// UTF-8 text, and JSON unless the body says otherwise (unless asked for ArchieML, plain text
// by nature). Bundled into each script that imports it
// (scripts/bundle-scripts.mjs, scripts/build-editor.sh): no request of its own.

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 10_000;

/** Why an article could not be had: `reason` is what went wrong, for a program; the message
 * says it in words. */
export class ArticleFetchError extends Error {
  /** @param {'timeout' | 'network' | 'http' | 'redirected' | 'too-large' | 'not-text' | 'not-json'} reason
   * @param {string} message */
  constructor(reason, message) {
    super(message);
    this.name = 'ArticleFetchError';
    this.reason = reason;
  }
}

/** Whether `text` could be JSON: its first character that is not white space opens an object
 * or an array (servers mislabel JSON often, so a wrong type alone is no error).
 * @param {string} text */
export const looksLikeJson = (text) => /^\s*[[{]/.test(text);

/**
 * Requests the article at `url`. Answers `{ text, response }`, or `{ text: null, response }`
 * for a 304 (a conditional request whose article is unchanged); throws an ArticleFetchError.
 * @param {string | URL} url
 * @param {{ cache?: RequestCache, headers?: Record<string, string>, archieml?: boolean }} [options]
 *   `archieml`: the article is ArchieML, so any type of text is taken
 * @returns {Promise<{ text: string | null, response: Response }>}
 */
export async function fetchArticle(url, { archieml = false, ...options } = {}) {
  const address = new URL(url, globalThis.location?.href);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ArticleFetchError('timeout', `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`)), FETCH_TIMEOUT_MS);
  /** What a failed request or read stands for: our own error as it is; the timeout when the
   * timer aborted it; else a network failure, in the browser's words.
   * @param {unknown} error */
  const failed = (error) => {
    if (error instanceof ArticleFetchError) return error;
    if (controller.signal.reason instanceof ArticleFetchError) return controller.signal.reason;
    return new ArticleFetchError('network', error instanceof Error ? error.message : String(error));
  };
  try {
    let response;
    try {
      response = await fetch(address, { ...options, signal: controller.signal });
    } catch (error) {
      throw failed(error);
    }
    if (response.status === 304) return { text: null, response };
    if (!response.ok) throw new ArticleFetchError('http', `the server answered ${response.status} ${response.statusText}`.trim());
    if (response.url && new URL(response.url).origin !== address.origin) {
      throw new ArticleFetchError('redirected', `it was redirected to another origin (${new URL(response.url).origin})`);
    }
    const tooLarge = () => new ArticleFetchError('too-large', `it is larger than ${MAX_ARTICLE_BYTES / 2 ** 20} MB`);
    if (Number(response.headers.get('content-length')) > MAX_ARTICLE_BYTES) {
      controller.abort();
      throw tooLarge();
    }
    /** @type {Uint8Array[]} */
    const chunks = [];
    let length = 0;
    const reader = response.body?.getReader();
    try {
      for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
        length += read.value.byteLength;
        if (length > MAX_ARTICLE_BYTES) {
          controller.abort();
          throw tooLarge();
        }
        chunks.push(read.value);
      }
    } catch (error) {
      throw failed(error);
    }
    const bytes = new Uint8Array(length);
    chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.byteLength), 0);
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ArticleFetchError('not-text', 'it is not UTF-8 text');
    }
    const type = response.headers.get('content-type') ?? '';
    if (!archieml && type && !type.includes('json') && !looksLikeJson(text)) {
      throw new ArticleFetchError('not-json', `the server sent ${type.split(';')[0].trim()}, not an article`);
    }
    return { text, response };
  } finally {
    clearTimeout(timer);
  }
}

// @ts-check
// Where live checks run: in a worker (src/live/check-worker.js), so that the periodic request
// costs the page's main thread a message and its answer, or on the main thread where no worker
// can be had: a frame sandboxed without allow-same-origin has an opaque origin, which may start
// no worker from the widget's address, and a worker that fails to load falls back too.

import { checkArticle } from './check.js';

// Shared with the wasm: src/contract.rs is their home, and tests/contract.rs holds both equal.
const FETCH_TIMEOUT_MS = 10_000;

/** @typedef {import('./check.js').CheckRequest} CheckRequest
 * @typedef {import('./check.js').CheckAnswer} CheckAnswer
 * @typedef {{ id: number, answer?: CheckAnswer, failed?: true, retry?: true }} Reply */

/** Runs checks, in the worker when there is one (`check`), until `stop`. A check's answer is
 * awaited on the page's own clock too: one not answered within the request's time limit has
 * failed, whatever the worker does with it later.
 * @returns {{ check(request: CheckRequest): Promise<CheckAnswer>, stop(): void }} */
export function checker() {
  /** @type {Worker | null} */
  let worker = null;
  try {
    worker = new Worker(new URL('check-worker.js', import.meta.url));
  } catch {
    // An opaque origin, or workers refused: checks run here.
  }
  /** The checks the worker has not answered yet, by id. @type {Map<number, { resolve: (reply: Reply) => void, timer: number }>} */
  const pending = new Map();
  let next = 0;
  /** The text the worker was last sent, which it keeps. @type {string | undefined} */
  let sent;
  const answered = (/** @type {Reply} */ reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return; // answered already, or given up on
    pending.delete(reply.id);
    clearTimeout(waiting.timer);
    waiting.resolve(reply);
  };
  worker?.addEventListener('message', (event) => answered(event.data));
  // A worker that cannot load (a CSP that allows no worker, a missing file): every check since
  // is run here, the ones waiting on it included.
  worker?.addEventListener('error', () => {
    worker = null;
    for (const id of pending.keys()) answered({ id, retry: true });
  });

  /** @param {CheckRequest} request */
  const check = async (request) => {
    if (!worker) return checkArticle(request);
    const id = (next += 1);
    // The text shown only when it changed: the worker keeps it, and a 20 KB copy per check would
    // cost the page what the worker saves it.
    /** @type {Partial<CheckRequest>} */
    const sending = { ...request };
    if (request.last === sent) delete sending.last;
    sent = request.last;
    /** @type {Reply} */
    const reply = await new Promise((resolve) => {
      pending.set(id, { resolve, timer: window.setTimeout(() => answered({ id, failed: true }), FETCH_TIMEOUT_MS) });
      worker?.postMessage({ id, request: sending });
    });
    if (reply.retry) return checkArticle(request);
    if (!reply.answer) throw new Error('the check failed');
    return reply.answer;
  };
  return { check, stop: () => worker?.terminate() };
}

// @ts-check
// When live updates check again (src/live/live.js), apart from the page, so that its unit tests
// (schedule.test.mjs) run in Node.

/** How long to wait before the next check, in milliseconds: `interval` ±10%, so that readers who
 * opened the page together do not poll in step; after `failures` failures in a row, between half
 * and all of interval·2ⁿ, at most a quarter of an hour (or `interval` if longer).
 * @param {number} interval @param {number} failures @param {number} random in [0, 1) */
export const nextDelay = (interval, failures, random) =>
  failures === 0
    ? interval * (0.9 + 0.2 * random)
    : Math.min(interval * 2 ** Math.min(failures, 20), Math.max(interval, 900_000)) * (0.5 + 0.5 * random);

// @ts-check
// Unit tests of when live updates check again (node --test, in `make check`).
// What changed is src/changes/changes.js's (changes.test.mjs); the rest of live.js is tested in
// the browser (e2e/specs/live.spec.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextDelay } from './schedule.js';

const MINUTE = 60_000;

test('without failures a check is due every interval, give or take 10%', () => {
  assert.equal(nextDelay(MINUTE, 0, 0), 0.9 * MINUTE);
  assert.equal(nextDelay(MINUTE, 0, 0.5), MINUTE);
  assert.ok(nextDelay(MINUTE, 0, 0.999999) < 1.1 * MINUTE);
});

test('after failures the wait doubles each time, between half and all of it', () => {
  assert.equal(nextDelay(MINUTE, 1, 0.999999999) <= 2 * MINUTE, true);
  assert.equal(nextDelay(MINUTE, 1, 0), MINUTE);
  assert.equal(nextDelay(MINUTE, 3, 0), 4 * MINUTE);
  assert.ok(nextDelay(MINUTE, 3, 0.999999) > 7.99 * MINUTE);
});

test('the back-off stops at a quarter of an hour, or at the interval when it is longer', () => {
  assert.equal(nextDelay(MINUTE, 10, 0), 7.5 * MINUTE);
  assert.equal(nextDelay(MINUTE, 1000, 0), 7.5 * MINUTE);
  assert.ok(Number.isFinite(nextDelay(MINUTE, 1e6, 0.5)));
  const hour = 60 * MINUTE;
  assert.equal(nextDelay(hour, 5, 0), 0.5 * hour);
});

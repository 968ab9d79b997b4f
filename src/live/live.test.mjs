// @ts-check
// Unit tests of live.js's own logic (node --test, in `make check`): when the next check is due,
// and how a change is named. The rest of live.js is tested in the browser (e2e/specs/live.spec.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextDelay, cardPhrase, partPhrase } from './live.js';

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

test('a card whose status moved is named with its new status', () => {
  assert.equal(cardPhrase('Black Sea', ['Agreed', 'No violations'], ['In force', 'No violations'], '{name}, now {status}'), 'Black Sea, now In force');
  assert.equal(cardPhrase('Black Sea', ['Agreed', 'No violations'], ['Agreed', 'Alleged'], '{name}, now {status}'), 'Black Sea, now Alleged');
});

test('a card whose statuses did not move, or that is new, is named alone', () => {
  assert.equal(cardPhrase('Energy', ['Agreed'], ['Agreed'], '{name}, now {status}'), 'Energy');
  assert.equal(cardPhrase('Energy', [], ['Agreed'], '{name}, now {status}'), 'Energy');
});

test('a name is inserted as it is, even with a replacement pattern in it', () => {
  assert.equal(cardPhrase('A $& B', ['x'], ['y'], '{name} → {status}'), 'A $& B → y');
  assert.equal(cardPhrase('N', ['x'], ["$'"], '{status}: {name}'), "$': N");
});

test('a part is named by its title, cut at 80 characters, with its changed cards', () => {
  assert.equal(partPhrase('  Ceasefire status \n', []), 'Ceasefire status');
  assert.equal(partPhrase('Ceasefire status', ['Black Sea, now In force', 'Energy']), 'Ceasefire status: Black Sea, now In force, Energy');
  const long = 'x'.repeat(100);
  assert.equal(partPhrase(long, []), `${'x'.repeat(79)}…`);
  assert.equal(partPhrase('y'.repeat(80), []), 'y'.repeat(80));
});

// @ts-check
// Unit tests of the comparison (node --test, in `make check`): which changes two versions of an
// article hold, and how each is worded. Marking them in the page is tested in the browser
// (e2e/specs/since.spec.mjs, e2e/specs/live.spec.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compare, describe } from './changes.js';

const read = (/** @type {string} */ path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const PARIS = read('../../articles/paris-summit.json');
const ENGLISH = read('../../i18n/en.json');
const FRENCH = read('../../i18n/fr.json');
/** A deep copy of the Paris article, changed by `change`. */
const changed = (/** @type {(article: any) => void} */ change) => {
  const copy = structuredClone(PARIS);
  change(copy);
  return copy;
};
const section = (/** @type {any} */ article, /** @type {string} */ id) => article.sections.find((/** @type {any} */ s) => s.id === id);
const lines = (/** @type {any} */ old, /** @type {any} */ now, words = ENGLISH) => compare(old, now).map((change) => describe(change, words));
/** A value as a line holds it: isolated, in its own direction. */
const iso = (/** @type {string} */ text) => `\u2068${text}\u2069`;

test('the same version has no changes', () => {
  assert.deepEqual(compare(PARIS, structuredClone(PARIS)), []);
});

test('each kind of change, worded in the order the page shows them, long items cut', () => {
  const now = changed((article) => {
    article.keyFigures[0].value = '31';
    article.keyFigures[0].qualifier = undefined;
    article.quotes.push({ id: 'new-quote', text: 'We will meet again.', creator: 'macron' });
    article.quotes = article.quotes.filter((/** @type {any} */ q) => q.id !== 'macron-pacifist');
    section(article, 'timeline').events.push({ date: '2025-03-28', text: 'Talks resumed.', evidence: 'x' });
    section(article, 'ceasefire').agreements[0].compliance.status = 'confirmed';
    section(article, 'what-next').steps[0].text = 'Something else entirely.';
    article.updates = [{ date: '2025-03-28', text: 'Corrected the number of countries.' }];
  });
  assert.deepEqual(lines(PARIS, now), [
    `${iso('countries’ leaders met in Paris, with NATO and EU chiefs')}: ${iso('nearly 30')} → ${iso('31')}`,
    `New in ${iso('What they said')}: ${iso('We will meet again.')}`,
    `Removed from ${iso('What they said')}: ${iso('So we are not on the frontlines, we don’t go to fight, but we are there to guarantee a lasting peace. It’s a pacifist a…')}`,
    `${iso('The US-brokered agreements on Black Sea shipping and energy strikes, Compliance')}: ${iso('Mutual accusations')} → ${iso('Violations confirmed')}`,
    `New in ${iso('Timeline')}: ${iso('Talks resumed.')}`,
    `New in ${iso('What remains open')}: ${iso('Something else entirely.')}`,
    `Removed from ${iso('What remains open')}: ${iso('A ceasefire: the meeting came amid intensifying efforts to broker one, driven by pressure from US President Donald Trum…')}`,
    `Editors’ note: ${iso('Corrected the number of countries.')}`,
  ]);
});

test('a status that moves with other edits to its agreement is said twice: moved, and changed', () => {
  const now = changed((article) => {
    const agreement = section(article, 'ceasefire').agreements[0];
    agreement.lifecycle.status = 'inForce';
    agreement.disputes = [];
  });
  assert.deepEqual(lines(PARIS, now), [
    `${iso('The US-brokered agreements on Black Sea shipping and energy strikes, Agreement')}: ${iso('Agreed')} → ${iso('In force')}`,
    `Changed in ${iso('Efforts towards a ceasefire')}: ${iso('The US-brokered agreements on Black Sea shipping and energy strikes')}`,
  ]);
});

test('new and removed sections are named by their titles', () => {
  const now = changed((article) => {
    article.sections = article.sections.filter((/** @type {any} */ s) => s.id !== 'sources');
    article.sections.push({ type: 'facts', id: 'glance', title: 'At a glance', facts: [] });
  });
  assert.deepEqual(lines(PARIS, now), [`New in ${iso(PARIS.headline)}: ${iso('At a glance')}`, `Removed from ${iso(PARIS.headline)}: ${iso('Sources')}`]);
});

test('worded in the reader’s language, statuses too, and cut to 120 characters', () => {
  const now = changed((article) => {
    section(article, 'ceasefire').agreements[0].compliance.status = 'alleged';
    article.quotes.push({ id: 'long', text: 'x'.repeat(300), creator: 'macron' });
  });
  const [quote, moved] = lines(PARIS, now, FRENCH);
  assert.ok(moved.endsWith(FRENCH.change_moved.split('{was}')[1].replace('{now}', iso(FRENCH.compliance[1])).replace(/^/, iso(FRENCH.compliance[2]))), moved);
  assert.ok(quote.startsWith(FRENCH.change_new.replace('{part}', iso(FRENCH.quotes)).split('{item}')[0]));
  assert.ok(quote.endsWith(`${'x'.repeat(119)}…\u2069`));
});

test('values are text, never patterns: a `$&` in an item stays as written', () => {
  const now = changed((article) => article.quotes.push({ id: 'dollar', text: 'It cost $& more.', creator: 'macron' }));
  assert.deepEqual(lines(PARIS, now), [`New in ${iso('What they said')}: ${iso('It cost $& more.')}`]);
});

test('anything that is not an article compares as empty, without throwing', () => {
  assert.deepEqual(compare({}, { quotes: 'not a list', sections: [null, 3] }), []);
});

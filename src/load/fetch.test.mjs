// @ts-check
// Unit tests of the browser scripts' article request (node --test, in `make check`), against
// real HTTP servers on loopback: every check src/load/fetch.rs makes for the widget.
import { test, before, after, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fetchArticle, ArticleFetchError, looksLikeJson } from './fetch.js';

const ARTICLE = '{"id":"paris"}';
/** @type {Record<string, (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void>} */
const routes = {
  '/article.json': (_, response) => response.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(ARTICLE),
  '/conditional.json': (request, response) =>
    request.headers['if-none-match'] === '"v1"' ? response.writeHead(304).end() : response.writeHead(200, { etag: '"v1"' }).end(ARTICLE),
  '/missing.json': (_, response) => response.writeHead(404, 'Not Found').end('gone'),
  '/declared-large.json': (_, response) => response.writeHead(200, { 'content-length': String(3 * 1024 * 1024) }).end(),
  '/streamed-large.json': (_, response) => {
    // No Content-Length: the read itself must stop at the cap.
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0; // 12 chunks of 256 KB: 3 MB
    const more = () => {
      while (sent < 12) {
        sent += 1;
        if (!response.write(chunk)) return void response.once('drain', more);
      }
      response.end();
    };
    more();
  },
  '/latin1.json': (_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])),
  '/page.html': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Not here'),
  '/mislabelled.json': (_, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE),
  '/same-origin-redirect': (_, response) => response.writeHead(302, { location: '/article.json' }).end(),
  '/silent.json': () => {}, // never answers
};
/** @type {import('node:http').Server[]} */
const servers = [];
/** @type {string[]} */
const origins = [];
before(async () => {
  for (let i = 0; i < 2; i += 1) {
    const server = createServer((request, response) => (routes[request.url ?? ''] ?? ((_, r) => r.writeHead(404).end()))(request, response));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
    servers.push(server);
    const address = server.address();
    origins.push(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
  }
  // A redirect to the other server: another origin.
  routes['/cross-origin-redirect'] = (_, response) => response.writeHead(302, { location: `${origins[1]}/article.json` }).end();
});
after(() => {
  for (const server of servers) server.closeAllConnections(), server.close();
});

/** The reason fetchArticle gives for `path`. @param {string} path */
async function reason(path) {
  try {
    await fetchArticle(`${origins[0]}${path}`);
  } catch (error) {
    assert.ok(error instanceof ArticleFetchError, String(error));
    return error.reason;
  }
  assert.fail(`${path} was accepted`);
}

test('an article is read as text, with its response', async () => {
  const { text, response } = await fetchArticle(`${origins[0]}/article.json`);
  assert.equal(text, ARTICLE);
  assert.equal(response.headers.get('etag'), '"v1"');
});

test('a conditional request for an unchanged article answers 304 with no text', async () => {
  const { text } = await fetchArticle(`${origins[0]}/conditional.json`, { headers: { 'if-none-match': '"v1"' } });
  assert.equal(text, null);
});

test('an error status is refused with it', async () => {
  assert.equal(await reason('/missing.json'), 'http');
  await assert.rejects(fetchArticle(`${origins[0]}/missing.json`), /404 Not Found/);
});

test('an article over 2 MB is refused, declared or not', async () => {
  assert.equal(await reason('/declared-large.json'), 'too-large');
  assert.equal(await reason('/streamed-large.json'), 'too-large');
});

test('a redirect is followed within the origin, and refused to another', async () => {
  assert.equal((await fetchArticle(`${origins[0]}/same-origin-redirect`)).text, ARTICLE);
  assert.equal(await reason('/cross-origin-redirect'), 'redirected');
});

test('bytes that are not UTF-8 are refused', async () => {
  assert.equal(await reason('/latin1.json'), 'not-text');
});

test('a page that is not JSON is refused; JSON labelled as text is read', async () => {
  assert.equal(await reason('/page.html'), 'not-json');
  assert.equal((await fetchArticle(`${origins[0]}/mislabelled.json`)).text, ARTICLE);
});

test('asked for ArchieML, any type of text is read', async () => {
  assert.equal((await fetchArticle(`${origins[0]}/page.html`, { archieml: true })).text, '<!doctype html><p>Not here');
});

test('no server at the address is a network failure', async () => {
  const closed = createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = closed.address();
  await new Promise((resolve) => closed.close(() => resolve(undefined)));
  const port = typeof address === 'object' && address ? address.port : 0;
  await assert.rejects(fetchArticle(`http://127.0.0.1:${port}/article.json`), (error) => error instanceof ArticleFetchError && error.reason === 'network');
});

test('a server that does not answer within 10 seconds is given up', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const pending = fetchArticle(`${origins[0]}/silent.json`);
    await new Promise((resolve) => setImmediate(resolve));
    mock.timers.tick(9_999);
    let settled = false;
    pending.then(() => (settled = true), () => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(settled, false, 'given up before 10 s');
    mock.timers.tick(1);
    await assert.rejects(pending, (error) => error instanceof ArticleFetchError && error.reason === 'timeout');
  } finally {
    mock.timers.reset();
  }
});

test('JSON is recognised by its first character that is not white space', () => {
  assert.equal(looksLikeJson(' \n{"a":1}'), true);
  assert.equal(looksLikeJson('[1]'), true);
  assert.equal(looksLikeJson('<!doctype html>'), false);
  assert.equal(looksLikeJson(''), false);
});

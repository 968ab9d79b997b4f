// @ts-check
// A real HTTP server on loopback for the end-to-end tests: serves the release build and test fixtures.
//
// Usage: node server.mjs --root ../dist --port 8081
// Routes besides static files:
//   /fixtures/<file>          files from e2e/fixtures
//   /status/<code>            an empty answer with that HTTP status
//   /flaky/<file>             503 on the first request for <file>, the fixture after that
//   /__requests?path=<path>   how many requests <path> (with its query) has received, as JSON
//   /vendor/<path>            files from e2e/node_modules (real third-party host libraries)
//   PUT /__put/<name>?type=T   stores the request body; GET /generated/<name> serves it as type T
//                             (add &chunked=1 to send it without Content-Length)
//   /slow/<ms>/<file>          a fixture, after <ms> milliseconds
//   /hangup                    closes the connection without an answer (a network failure)
//   PUT /__live/<name>?mode=M  a live article: GET /live/<name> answers by mode M: `ok` (the
//                             default) sends the stored body with an ETag and answers 304 to
//                             a matching If-None-Match; `500` an error; `hang` never answers;
//                             `redirect` sends it to another origin; `big` sends 3 MB
//   /__live-log/<name>         each request /live/<name> received: [{ifNoneMatch, status}]
// With --csp, every answer carries the strict Content-Security-Policy the README recommends.
// With --compress, files are sent as their precompressed .br or .gz sibling when the client
// accepts it (see scripts/precompress.mjs), else compressed on the fly, as a CDN would.
// --extra DIR serves DIR under /extra/ (the benchmark's generated pages and articles).
// Every answer carries Access-Control-Allow-Origin: *, as the README asks publishers to send,
// because a sandboxed iframe loads its modules and data with `Origin: null`.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
/** The command line's `--name value` pairs (a flag alone has an undefined value).
 * @type {Record<string, string | undefined>} */
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1]]] : [])),
);
const root = resolve(args.root ?? join(here, '..', 'dist'));
const port = Number(args.port ?? 8081);
const fixtures = join(here, 'fixtures');

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const counts = new Map();
const live = new Map();
const generated = new Map();
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors *";
// The embed-code page and the editor show a live preview of the widget in a frame of its own origin.
const CSP_FRAMING = CSP + "; frame-src 'self'";
const useCsp = 'csp' in args;
const HEADERS = { 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff' };

/** The file at `path`, compressed as `accept` allows when the server compresses.
 * @param {string} path @param {string} accept */
async function readEncoded(path, accept) {
  if ('compress' in args) {
    /** @type {[string, string, (body: Buffer) => Buffer][]} */
    const encodings = [['br', '.br', brotliCompressSync], ['gzip', '.gz', gzipSync]];
    for (const [encoding, suffix, compress] of encodings) {
      if (!accept.includes(encoding)) continue;
      try {
        return { body: await readFile(path + suffix), encoding };
      } catch {
        return { body: compress(await readFile(path)), encoding };
      }
    }
  }
  return { body: await readFile(path), encoding: null };
}

/** @typedef {import('node:http').ServerResponse<import('node:http').IncomingMessage>} Response */

/** Sends the file at `relative` under `base`.
 * @param {Response} res @param {string} base @param {string} relative */
async function sendFile(res, base, relative, status = 200) {
  const path = normalize(join(base, relative));
  if (!path.startsWith(base)) return send(res, 403, 'forbidden');
  try {
    const { body, encoding } = await readEncoded(path, String(res.req.headers['accept-encoding'] ?? ''));
    const headers = { ...HEADERS, 'content-type': types[extname(path)] ?? 'application/octet-stream' };
    if (encoding) Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
    res.writeHead(status, headers);
    res.end(body);
  } catch {
    send(res, 404, 'not found');
  }
}

/** @param {Response} res @param {number} status @param {string | Buffer} text */
function send(res, status, text, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { ...HEADERS, 'content-type': type });
  res.end(text);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const path = decodeURIComponent(url.pathname);
  const counted = path + url.search;
  counts.set(counted, (counts.get(counted) ?? 0) + 1);
  if (useCsp) res.setHeader('content-security-policy', /^\/(embed-code|editor)\//.test(path) ? CSP_FRAMING : CSP);

  if (req.method === 'PUT' && path.startsWith('/__put/')) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    generated.set(path.slice('/__put/'.length), {
      body: Buffer.concat(chunks),
      type: url.searchParams.get('type') ?? 'application/json',
      chunked: url.searchParams.get('chunked') === '1',
    });
    return send(res, 204, '');
  }
  if (req.method === 'PUT' && path.startsWith('/__live/')) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const name = path.slice('/__live/'.length);
    const body = Buffer.concat(chunks);
    const before = live.get(name);
    live.set(name, {
      body: body.length > 0 ? body : before?.body ?? Buffer.alloc(0),
      mode: url.searchParams.get('mode') ?? 'ok',
      log: before?.log ?? [],
    });
    return send(res, 204, '');
  }
  if (path.startsWith('/__live-log/')) {
    return send(res, 200, JSON.stringify(live.get(path.slice('/__live-log/'.length))?.log ?? []), types['.json']);
  }
  if (path.startsWith('/live/')) {
    const item = live.get(path.slice('/live/'.length));
    if (!item) return send(res, 404, 'no live article');
    const entry = { ifNoneMatch: req.headers['if-none-match'] ?? null, status: 0 };
    item.log.push(entry);
    // Answered late, as over a real network: a test that moves the page's clock before the
    // widget has handled an answer then fails every time, not once in a while.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const etag = `"${createHash('sha256').update(item.body).digest('hex').slice(0, 16)}"`;
    // Cacheable for 5 minutes, as a CDN would serve it: only a revalidating request reaches here.
    const headers = { ...HEADERS, 'cache-control': 'max-age=300', etag };
    switch (item.mode) {
      case 'hang':
        return; // the widget's own timeout ends it
      case 'redirect':
        entry.status = 302;
        res.writeHead(302, { ...headers, location: 'http://localhost:8082/fixtures/minimal.json' });
        return res.end();
      case 'big': {
        entry.status = 200;
        const body = Buffer.alloc(3 * 1024 * 1024, 32);
        res.writeHead(200, { ...headers, 'content-type': types['.json'], 'content-length': body.length });
        return res.end(body);
      }
      case 'ok':
        if (entry.ifNoneMatch === etag) {
          entry.status = 304;
          res.writeHead(304, headers);
          return res.end();
        }
        entry.status = 200;
        res.writeHead(200, { ...headers, 'content-type': types['.json'] });
        return res.end(item.body);
      default:
        entry.status = Number(item.mode) || 500;
        return send(res, entry.status, 'failed');
    }
  }
  if (path.startsWith('/generated/')) {
    const item = generated.get(path.slice('/generated/'.length));
    if (!item) return send(res, 404, 'not generated');
    const headers = { ...HEADERS, 'content-type': item.type };
    if (item.chunked) {
      res.writeHead(200, { ...headers, 'transfer-encoding': 'chunked' });
      for (let at = 0; at < item.body.length; at += 65536) res.write(item.body.subarray(at, at + 65536));
      return res.end();
    }
    res.writeHead(200, { ...headers, 'content-length': item.body.length });
    return res.end(item.body);
  }
  if (path.startsWith('/slow/')) {
    const [, , ms, ...file] = path.split('/');
    await new Promise((resolve) => setTimeout(resolve, Number(ms)));
    return sendFile(res, fixtures, file.join('/'));
  }
  if (path === '/hangup') {
    return req.socket.destroy();
  }

  if (path === '/__requests') {
    return send(res, 200, JSON.stringify({ count: counts.get(url.searchParams.get('path')) ?? 0 }), types['.json']);
  }
  if (path.startsWith('/status/')) {
    return send(res, Number(path.split('/')[2]) || 500, '');
  }
  if (path.startsWith('/flaky/')) {
    if (counts.get(counted) === 1) return send(res, 503, 'try later');
    return sendFile(res, fixtures, path.slice('/flaky/'.length));
  }
  if (args.extra && path.startsWith('/extra/')) {
    return sendFile(res, resolve(args.extra), path.slice('/extra/'.length));
  }
  if (path.startsWith('/vendor/')) {
    return sendFile(res, join(here, 'node_modules'), path.slice('/vendor/'.length));
  }
  if (path.startsWith('/fixtures/')) {
    return sendFile(res, fixtures, path.slice('/fixtures/'.length));
  }
  return sendFile(res, root, path.endsWith('/') ? `${path}index.html` : path);
});

server.listen(port, args.host ?? '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));

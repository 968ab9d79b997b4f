// Starts the widget from a file rather than trunk's inline loader, so a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') allows it.
// Trunk fills data-js and data-wasm with the hashed file names (see Trunk.toml). The release
// build appends this file to the glue instead, which then needs no import (scripts/minify.mjs).

// The article request starts now, beside the wasm download, instead of after start-up. The
// widget's own request for that address (src/load.rs) is handed this one, once: aborting it (the
// timeout, a newer request) aborts this one, and Retry makes a new request. Only for the widget's
// own origin: any other address is checked against the allow-list first, in Rust.
try {
  const page = new URL(location.href);
  const src = page.searchParams.get('src')?.trim();
  const article = src ? new URL(src, page) : null;
  if (article?.origin === page.origin) {
    const early = new AbortController();
    const response = fetch(article.href, { signal: early.signal });
    response.catch(() => {}); // a failure is the widget's to report, once it asks
    const fetchAsUsual = window.fetch;
    window.fetch = function (input, init) {
      if (!(input instanceof Request) || input.url !== article.href) return fetchAsUsual.call(this, input, init);
      window.fetch = fetchAsUsual;
      const signal = init?.signal ?? input.signal;
      if (signal.aborted) early.abort();
      signal.addEventListener('abort', () => early.abort());
      return response;
    };
  }
} catch {
  // An address that does not parse: the widget reports it, in the reader's language.
}

// A panic in the wasm is a trap (a WebAssembly.RuntimeError out of whatever called in). After
// one the app cannot be trusted to run again: stopped.js, loaded only then, tells the reader.
let stopping;
function stop() {
  stopping ??= import(new URL('stopped.js', import.meta.url).href).then(
    (stopped) => stopped.show(),
    () => document.querySelector('main.explainer')?.setAttribute('data-state', 'error'),
  );
}
const trapped = (error) => error instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => trapped(event.error) && stop());
addEventListener('unhandledrejection', (event) => trapped(event.reason) && stop());

const script = document.querySelector('script[data-wasm]');
const { default: init } = await import(script.dataset.js);
let wasm;
try {
  wasm = await init({ module_or_path: script.dataset.wasm });
} catch (error) {
  // A trap during start-up, or a wasm that could not be fetched or compiled: either way nothing
  // will render, so say so rather than leave a blank frame.
  stop();
  throw error;
}
// A published page's early clicks (host/start.js), replayed now that the wasm has taken it over.
for (const button of window.__explainerEarlyClicks?.take() ?? []) button.click();
// Read by `make bench` to report the wasm memory size; exposes a number, nothing else. The
// release build shortens export names (scripts/minify.mjs), so the memory is found by type.
const memory = Object.values(wasm).find((value) => value instanceof WebAssembly.Memory);
window.__explainerWasmMemory = () => memory.buffer.byteLength;

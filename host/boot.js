// Starts the widget from a file rather than trunk's inline loader, so a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') allows it.
// Trunk fills data-js and data-wasm with the hashed file names (see Trunk.toml). The release
// build appends this file to the glue instead, which then needs no import (scripts/minify.mjs).
const script = document.querySelector('script[data-wasm]');
const { default: init } = await import(script.dataset.js);
const wasm = await init({ module_or_path: script.dataset.wasm });
// Read by `make bench` to report the wasm memory size; exposes a number, nothing else. The
// release build shortens export names (scripts/minify.mjs), so the memory is found by type.
const memory = Object.values(wasm).find((value) => value instanceof WebAssembly.Memory);
window.__explainerWasmMemory = () => memory.buffer.byteLength;

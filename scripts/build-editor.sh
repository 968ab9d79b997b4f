#!/usr/bin/env bash
# The editors' preview (/editor/) in target/editor, which trunk copies into the widget's build
# (index.html): the page (editor/page) and the checks' own wasm (editor/src), built for size
# as the widget's is, so that the widget pays nothing for the editor.
# Usage: scripts/build-editor.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/size-env.sh

out=target/editor
cargo build --quiet -p explainer-editor --release --target wasm32-unknown-unknown
wasm="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/explainer_editor.wasm"
mkdir -p "$out"
# Only when cargo built a new wasm: binding and optimizing take longer than cargo's no-op.
# wasm-bindgen's check.d.ts types the exports for the type check of editor.js (tsconfig.json);
# it goes to target/editor-types, so that it is not served.
types=target/editor-types
if ! [ "$out/check_bg.wasm" -nt "$wasm" ] || ! [ -f "$types/check.d.ts" ]; then
  wasm-bindgen --target web --out-dir "$out" --out-name check "$wasm"
  mkdir -p "$types"
  mv "$out/check.d.ts" "$types/check.d.ts"
  rm -f "$out/check_bg.wasm.d.ts"
  # The widget's wasm-opt settings (index.html), and the smallest output.
  read -ra params <<< "$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
  wasm-opt -Oz "${params[@]}" "$out/check_bg.wasm" -o "$out/check_bg.wasm"
fi
cp editor/page/* "$out/"
# editor.js bundled with what it imports from the widget's rooms (src/load/fetch.js) and its
# drafts; check.js, the wasm's glue, stays a module of its own.
esbuild editor/page/editor.js --bundle --format=esm --target=es2022 --log-level=warning \
  --external:./check.js --outfile="$out/editor.js"
rm -f "$out/drafts.js"

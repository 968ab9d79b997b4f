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
# The page's HTML and CSS as they are; its two scripts, editor.js and preview.js (the preview
# frame's), each bundled with the modules it imports (its own, and the widget's it shares:
# src/load/fetch.js, src/view/open-sections.js); check.js, the wasm's glue, stays a module.
find "$out" -maxdepth 1 -type f ! -name check.js ! -name check_bg.wasm -delete
cp editor/page/*.html editor/page/*.css "$out/"
esbuild editor/page/editor.js editor/page/preview.js --bundle --format=esm --target=es2022 \
  --log-level=warning --external:./check.js --outdir="$out"

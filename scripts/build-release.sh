#!/usr/bin/env bash
# The release build in dist/, as `make build` runs it: the wasm built for size on the pinned
# nightly (scripts/size-env.sh), the JS glue and the CSS minified, .br/.gz siblings.
# Usage: scripts/build-release.sh [page (index.html)] [output (dist)]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/size-env.sh

page=${1:-index.html}
out=${2:-dist}
# A page that copies the editors' preview (/editor/) in needs it built first.
if grep -q 'href="target/editor"' "$page"; then
  scripts/build-editor.sh
fi
trunk build --release --dist "$out" "$page"
node scripts/finish-release.mjs "$out"
node scripts/precompress.mjs "$out"

#!/usr/bin/env bash
# The release build in dist/, as `make build` runs it: the wasm built for size on the pinned
# nightly (scripts/tools.sh installs it), the JS glue and the CSS minified, .br/.gz siblings.
# Usage: scripts/build-release.sh [page (index.html)] [output (dist)]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

export RUSTUP_TOOLCHAIN
RUSTUP_TOOLCHAIN=$(cat .tools/wasm-toolchain)
# std is compiled with our size profile instead of shipped prebuilt for speed.
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# A panic stops the wasm without formatting a message or a location, and `{:?}` formats to
# nothing, so neither machinery is shipped; user-facing text never uses `{:?}` (see
# `article::quoted`). Together about 12 KB of brotli (docs/performance.md).
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
# A target directory of its own, so these flags never invalidate the stable test builds.
export CARGO_TARGET_DIR="$PWD/target/release-size"

# std's own dependencies, which trunk's offline cargo build cannot fetch.
cargo fetch --target wasm32-unknown-unknown --quiet
page=${1:-index.html}
out=${2:-dist}
trunk build --release --dist "$out" "$page"
node scripts/minify.mjs "$out"
node scripts/precompress.mjs "$out"

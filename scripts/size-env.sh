# shellcheck shell=bash
# The environment of every wasm built for size (sourced by build-release.sh and build-editor.sh):
# the pinned nightly (scripts/tools.sh installs it) compiling std with the size profile.
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

export RUSTUP_TOOLCHAIN
RUSTUP_TOOLCHAIN=$(cat .tools/wasm-toolchain)
# std is compiled with our size profile instead of shipped prebuilt for speed.
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# A panic stops the wasm without formatting a message or a location, and `{:?}` formats to
# nothing, so neither machinery is shipped; user-facing text never uses `{:?}` (see
# `article::quoted`). Together about 12 KB of brotli (docs/performance-log.md).
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
# A target directory of its own, so these flags never invalidate the stable test builds.
export CARGO_TARGET_DIR="$PWD/target/release-size"

# std's own dependencies, which an offline cargo build (trunk's) cannot fetch; once per build,
# though build-release.sh runs build-editor.sh, which sources this file again.
if [[ -z ${SIZE_ENV_FETCHED:-} ]]; then
  cargo fetch --target wasm32-unknown-unknown --quiet
  export SIZE_ENV_FETCHED=1
fi

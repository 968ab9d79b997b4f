#!/usr/bin/env bash
# Installs, only when missing or at the wrong version, the tools the build and the tests need.
# Usage: scripts/tools.sh check     # rustfmt, clippy and the npm packages of `make check` (no browser)
#        scripts/tools.sh build     # wasm target, trunk, wasm-bindgen-cli, wasm-opt
#        scripts/tools.sh test      # the above, plus Chromium, chromedriver, shellcheck and the e2e npm packages
#        scripts/tools.sh mutants   # cargo-mutants, for `make mutants`
#        scripts/tools.sh bench     # Lighthouse (npm, bench/package.json), for `make bench`
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
ESBUILD_VERSION=0.28.2
MUTANTS_VERSION=27.1.0
# The release wasm is built on this nightly (see scripts/build-release.sh). The machine image
# ships a `nightly` of this date, whose rustc reports the commit below; it is used when present.
NIGHTLY=nightly-2026-05-20
NIGHTLY_COMMIT="e50aa6fba 2026-05-19"
TOOLS_DIR="$PWD/.tools"
export PATH="$TOOLS_DIR/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly, or trunk tries a download.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# Whether `list` (a command's output, read whole) has a line matching `pattern`. Not a pipe into
# `grep -q`: under pipefail, grep leaving at the first match can fail the listing with SIGPIPE.
listed() {
  grep -q "$2" <<< "$1"
}

install_rust_components() {
  local components; components=$(rustup component list --installed)
  for component in rustfmt clippy; do
    if ! listed "$components" "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
}

install_build_tools() {
  install_rust_components
  if ! listed "$(rustup target list --installed)" '^wasm32-unknown-unknown$'; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (a few minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  local wb; wb=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
    say "installing wasm-bindgen-cli $wb"
    # Not --locked: one locked dependency of the CLI is missing from the registry.
    cargo install wasm-bindgen-cli --version "$wb" --force
  fi
  if ! [ -x "$TOOLS_DIR/node_modules/.bin/wasm-opt" ] || ! [ -x "$TOOLS_DIR/node_modules/.bin/esbuild" ]; then
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) and the minifier esbuild@$ESBUILD_VERSION"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION" "esbuild@$ESBUILD_VERSION"
  fi
  install_release_toolchain
}

# The nightly for the release wasm, with std's source (rebuilt for size) and the wasm target.
# Its name goes to .tools/wasm-toolchain for scripts/build-release.sh.
install_release_toolchain() {
  local toolchain=$NIGHTLY
  if listed "$(rustup run nightly rustc -V 2>/dev/null)" "($NIGHTLY_COMMIT)"; then
    toolchain=nightly
  elif ! rustup run "$NIGHTLY" rustc -V >/dev/null 2>&1; then
    say "installing the $NIGHTLY toolchain for the release build"
    rustup toolchain install "$NIGHTLY" --profile minimal
  fi
  if ! listed "$(rustup component list --installed --toolchain "$toolchain")" '^rust-src'; then
    say "adding rust-src to $toolchain (std is rebuilt for size)"
    rustup component add rust-src --toolchain "$toolchain"
  fi
  if ! listed "$(rustup target list --installed --toolchain "$toolchain")" '^wasm32-unknown-unknown$'; then
    say "adding the wasm32-unknown-unknown target to $toolchain"
    rustup target add wasm32-unknown-unknown --toolchain "$toolchain"
  fi
  mkdir -p "$TOOLS_DIR"
  echo "$toolchain" > "$TOOLS_DIR/wasm-toolchain"
}

# Debian packages the tests need, each as "package:the file it provides". SYSTEM_ROOT (empty
# unless set) lets scripts/test-installs.sh point the checks at an empty folder.
DEBIAN_PACKAGES=(chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver shellcheck:/usr/bin/shellcheck)

# Installs the missing Debian packages, as root directly or else through sudo; the package index
# is refreshed only when something is missing.
install_debian_packages() {
  local missing=() entry
  for entry in "${DEBIAN_PACKAGES[@]}"; do
    [ -x "${SYSTEM_ROOT:-}${entry#*:}" ] || missing+=("${entry%%:*}")
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  say "installing Debian packages: ${missing[*]}"
  local as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  # Through `env`, so the assignment is an argument and never a command name, with or without sudo.
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

# The npm packages of the tests (e2e/package.json): Playwright, axe-core, the linters, the
# reference ArchieML parser.
install_test_packages() {
  if ! [ -d e2e/node_modules/@playwright/test ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
    say "installing the test packages (npm ci)"
    npm ci --prefix e2e --no-audit --no-fund --silent
  fi
}

install_test_tools() {
  install_debian_packages
  install_test_packages
}

install_bench_tools() {
  if ! [ -d bench/node_modules/lighthouse ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
    say "installing Lighthouse for the bench (npm ci)"
    npm ci --prefix bench --no-audit --no-fund --silent
  fi
}

install_mutation_tools() {
  if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $MUTANTS_VERSION" ]; then
    say "installing cargo-mutants $MUTANTS_VERSION (a few minutes on 2 cores)"
    cargo install --locked cargo-mutants --version "$MUTANTS_VERSION"
  fi
}

case "${1:-build}" in
  check) install_rust_components; install_test_packages ;;
  build) install_build_tools ;;
  test) install_build_tools; install_test_tools ;;
  mutants) install_mutation_tools ;;
  bench) install_bench_tools ;;
  *) echo "usage: $0 check|build|test|mutants|bench" >&2; exit 2 ;;
esac

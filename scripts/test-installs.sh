#!/usr/bin/env bash
# Runs every install branch of scripts/tools.sh against stub package managers and checks the
# commands it would run: everything missing as root, everything missing as a user with sudo,
# and nothing missing. The stubs (apt-get, sudo, npm, cargo, rustup, id, and trunk and
# wasm-bindgen when "installed") come first on PATH and record their arguments.
# Usage: scripts/test-installs.sh [the tools.sh to test (scripts/tools.sh)]
set -euo pipefail
cd "$(dirname "$0")/.."
under_test=$(realpath "${1:-scripts/tools.sh}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

wasm_bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
nightly=$(sed -n 's/^NIGHTLY=//p' "$under_test")
nightly_commit=$(sed -n 's/^NIGHTLY_COMMIT="\(.*\)"$/\1/p' "$under_test")

# A stub that records its name and arguments in $work/log and then runs the given body (its
# `$…` are the stub's own, expanded when it runs: hence single quotes at the call sites).
stub() {
  local name=$1 body=${2:-}
  printf '#!/usr/bin/env bash\necho "%s $*" >> "%s/log"\n%s\n' "$name" "$work" "$body" > "$work/bin/$name"
  chmod +x "$work/bin/$name"
}

# A stub that answers a question and records nothing.
answer() {
  printf '#!/usr/bin/env bash\n%s\n' "$2" > "$work/bin/$1"
  chmod +x "$work/bin/$1"
}

# A fresh copy of what tools.sh reads, stubs on PATH, and a system root; `installed` is yes or no.
setup() {
  local uid=$1 installed=$2
  rm -rf "${work:?}/repo" "${work:?}/bin" "${work:?}/home" "${work:?}/system" "${work:?}/log"
  mkdir -p "$work/repo/scripts" "$work/repo/e2e" "$work/repo/bench" "$work/bin" "$work/home" "$work/system/usr/bin"
  cp "$under_test" "$work/repo/scripts/tools.sh"
  cp Cargo.lock "$work/repo/"
  cp e2e/package-lock.json "$work/repo/e2e/"
  cp bench/package-lock.json "$work/repo/bench/"
  touch "$work/log"
  answer id "echo $uid"
  # Like sudo: leading NAME=value arguments set the environment of the command that follows.
  # Not recorded itself: what counts is how apt-get ends up running.
  answer sudo 'SUDO_STUB=1 exec env "$@"'
  # shellcheck disable=SC2016
  stub apt-get 'via=direct; [ -z "${SUDO_STUB:-}" ] || via=sudo
[ "$1" != install ] || echo "  as $via, uid $(id -u), DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-unset}" >> '"$work/log"
  stub npm
  stub cargo
  if [ "$installed" = yes ]; then
    stub rustup 'case "$*" in
      "component list --installed") printf "rustfmt-x86_64-unknown-linux-gnu\nclippy-x86_64-unknown-linux-gnu\n" ;;
      "target list --installed"*) echo wasm32-unknown-unknown ;;
      "component list --installed --toolchain"*) echo rust-src ;;
      "run nightly rustc -V") echo "rustc 1.97.0-nightly ('"$nightly_commit"')" ;;
    esac'
    answer trunk "echo 'trunk $(sed -n 's/^TRUNK_VERSION=//p' "$under_test")'"
    answer wasm-bindgen "echo 'wasm-bindgen $wasm_bindgen'"
    mkdir -p "$work/repo/.tools/node_modules/.bin" "$work/repo/e2e/node_modules/@playwright/test" \
      "$work/repo/bench/node_modules/lighthouse"
    touch "$work/repo/.tools/node_modules/.bin/"{wasm-opt,esbuild}
    chmod +x "$work/repo/.tools/node_modules/.bin/"*
    touch -d '+1 minute' "$work/repo/e2e/node_modules/.package-lock.json" "$work/repo/bench/node_modules/.package-lock.json"
    for file in chromium chromedriver shellcheck; do
      touch "$work/system/usr/bin/$file" && chmod +x "$work/system/usr/bin/$file"
    done
  else
    # Nothing is installed: every query answers with nothing, and `rustup run` fails.
    # shellcheck disable=SC2016
    stub rustup '[ "$1" != run ] || exit 1'
  fi
}

# Runs `tools.sh $mode` (test unless set) in the stubbed world and compares the recorded
# commands with $expected.
check() {
  local name=$1 expected=$2 mode=${3:-test}
  local output
  if ! output=$(cd "$work/repo" && env -i HOME="$work/home" PATH="$work/bin:/usr/bin:/bin" \
    SYSTEM_ROOT="$work/system" bash scripts/tools.sh "$mode" 2>&1); then
    echo "FAIL $name: tools.sh exited with an error:"
    echo "$output" | tail -5 | sed 's/^/    /'
    failures=$((failures + 1))
    return
  fi
  # Each expected line ends in a newline, and nothing expected is no line at all.
  if ! diff -u <(printf '%s' "$expected" | awk 1) <(sed "s|$work|WORK|g" "$work/log") > "$work/diff"; then
    echo "FAIL $name: the commands differ from the expected ones (- expected, + run):"
    sed 's/^/    /' "$work/diff"
    failures=$((failures + 1))
    return
  fi
  echo "ok   $name"
}

rust_installs="rustup component list --installed
rustup component add rustfmt
rustup component add clippy
rustup target list --installed
rustup target add wasm32-unknown-unknown
cargo install --locked trunk --version $(sed -n 's/^TRUNK_VERSION=//p' "$under_test")
cargo install wasm-bindgen-cli --version $wasm_bindgen --force
npm install --prefix WORK/repo/.tools --no-audit --no-fund --silent binaryen@$(sed -n 's/^BINARYEN_VERSION=//p' "$under_test") esbuild@$(sed -n 's/^ESBUILD_VERSION=//p' "$under_test")
rustup run nightly rustc -V
rustup run $nightly rustc -V
rustup toolchain install $nightly --profile minimal
rustup component list --installed --toolchain $nightly
rustup component add rust-src --toolchain $nightly
rustup target list --installed --toolchain $nightly
rustup target add wasm32-unknown-unknown --toolchain $nightly"
# The Debian packages and the npm packages, as root (`direct`) or through sudo.
apt_installs() {
  echo "apt-get update -qq
apt-get install -y -qq chromium chromium-driver shellcheck
  as $1, uid $2, DEBIAN_FRONTEND=noninteractive
npm ci --prefix e2e --no-audit --no-fund --silent"
}

setup 0 no
check "everything missing, as root" "$rust_installs
$(apt_installs direct 0)"

setup 1000 no
check "everything missing, as a user with sudo" "$rust_installs
$(apt_installs sudo 1000)"

# Everything present: only queries, nothing installed, no package index refreshed.
setup 0 yes
check "nothing missing" "rustup component list --installed
rustup target list --installed
rustup run nightly rustc -V
rustup component list --installed --toolchain nightly
rustup target list --installed --toolchain nightly"

# The quick loop's tools: the Rust components and the test packages, no browser, no wasm tools.
setup 1000 no
check "make check's tools missing" "rustup component list --installed
rustup component add rustfmt
rustup component add clippy
npm ci --prefix e2e --no-audit --no-fund --silent" check

setup 1000 yes
check "make check's tools present" "rustup component list --installed" check

mutants=$(sed -n 's/^MUTANTS_VERSION=//p' "$under_test")
setup 0 no
check "cargo-mutants missing" "cargo mutants --version
cargo install --locked cargo-mutants --version $mutants" mutants

setup 0 yes
stub cargo "[ \"\$*\" != 'mutants --version' ] || echo 'cargo-mutants $mutants'"
check "cargo-mutants present" "cargo mutants --version" mutants

setup 0 no
check "Lighthouse missing" "npm ci --prefix bench --no-audit --no-fund --silent" bench

setup 0 yes
check "Lighthouse present" "" bench

if [ "$failures" -gt 0 ]; then
  echo "$failures of 9 install cases failed ($under_test)"
  exit 1
fi
echo "all 9 install cases pass ($under_test)"

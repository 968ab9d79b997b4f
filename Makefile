# The two commands of the README: `make serve` and `make test`. Each installs what it lacks first.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: serve build build-crash-test test lint test-native test-browser test-e2e test-scripts tools test-tools schema validate bench

## serve: install the build tools, build, and serve the widget at http://127.0.0.1:8080/
serve: tools
	trunk serve --release

## build: the release build in dist/, built for size, with .br and .gz siblings for servers that send them
build: tools
	scripts/build-release.sh

## bench: size, start-up and scaling against the budgets (not part of `make test`)
bench: test-tools build
	cd e2e && node bench.mjs

## test: install everything the tests need, then run every test. Each step names what it needs,
## so `make -j test` never tests a stale or half-written build.
test: lint test-scripts test-native test-browser test-e2e

tools:
	scripts/tools.sh build

test-tools:
	scripts/tools.sh test

lint: test-tools
	shellcheck scripts/*.sh .ci/run
	cargo fmt --all --check
	cargo clippy -p explainer-article --all-targets --all-features -- -D warnings
	cargo clippy -p explainer --all-targets $(WASM) -- -D warnings
	cargo clippy -p explainer-bench-floor $(WASM) -- -D warnings

## every install branch of scripts/tools.sh, against stub package managers
test-scripts:
	scripts/test-tools.sh

## native tests of the content model: rules, the bundled article, the schema file, property tests
test-native: test-tools
	cargo test -p explainer-article --all-features

## regenerate the checked-in JSON Schema of the article format
schema:
	cargo run -q -p explainer-article --features schema --bin explainer-validate -- --schema > article/schema/article.schema.json

## validate article files: make validate FILES="articles/*.json"
FILES ?= articles/*.json
validate:
	cargo run -q -p explainer-article --bin explainer-validate -- $(FILES)

## wasm-bindgen-test in headless Chromium
test-browser: test-tools
	cargo test $(WASM) -p explainer

## the release build with the test-only crash trigger (Cargo feature `crash-trigger`), for
## e2e/specs/stopped.spec.mjs. After `build`, never beside it: both write the same cargo output.
CRASH_TEST_DIST := target/dist-crash-test
build-crash-test: tools build
	sed 's/data-bin="explainer"/& data-cargo-features="crash-trigger"/' index.html > index.crash-test.html
	scripts/build-release.sh index.crash-test.html $(CRASH_TEST_DIST)

## Playwright against the release build on loopback
test-e2e: test-tools build build-crash-test
	cd e2e && npx playwright test

# The two commands of the README: `make serve` and `make test`. Each installs what it lacks first.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: serve build test lint test-native test-browser test-e2e tools test-tools schema validate bench

## serve: install the build tools, build, and serve the widget at http://127.0.0.1:8080/
serve: tools
	trunk serve --release

## build: the release build in dist/, built for size, with .br and .gz siblings for servers that send them
build: tools
	scripts/build-release.sh

## bench: size, start-up and scaling against the budgets (not part of `make test`)
bench: test-tools build
	cd e2e && node bench.mjs

## test: install everything the tests need, then run every test
test: test-tools lint test-native test-browser build test-e2e

tools:
	scripts/tools.sh build

test-tools:
	scripts/tools.sh test

lint:
	cargo fmt --all --check
	cargo clippy -p explainer-article --all-targets --all-features -- -D warnings
	cargo clippy -p explainer --all-targets $(WASM) -- -D warnings
	cargo clippy -p explainer-bench-floor $(WASM) -- -D warnings

## native tests of the content model: rules, the bundled article, the schema file, property tests
test-native:
	cargo test -p explainer-article --all-features

## regenerate the checked-in JSON Schema of the article format
schema:
	cargo run -q -p explainer-article --features schema --bin explainer-validate -- --schema > article/schema/article.schema.json

## validate article files: make validate FILES="articles/*.json"
FILES ?= articles/*.json
validate:
	cargo run -q -p explainer-article --bin explainer-validate -- $(FILES)

## wasm-bindgen-test in headless Chromium
test-browser:
	cargo test $(WASM) -p explainer

## Playwright against the release build on loopback
test-e2e:
	cd e2e && npx playwright test

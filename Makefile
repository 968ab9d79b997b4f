# The two commands of the README: `make serve` and `make test`. Each installs what it lacks first.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: serve build test lint test-native test-browser test-e2e tools test-tools

## serve: install the build tools, build, and serve the widget at http://127.0.0.1:8080/
serve: tools
	trunk serve --release

## build: the release build in dist/
build: tools
	trunk build --release

## test: install everything the tests need, then run every test
test: test-tools lint test-native test-browser build test-e2e

tools:
	scripts/tools.sh build

test-tools:
	scripts/tools.sh test

lint:
	cargo fmt --all --check
	cargo clippy -p explainer-article --all-targets -- -D warnings
	cargo clippy --workspace --all-targets $(WASM) -- -D warnings

## native tests of the content model
test-native:
	cargo test -p explainer-article

## wasm-bindgen-test in headless Chromium
test-browser:
	cargo test $(WASM) -p explainer

## Playwright against the release build on loopback
test-e2e:
	cd e2e && npx playwright test

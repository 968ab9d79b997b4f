# The two commands of the README, `make serve` and `make test`, and the quick loop, `make check`.
# Each installs what it lacks first. `make` alone (`make help`) lists every target.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: help check serve editor build build-test publish draft mutants test lint test-native test-unit test-browser test-e2e test-installs tools test-tools check-tools schema validate bench
# One target at a time, even under `make -j`: lint and build both write target/editor, and the
# builds share cargo's output.
.NOTPARALLEL:
.DEFAULT_GOAL := help

## help: every target, with what it does
help:
	@awk -f scripts/make-help.awk $(firstword $(MAKEFILE_LIST))

## check: the quick loop, no wasm and no browser: formatting, the native lints, the JavaScript
## lint, the docs' links, the native tests and the browser scripts' unit tests (seconds once
## built; under 3 minutes from a fresh clone)
check: check-tools
	$(RUST_FORMAT)
	$(CLIPPY_NATIVE)
	$(ESLINT)
	node scripts/check-links.mjs
	$(MAKE) --no-print-directory test-native test-unit

## serve: install the build tools, build, and serve the widget at http://127.0.0.1:8080/ (and the
## editor at /editor/)
serve: tools editor
	trunk serve --release

## editor: the editors' preview (/editor/) in target/editor, which the widget's build copies in
editor: tools
	scripts/build-editor.sh

## build: the release build in dist/, built for size, with .br and .gz siblings for servers that
## send them, and a published page for each article in articles/ (dist/<id>/)
build: tools
	scripts/build-release.sh
	$(MAKE) publish FILES="$(ARTICLES)" OUT=dist
	node scripts/precompress.mjs dist

ARTICLES := $(filter-out %.source.txt,$(wildcard articles/*.json))
OUT ?= dist
## PUBLIC_URL: the address dist/ is served at, for the published pages' oEmbed answers and
## links (the end-to-end tests serve it at this one)
PUBLIC_URL ?= http://127.0.0.1:8081/
PROVIDER ?= News explainer
PUBLISH := cargo run -q -p explainer --no-default-features --features ssr --bin explainer-publish --
## publish: prerendered pages for articles, sharing the built widget's files:
## make publish FILES="articles/*.json" OUT=dist PUBLIC_URL=https://news.example/explainers/
publish:
	$(PUBLISH) --dist dist --out $(OUT) --base "$(PUBLIC_URL)" --provider "$(PROVIDER)" $(FILES)

## bench: size, start-up and scaling against the budgets (not part of `make test`)
bench: test-tools build
	scripts/tools.sh bench
	cd e2e && node bench.mjs

## test: install everything the tests need, then run every test (about 20 minutes)
test: lint test-installs test-native test-unit test-browser test-e2e

## tools: installs what the build needs; test-tools: what the tests need too; check-tools: what
## `make check` needs
tools:
	scripts/tools.sh build

test-tools:
	scripts/tools.sh test

check-tools:
	scripts/tools.sh check

## lint: shell scripts, Rust, and the JavaScript: the browser scripts type-checked with tsc
## (tsconfig.json; the editor's wasm exports typed by the check.d.ts its build writes), the
## end-to-end tests' server and helpers too (e2e/tsconfig.json), everything linted with ESLint
lint: test-tools editor
	shellcheck scripts/*.sh .ci/run
	e2e/node_modules/.bin/tsc --noEmit -p tsconfig.json
	e2e/node_modules/.bin/tsc --noEmit -p e2e/tsconfig.json
	$(ESLINT)
	node scripts/check-links.mjs
	$(RUST_FORMAT)
	$(CLIPPY_NATIVE)
	cargo clippy -p explainer-editor $(WASM) -- -D warnings
	cargo clippy -p explainer --all-targets $(WASM) --features cldr-plurals -- -D warnings
	cargo clippy -p explainer-bench-floor $(WASM) -- -D warnings

RUST_FORMAT := cargo fmt --all --check
ESLINT := e2e/node_modules/.bin/eslint src editor/page embed-code scripts e2e/*.mjs e2e/specs eslint.config.mjs
define CLIPPY_NATIVE
cargo clippy -p explainer-article -p explainer-article-derive -p explainer-archieml -p explainer-draft -p explainer-editor --all-targets --all-features -- -D warnings
	cargo clippy -p explainer --all-targets --no-default-features --features ssr -- -D warnings
endef

## test-unit: the browser scripts' own logic (live updates' timing and wording, the capped
## article request against servers on loopback), with Node's test runner
test-unit:
	node --test src/

## every install branch of scripts/tools.sh, against stub package managers
test-installs:
	scripts/test-installs.sh

## mutants: mutation testing of the content model (article/src) with cargo-mutants, two at a time;
## about 30 minutes on 2 cores, not part of `make test`. Property tests run 64 cases per mutant.
mutants:
	scripts/tools.sh mutants
	PROPTEST_CASES=64 cargo mutants --package explainer-article --all-features --jobs 2 --timeout 120 --output target

## native tests of the content model: rules, the bundled article, the schema file, property tests;
## of the ArchieML parser (the official suite in archieml/tests/official-1.0, and against the
## reference npm `archieml`, installed in e2e/); of the editor's problems and their places; and
## of the widget natively: the contract scan, the language files, the publisher, its modules
test-native: check-tools
	cargo test -p explainer-article -p explainer-article-derive -p explainer-archieml -p explainer-draft -p explainer-editor --all-features
	cargo test -p explainer --no-default-features --features ssr

## regenerate the checked-in JSON Schema of the article format
schema:
	cargo run -q -p explainer-article --features schema --bin explainer-validate -- --schema > article/schema/article.schema.json

## draft: the explainer drafted from a source article, printed on stdout (JSON, or ArchieML with
## ARGS=--aml): make draft SOURCE=articles/paris-summit.source.txt ARGS="--published 2025-03-27"
draft:
	@cargo run -q -p explainer-draft --bin explainer-draft -- $(SOURCE) $(ARGS)

## validate article files: make validate FILES="articles/*.json"
FILES ?= articles/*.json
validate:
	cargo run -q -p explainer-article --bin explainer-validate -- $(FILES)

## wasm-bindgen-test in headless Chromium (with CLDR's plural rules, which the publisher uses, to
## hold them to the browser's)
test-browser: test-tools
	cargo test $(WASM) -p explainer --features cldr-plurals

## the release build with the test-only hooks (Cargo feature `test-hooks`, src/test_hooks.rs), for
## the end-to-end tests. After `build`, never beside it: both write the same cargo output.
TEST_DIST := target/dist-test
# Published on the test build only: an article written in Arabic (e2e/specs/i18n.spec.mjs).
TEST_ARTICLES := e2e/fixtures/arabic.json
build-test: tools build
	sed 's/data-bin="explainer"/& data-cargo-features="test-hooks"/' index.html > index.test.html
	scripts/build-release.sh index.test.html $(TEST_DIST)
	$(PUBLISH) --dist $(TEST_DIST) --out $(TEST_DIST) $(TEST_ARTICLES)

## Playwright against the release build on loopback
test-e2e: test-tools build build-test
	cd e2e && npx playwright test

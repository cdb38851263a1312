# beroepsbeeld — the two Quick-start commands are `make` (check and render the catalogue) and `make test`.
SWIFT ?= swift
BIN := .build/release/beroepsbeeld
BENCH := .build/release/beroepsbeeld-bench

.PHONY: all setup build check render test bench clean-output

# The main job: check every profile in Profiles/, then render each as PDF, SVG and PNG, plus the book.
all: render

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product beroepsbeeld

check: build
	$(BIN) check Profiles

render: check
	$(BIN) render Profiles -o Output --format pdf,svg,png --paper a3
	$(BIN) book Profiles -o Output/beroepsbeelden.pdf --paper a3

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Speed and memory figures of each stage (release build); see each line's goal in its output.
bench: setup
	$(SWIFT) build -c release --product beroepsbeeld-bench
	$(BENCH) parse --count 10000
	$(BENCH) hostile
	$(BENCH) render
	$(BENCH) diff
	$(BENCH) catalog

clean-output:
	find Output -mindepth 1 ! -name README.md -delete

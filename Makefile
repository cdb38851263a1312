# beroepsbeeld — the two Quick-start commands are `make` (render the catalogue) and `make test`.
SWIFT ?= swift
BIN := .build/release/beroepsbeeld

.PHONY: all setup build check test bench clean-output

all: check

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product beroepsbeeld

# The main job: check every profile in Profiles/.
check: build
	$(BIN) check Profiles

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: setup
	$(SWIFT) build -c release --product beroepsbeeld-bench
	.build/release/beroepsbeeld-bench parse --count 10000

clean-output:
	find Output -mindepth 1 ! -name README.md -delete

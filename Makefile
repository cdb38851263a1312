# beroepsbeeld — the two Quick-start commands are `make` (check and render the catalogue) and `make test`.
SWIFT ?= swift
BIN := .build/release/beroepsbeeld
BENCH := .build/release/beroepsbeeld-bench
# The Swift runtime and Foundation linked into the binary: a call does not pay the loader for a dozen
# more shared libraries (see docs/rendering.md, start-up).
RELEASE := -c release --static-swift-stdlib

.PHONY: all setup build check render site test bench fuzz clean-output completions man install

# The main job: check every profile in Profiles/, then render each as PDF, SVG and PNG, plus the book,
# and build the website into Output/site/.
all: render site

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build $(RELEASE) --product beroepsbeeld

check: build
	$(BIN) check Profiles

render: check
	$(BIN) render Profiles -o Output --format pdf,svg,png --paper a3
	$(BIN) book Profiles -o Output/beroepsbeelden.pdf --paper a3

# The static website: open Output/site/index.html, or publish the folder.
site: check
	$(BIN) site Profiles -o Output/site

# The Swift tests, then the website's end-to-end tests in headless Chromium (Tests/site, pytest).
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	.venv/bin/python -m pytest Tests/site -q -p no:cacheprovider

# Speed and memory figures of each stage (release build); each line names its goal next to its figure.
# `cli` runs the built binary (start-up next to a C program linking the same libraries, built here
# with cc; check, render memory, watch). One profile, stage by stage: $(BENCH) render --file PATH.
# The site goes first: creating its 5,000 files costs ext4 several times more while the 20,000 files
# `cli` has just deleted count as recently deleted (docs/site.md).
bench: setup
	$(SWIFT) build $(RELEASE) --product beroepsbeeld
	$(SWIFT) build $(RELEASE) --product beroepsbeeld-bench
	$(BENCH) site
	$(BENCH) parse --count 10000
	$(BENCH) hostile
	$(BENCH) render
	$(BENCH) diff
	$(BENCH) hybrid
	$(BENCH) catalog
	$(BENCH) cli
	scripts/bench-serve.sh $(BIN)

# The libFuzzer harness (docs/fuzzing.md): load → validate → format → JSON round trip on mutated
# profiles, in its own build folder, instrumented for coverage and AddressSanitizer, linked with
# libFuzzer's no-main runtime. Findings land in .fuzz/ as crash-*, timeout-*, oom-* files. Swift's own
# backtracer is off there: it trips over AddressSanitizer, and libFuzzer reports the crash itself.
# Hashing is deterministic there, so that a fixed seed (CI's) explores the same inputs on every machine;
# a finding is printed last in base64, so a CI log alone is enough to replay it.
FUZZ_SECONDS ?= 600
FUZZ_FLAGS ?=
FUZZ_SCRATCH := .build-fuzz
FUZZ_BIN := $(FUZZ_SCRATCH)/release/beroepsbeeld-fuzz
FUZZ_DIR := .fuzz
FUZZER_LIB ?= $(firstword $(wildcard $(dir $(realpath $(shell command -v swiftc)))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a))

fuzz: setup
	@test -n "$(FUZZER_LIB)" || { echo "libclang_rt.fuzzer_no_main not found beside swiftc; set FUZZER_LIB" >&2; exit 2; }
	$(SWIFT) build -c release --product beroepsbeeld-fuzz --scratch-path $(FUZZ_SCRATCH) \
		-Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
		-Xlinker --undefined=LLVMFuzzerRunDriver -Xlinker $(FUZZER_LIB) -Xlinker -lstdc++
	$(FUZZ_BIN) seed Profiles $(FUZZ_DIR)/seeds
	mkdir -p $(FUZZ_DIR)/corpus
	SWIFT_BACKTRACE=enable=no SWIFT_DETERMINISTIC_HASHING=1 $(FUZZ_BIN) $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds -dict=fuzz/beroep.dict \
		-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_FLAGS) || { status=$$?; for finding in $(FUZZ_DIR)/crash-* $(FUZZ_DIR)/timeout-* $(FUZZ_DIR)/oom-*; do \
		test -f "$$finding" && printf '\nfinding %s, base64 (decode with base64 -d, replay with %s FILE):\n%s\n' "$$finding" "$(FUZZ_BIN)" "$$(base64 -w0 "$$finding")"; \
		done; exit $$status; }

# Shell completions and the man page, both generated from the command's own definition by
# swift-argument-parser: `--generate-completion-script` and the `generate-manual` package plugin.
COMPLETIONS := .build/completions
MANUAL := .build/plugins/GenerateManual/outputs/beroepsbeeld/beroepsbeeld.1
PREFIX ?= /usr/local

completions: build
	mkdir -p $(COMPLETIONS)
	$(BIN) --generate-completion-script bash > $(COMPLETIONS)/beroepsbeeld.bash
	$(BIN) --generate-completion-script zsh > $(COMPLETIONS)/_beroepsbeeld
	$(BIN) --generate-completion-script fish > $(COMPLETIONS)/beroepsbeeld.fish

man: setup
	$(SWIFT) package plugin generate-manual --configuration release $(if $(SOURCE_DATE_EPOCH),--date $$(date -u -d @$(SOURCE_DATE_EPOCH) +%Y-%m-%d))

# Installs the binary, its man page and its completions under $(DESTDIR)$(PREFIX) (default /usr/local).
install: build completions man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/beroepsbeeld
	install -d $(DESTDIR)$(PREFIX)/share/beroepsbeeld/site
	install -m 644 Assets/site/* $(DESTDIR)$(PREFIX)/share/beroepsbeeld/site/
	install -m 644 $(MANUAL) $(DESTDIR)$(PREFIX)/share/man/man1/beroepsbeeld.1
	install -m 644 $(COMPLETIONS)/beroepsbeeld.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/beroepsbeeld
	install -m 644 $(COMPLETIONS)/_beroepsbeeld $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_beroepsbeeld
	install -m 644 $(COMPLETIONS)/beroepsbeeld.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/beroepsbeeld.fish

clean-output:
	find Output -mindepth 1 ! -name README.md -delete

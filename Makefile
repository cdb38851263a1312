# beroepsbeeld — the two Quick-start commands are `make` (check and render the catalogue) and `make test`.
SWIFT ?= swift
BIN := .build/release/beroepsbeeld
BENCH := .build/release/beroepsbeeld-bench

.PHONY: all setup build check render site test bench clean-output completions man install

# The main job: check every profile in Profiles/, then render each as PDF, SVG and PNG, plus the book,
# and build the website into Output/site/.
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
	$(BIN) site Profiles -o Output/site

# The static website alone (also part of render): open Output/site/index.html, or publish the folder.
site: check
	$(BIN) site Profiles -o Output/site

# The Swift tests, then the website's end-to-end tests in headless Chromium (Tests/site, pytest).
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	.venv/bin/python -m pytest Tests/site -q -p no:cacheprovider

# Speed and memory figures of each stage (release build); see each line's goal in its output.
bench: setup
	$(SWIFT) build -c release --product beroepsbeeld-bench
	$(BENCH) parse --count 10000
	$(BENCH) hostile
	$(BENCH) render
	$(BENCH) diff
	$(BENCH) catalog
	$(BENCH) site
	$(SWIFT) build -c release --product beroepsbeeld
	scripts/bench-serve.sh $(BIN)

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

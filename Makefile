# iom-history: `make run` builds the release binary and starts it;
# `make test` runs every test. Both install what they need when it is missing.

SWIFT ?= swift
# The release binary is one static PIE: Swift runtime, glibc, ncursesw,
# terminfo, libyaml, libpng, libjpeg, libexif, zlib, Chafa and glib linked
# in, still loaded at a random address. No shared library to find, map and bind at
# start: about half the start-up time and 3 MiB less memory
# (bench/README.md). glibc's static-PIE start refuses a binary with a run
# path, hence --disable-local-rpath. A plain
# `swift build -c release --static-swift-stdlib` still works: it gives the
# same program with shared system libraries.
RELEASE_FLAGS := -c release --product iom-history --disable-local-rpath \
	-Xswiftc -static-executable -Xswiftc -Xclang-linker -Xswiftc -static-pie \
	-Xswiftc -use-ld=lld -Xlinker -ltinfo
BIN := .build/release/iom-history

.PHONY: run build test lint unit e2e e2e-debug deps e2e-deps format clean bench bench-ssh link-order screenshots

run: build
	$(BIN)

build: deps
	$(SWIFT) build $(RELEASE_FLAGS)
	$(SWIFT) build -c release --product iom-history-shell

# Unit, reducer and snapshot tests, then the end-to-end tests of the real
# release binary in tmux, and again on the debug build.
test: lint build unit e2e e2e-debug

# The code's layout is swift-format's (it ships with the toolchain).
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

unit: deps
	$(SWIFT) test

e2e: build e2e-deps
	BIN=$(BIN) bash Tests/e2e/run.sh

# The same tests on the debug build (`swift test` has just built it), which
# checks at run time what the release build may not: exclusive access to a
# variable, assertions. A conflicting access there once aborted every start.
e2e-debug: unit e2e-deps
	$(SWIFT) build --product iom-history
	$(SWIFT) build --product iom-history-shell
	BIN=.build/debug/iom-history bash Tests/e2e/run.sh

# The README's screenshots, from the release binary in a real xterm.
screenshots: build e2e-deps
	bash docs/make-screenshots.sh

# The benchmark: the release binary next to dialog and less in a 100x30
# pseudo-terminal; a table on stdout, everything in bench-results/bench.json.
# Not part of `make test`. See bench/README.md. Then the photos, then SSH.
bench: build
	$(call install_missing,$(call missing_command,dialog) $(call missing_command,less))
	python3 bench/bench.py --bin $(BIN)
	$(call install_missing,$(call missing_package,imagemagick))
	python3 bench/photos.py --bin $(BIN)
	$(MAKE) --no-print-directory bench-ssh

# 1,000 visitors at once over SSH on loopback, to the bench's own sshd (as
# root); adds "ssh" to bench-results/bench.json. Part of `make bench`; alone,
# it takes about 2 minutes. asyncssh (PyPI) drives every session from one
# Python process; the script installs it when missing.
bench-ssh: build
	$(call install_missing,$(call missing_package,openssh-server) $(call missing_package,openssh-client))
	python3 bench/ssh_bench.py --bin $(BIN)

# Records which functions a visitor's session runs (bench/link-order.txt), for
# the release link to keep them together; then relinks with the new list.
link-order: build
	$(call install_missing,$(call missing_command,valgrind) $(call missing_command,tmux))
	python3 bench/link_order.py $(BIN)
	rm -f $(BIN)  # SwiftPM does not see the list as an input of the link
	$(SWIFT) build $(RELEASE_FLAGS)

# The Debian packages the build and the tests use (ncursesw, libyaml,
# qrcodegen, libpng, libjpeg-turbo, Chafa and glib headers and static
# libraries, tmux), installed only when missing.
deps:
	$(call install_missing,$(call missing_package,libncurses-dev) $(call missing_package,libyaml-dev) $(call missing_package,libqrcodegen-dev) $(call missing_package,libpng-dev) $(call missing_package,libjpeg62-turbo-dev) $(call missing_package,libexif-dev) $(call missing_package,libchafa-dev) $(call missing_package,libglib2.0-dev) $(call missing_command,tmux))

# What the end-to-end tests read QR codes and photos with: a real xterm under
# Xvfb, its font, a screenshot (ImageMagick's import), zbarimg, and xdotool
# to type into an xterm or kitty (with Mesa's software OpenGL) that runs the
# app without tmux.
# An sshd and its client for the tests of the exhibition over SSH; asciinema
# (from PyPI) to play the tour's recording.
e2e-deps:
	$(call install_missing,$(call missing_package,xvfb) $(call missing_package,xterm) $(call missing_package,fonts-dejavu-core) $(call missing_package,imagemagick) $(call missing_package,zbar-tools) $(call missing_package,x11-utils) $(call missing_package,openssh-server) $(call missing_package,openssh-client) $(call missing_package,xdotool) $(call missing_package,kitty) $(call missing_package,libgl1-mesa-dri))
	@command -v asciinema >/dev/null || python3 -m pip install -q asciinema

# The package named $(1) when it is not installed; the package that brings
# command $(1) (named alike) when the command is not on the PATH.
missing_package = $(shell dpkg -s $(1) >/dev/null 2>&1 || echo $(1))
missing_command = $(shell command -v $(1) >/dev/null 2>&1 || echo $(1))

# Installs the Debian packages $(1), if there are any, through sudo unless root.
define install_missing
	@if [ -n "$(strip $(1))" ]; then \
	  echo "Installing: $(strip $(1))"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1); \
	fi
endef

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean:
	rm -rf .build

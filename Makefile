# iom-history: `make run` builds the release binary and starts it;
# `make test` runs every test. Both install what they need when it is missing.

SWIFT ?= swift
RELEASE_FLAGS := -c release --static-swift-stdlib
BIN := .build/release/iom-history

.PHONY: run build test lint unit e2e deps format clean bench

run: build
	$(BIN)

build: deps
	$(SWIFT) build $(RELEASE_FLAGS)

# Unit, reducer and snapshot tests, then the end-to-end tests of the real
# release binary in tmux.
test: lint build unit e2e

# The code's layout is swift-format's (it ships with the toolchain).
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

unit: deps
	$(SWIFT) test

e2e: build
	BIN=$(BIN) bash Tests/e2e/run.sh

# The benchmark: the release binary next to dialog and less in a 100x30
# pseudo-terminal; a table on stdout, everything in bench-results/bench.json.
# Not part of `make test`. See bench/README.md.
bench: build
	@missing=""; \
	command -v dialog >/dev/null 2>&1 || missing="$$missing dialog"; \
	command -v less >/dev/null 2>&1 || missing="$$missing less"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	python3 bench/bench.py --bin $(BIN)

# The Debian packages the build and the tests use (ncursesw headers, tmux),
# installed only when missing.
deps:
	@missing=""; \
	dpkg -s libncurses-dev >/dev/null 2>&1 || missing="$$missing libncurses-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean:
	rm -rf .build

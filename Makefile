# LeakTrace — the commands that do everything on a fresh machine.
#   make demo   build, then run the whole story on synthetic data (619,109-row seized list)
#   make test   the test suite (CI runs exactly this)

SWIFT ?= swift
RELEASE_BIN := .build/release/leaktrace
DEMO_DIR ?= leaktrace-demo
DEMO_RECORDS ?= 619109

.PHONY: all build release demo test clean deps

all: build

deps:
	@command -v pkg-config >/dev/null && pkg-config --exists openssl sqlite3 || { \
	  echo "missing libssl-dev / libsqlite3-dev: run 'bash .ci/run' or apt-get install libssl-dev libsqlite3-dev pkg-config"; exit 1; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product leaktrace

# A new folder each run: the demo never writes over an earlier one.
demo: release
	@dir="$(DEMO_DIR)-$$(date +%Y%m%d-%H%M%S)"; \
	$(RELEASE_BIN) demo --dir "$$dir" --records $(DEMO_RECORDS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build

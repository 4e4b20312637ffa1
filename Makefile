# LeakTrace — the commands that do everything on a fresh machine.
#   make demo   build, then run the whole story on synthetic data (619,109-row seized list)
#   make test   the test suite (CI runs exactly this)

SWIFT ?= swift
RELEASE_BIN := .build/release/leaktrace
DEMO_DIR ?= leaktrace-demo
DEMO_RECORDS ?= 619109

.PHONY: all build release demo test clean deps fuzz bench-canaries report-screenshot bench test-slow

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

# Canary realism AUC, collisions under each waybill mask (100,000), plant throughput (100,000 and
# 1,000,000) of the release binary. Takes a few minutes; `make bench` may call it.
bench-canaries: deps
	Benchmarks/canaries/run.sh

# Renders the demo's zh and en report.html with headless Chromium into PNGs (one tall page each).
# SCREENSHOT_DIR receives demo/ and report-zh.png, report-en.png; SCREENSHOT_SWIFT_FLAGS passes extra
# build flags (for example --scratch-path DIR). Installs chromium and fonts-noto-cjk when missing.
SCREENSHOT_DIR ?= report-screenshots
SCREENSHOT_SWIFT_FLAGS ?=
# Tall enough for the whole demo report (about 20,300 px in English with its 56 hits).
SCREENSHOT_SIZE ?= 1100,22000

report-screenshot: deps
	$(SWIFT) build $(SCREENSHOT_SWIFT_FLAGS) --product leaktrace
	@command -v chromium >/dev/null && fc-list | grep -q "Noto Serif CJK SC" || { \
	  echo "installing chromium and fonts-noto-cjk"; apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk; }
	@bin="$$($(SWIFT) build $(SCREENSHOT_SWIFT_FLAGS) --show-bin-path)/leaktrace"; \
	dir="$$(mkdir -p "$(SCREENSHOT_DIR)" && cd "$(SCREENSHOT_DIR)" && pwd)"; \
	rm -rf "$$dir/demo"; \
	"$$bin" demo --dir "$$dir/demo" --records 20000 && \
	for lang in zh en; do \
	  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
	    --window-size=$(SCREENSHOT_SIZE) --screenshot="$$dir/report-$$lang.png" \
	    "file://$$dir/demo/report-$$lang/report.html" 2>/dev/null || exit 1; \
	  echo "$$dir/report-$$lang.png"; \
	done

# libFuzzer on every reader, FUZZ_SECONDS each (default 60); crashes are minimised into
# Fuzz/corpus-findings/<reader>/ and, once fixed, moved to Fuzz/corpus-regressions/, which `make test` replays.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Fuzz/fuzz.sh

# Issue 6's figures, then issue 3's canary figures (bench-canaries), in one run (~30 min): 619,109-row replica vs rg, 1M/10M rows (RSS, cost per
# row), 1k vs 1M canaries, GB18030/chat/XLSX throughput, Splink peer. Report: .build/bench/report.txt
bench: deps
	Benchmarks/bench.sh $(BENCH_ARGS)
	$(MAKE) bench-canaries

# Issue 6's distributed match for real: PySpark in local[2] pipes 8 partitions of a 30,000-row list
# through `match --shard`, `merge`s them, and fails unless hits and attribution equal one `match`.
# Installs Java 17 (apt) and pyspark (venv under TEST_SLOW_WORK, default .build/test-slow) when
# missing; about 1.5 min once installed. TEST_SLOW_SWIFT_FLAGS e.g. --scratch-path DIR. `make test` never runs it.
TEST_SLOW_SWIFT_FLAGS ?=
test-slow: deps
	SWIFT="$(SWIFT)" SWIFT_FLAGS="$(TEST_SLOW_SWIFT_FLAGS)" Tests/Slow/spark/run.sh

#!/usr/bin/env bash
# Builds LeakTrace's libFuzzer targets (address sanitizer on) and runs each for FUZZ_SECONDS.
# A crashing, hanging or memory-blowing input is minimised into corpus-findings/<reader>/; once the
# reader is fixed it moves to corpus-regressions/<reader>/, which `swift test` replays
# (Tests/LeakTraceIngestTests/Hostile/FuzzRegressionTests.swift).
#
#   FUZZ_SECONDS=60        seconds per reader
#   FUZZ_TARGETS="json sql" only these readers (default: all)
#   FUZZ_SCRATCH=DIR       SwiftPM build folder (default Fuzz/.build)
#   FUZZ_WORK=DIR          where the growing corpora and the log are kept (default: a temporary folder)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
seconds="${FUZZ_SECONDS:-60}"
scratch="${FUZZ_SCRATCH:-$here/.build}"
work="${FUZZ_WORK:-$(mktemp -d -t leaktrace-fuzz-XXXXXX)}"
all="delimited line-text encoding json sql chat xlsx intake"
targets="${FUZZ_TARGETS:-$all}"

executable() {
  case "$1" in
    delimited) echo FuzzDelimited ;; line-text) echo FuzzLineText ;; encoding) echo FuzzEncoding ;;
    json) echo FuzzJSON ;; sql) echo FuzzSQL ;; chat) echo FuzzChat ;; xlsx) echo FuzzXLSX ;; intake) echo FuzzIntake ;;
    *) echo "unknown fuzz target $1 (known: $all)" >&2; return 1 ;;
  esac
}

echo "building the fuzz targets (release, -sanitize=fuzzer,address) in $scratch"
swift build --package-path "$here" --scratch-path "$scratch" -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
bin="$(swift build --package-path "$here" --scratch-path "$scratch" -c release --show-bin-path)"

# Swift's runtime keeps metadata caches alive on purpose: LeakSanitizer would report them as leaks.
export ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1"
# Swift's crash backtracer reads the dying process's memory from a helper thread, which ASan flags
# and which can hang the minimiser; libFuzzer prints its own stack.
export SWIFT_BACKTRACE="enable=no"
mkdir -p "$work"
summary="$work/summary.txt"
: > "$summary"
for target in $targets; do
  exe="$bin/$(executable "$target")"
  corpus="$work/corpus/$target"
  found="$work/found/$target"
  mkdir -p "$corpus" "$found" "$here/corpus-regressions/$target" "$here/corpus-findings/$target"
  log="$work/$target.log"
  echo "fuzzing $target for ${seconds}s"
  # Each input gets 10 s and 2 GB: a slower or bigger one is a finding (a hang or unbounded memory).
  # A reader with open findings is fuzzed in fork mode, which goes on after a crash (the known one
  # would otherwise end its turn within seconds) at the cost of far fewer executions; the others
  # in-process, for speed. (No -jobs: it writes fuzz-N.log into the current folder.)
  mode=""
  if ls "$here/corpus-findings/$target"/crash-* >/dev/null 2>&1; then
    mode="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
  fi
  # shellcheck disable=SC2086
  "$exe" "$corpus" "$here/corpus-seeds/$target" "$here/corpus-regressions/$target" \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    $mode -artifact_prefix="$found/" -print_final_stats=1 >"$log" 2>&1 || true
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  # In fork mode the parent reports progress as "#<executions>: cov: ..." instead.
  [ -n "$runs" ] || runs="$(sed -n 's/^#\([0-9][0-9]*\): cov:.*/\1/p' "$log" | tail -1)"
  coverage="$(grep -o 'cov: [0-9]*' "$log" | tail -1 | sed 's/cov: //')"
  findings=0
  for artifact in "$found"/crash-* "$found"/timeout-* "$found"/oom-* "$found"/slow-unit-*; do
    [ -e "$artifact" ] || continue
    findings=$((findings + 1))
    # Fork mode finds one bug many times over: keep (and minimise) the first two, list the rest.
    if [ "$findings" -gt 2 ]; then
      echo "  $target: $(basename "$artifact") left in $found"
      continue
    fi
    name="$(basename "$artifact")"
    # Open findings are kept apart: replaying an unfixed crash would kill the whole test run.
    # Once the reader is fixed, move the file to corpus-regressions/, which `make test` replays.
    kept="$here/corpus-findings/$target/$name"
    case "$name" in
      crash-*) timeout 120 "$exe" -minimize_crash=1 -max_total_time=60 -exact_artifact_path="$kept" "$artifact" >>"$log" 2>&1 || true ;;
    esac
    [ -e "$kept" ] || cp "$artifact" "$kept"
    echo "  $target: $name kept as corpus-findings/$target/$name"
  done
  printf '%-10s %12s executions  %6s coverage edges  %s findings\n' "$target" "${runs:-?}" "${coverage:-?}" "$findings" | tee -a "$summary"
done
echo "logs and corpora in $work"

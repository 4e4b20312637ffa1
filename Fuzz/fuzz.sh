#!/usr/bin/env bash
# Builds LeakTrace's libFuzzer targets (address sanitizer on) and runs each for FUZZ_SECONDS.
# A crashing, hanging or memory-blowing input is minimised into corpus-regressions/<reader>/,
# which `swift test` replays (Tests/LeakTraceIngestTests/Hostile/FuzzRegressionTests.swift).
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
mkdir -p "$work"
summary="$work/summary.txt"
: > "$summary"
for target in $targets; do
  exe="$bin/$(executable "$target")"
  corpus="$work/corpus/$target"
  found="$work/found/$target"
  mkdir -p "$corpus" "$found" "$here/corpus-regressions/$target"
  log="$work/$target.log"
  echo "fuzzing $target for ${seconds}s"
  # Each input gets 10 s and 2 GB: a slower or bigger one is a finding (a hang or unbounded memory).
  "$exe" "$corpus" "$here/corpus-seeds/$target" "$here/corpus-regressions/$target" \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -artifact_prefix="$found/" -print_final_stats=1 -jobs=1 -workers=1 >"$log" 2>&1 || true
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  coverage="$(grep -o 'cov: [0-9]*' "$log" | tail -1 | sed 's/cov: //')"
  findings=0
  for artifact in "$found"/crash-* "$found"/timeout-* "$found"/oom-* "$found"/slow-unit-*; do
    [ -e "$artifact" ] || continue
    findings=$((findings + 1))
    name="$(basename "$artifact")"
    kept="$here/corpus-regressions/$target/$name"
    case "$name" in
      crash-*) "$exe" -minimize_crash=1 -max_total_time=60 -exact_artifact_path="$kept" "$artifact" >>"$log" 2>&1 || true ;;
    esac
    [ -e "$kept" ] || cp "$artifact" "$kept"
    echo "  $target: $name kept as corpus-regressions/$target/$name"
  done
  printf '%-10s %12s executions  %6s coverage edges  %s findings\n' "$target" "${runs:-?}" "${coverage:-?}" "$findings" | tee -a "$summary"
done
echo "logs and corpora in $work"

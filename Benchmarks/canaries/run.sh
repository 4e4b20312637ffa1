#!/usr/bin/env bash
# Canary benchmarks (issue 3): builds the benchmark and the `leaktrace` binary in release, then prints
#   - the indistinguishability AUC (naive Bayes on surname, given-name characters, prefix, district,
#     address shape; canaries against the benchmark's own reference sample),
#   - collisions under each waybill mask (GB/T 41833, old 4-digit, virtual number, surname only)
#     among 100,000 planted canaries, with synthetic phones and with a pool of 5 numbers,
#   - plant throughput of the real binary for 100,000 and 1,000,000 canaries on a fresh registry.
# Usage: Benchmarks/canaries/run.sh [--quick] [--counts 100000,1000000]
#   --quick: 20,000 canaries for the masks, throughput for 20,000 and 100,000.
# CANARY_BENCH_SCRATCH: the build folder (default Benchmarks/canaries/.build).
#
# One release build serves both: `leaktrace` is built from this package's scratch path as a
# product of its dependency, so the modules are compiled once (two shared cores make that count).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
scratch="${CANARY_BENCH_SCRATCH:-$here/.build}"
swift build -c release --package-path "$here" --scratch-path "$scratch" --product canary-bench >&2
swift build -c release --package-path "$here" --scratch-path "$scratch" --product leaktrace >&2
"$scratch/release/canary-bench" --leaktrace "$scratch/release/leaktrace" --playbook "$here/../../Playbooks/express-pipeline.yaml" "$@"

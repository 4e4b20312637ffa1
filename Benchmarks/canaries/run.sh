#!/usr/bin/env bash
# Canary benchmarks (issue 3): builds the release `leaktrace` and the benchmark, then prints
#   - the indistinguishability AUC (naive Bayes on surname, given-name characters, prefix, district,
#     address shape; canaries against an independently drawn reference sample),
#   - collisions under each waybill mask among 100,000 planted canaries,
#   - plant throughput of the real binary for 100,000 and 1,000,000 canaries on a fresh registry.
# Usage: Benchmarks/canaries/run.sh [--quick]   (--quick: 20,000 / 100,000 instead)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="${CANARY_BENCH_SCRATCH:-$root/.build}"
swift build -c release --product leaktrace --package-path "$root" --scratch-path "$scratch" >&2
bin="$scratch/release/leaktrace"
swift build -c release --package-path "$here" --scratch-path "${CANARY_BENCH_SCRATCH:-$here/.build}-bench" >&2
"${CANARY_BENCH_SCRATCH:-$here/.build}-bench/release/canary-bench" --leaktrace "$bin" --playbook "$root/Playbooks/express-pipeline.yaml" "$@"

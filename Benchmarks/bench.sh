#!/usr/bin/env bash
# `make bench`: issue 6's figures in one run (about 20 minutes on 2 cores).
#   Benchmarks/bench.sh [LeakTraceBench options]   e.g. --sections 1,4 --scale-rows 1000000
#   BENCH_SCRATCH=/tmp/x Benchmarks/bench.sh         builds into /tmp/x (swift build --scratch-path) and works in /tmp/x/bench
# Installs what it needs (ripgrep and GNU time through apt, Splink and DuckDB into a venv under
# .build/bench), builds the release binaries, then runs LeakTraceBench, which prints every figure
# with its target and keeps a copy in .build/bench/report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SCRATCH=${BENCH_SCRATCH:-.build}
WORK=${BENCH_WORK:-$SCRATCH/bench}
mkdir -p "$WORK"

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
apt_install() {
  command -v apt-get >/dev/null || { echo "bench: apt-get not found; install $* yourself" >&2; return 1; }
  { $SUDO apt-get install -y "$@" || { $SUDO apt-get update && $SUDO apt-get install -y "$@"; }; } >>"$WORK/apt.log" 2>&1
}
command -v rg >/dev/null || apt_install ripgrep || { echo "bench: could not install ripgrep (see $WORK/apt.log)" >&2; exit 1; }
[ -x /usr/bin/time ] || apt_install time || { echo "bench: could not install GNU time (see $WORK/apt.log)" >&2; exit 1; }

# The peer: Splink 4 on DuckDB 1.x (DuckDB 2.0 refuses Splink 4.0's query pattern).
VENV="$WORK/venv"
PYTHON_ARGS=()
if ! "$VENV/bin/python" -c "import splink, duckdb" 2>/dev/null; then
  echo "bench: installing Splink and DuckDB into $VENV" >&2
  { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q "splink==4.0.17" "duckdb>=1.1,<2"; } >"$WORK/pip.log" 2>&1 \
    || echo "bench: Splink could not be installed (see $WORK/pip.log); the peer comparison is skipped" >&2
fi
if "$VENV/bin/python" -c "import splink, duckdb" 2>/dev/null; then PYTHON_ARGS=(--python "$VENV/bin/python"); fi

$SWIFT build -c release --scratch-path "$SCRATCH" --product leaktrace
$SWIFT build -c release --scratch-path "$SCRATCH" --product LeakTraceBench
"$SCRATCH/release/LeakTraceBench" --work "$WORK" --leaktrace "$SCRATCH/release/leaktrace" --rg "$(command -v rg)" \
  --splink-script Benchmarks/splink_peer.py "${PYTHON_ARGS[@]}" "$@" | tee "$WORK/report.txt"

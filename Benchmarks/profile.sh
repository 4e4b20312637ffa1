#!/usr/bin/env bash
# The profile behind Benchmarks/PROFILE.md: callgrind (instruction counts, repeatable on a noisy
# shared machine) of `leaktrace match` over a 20,000-row list and a 50,000-row list of the same
# kind; the difference between the two is the cost per row, the rest is the cost per run.
#   Benchmarks/profile.sh [work folder]      (needs a previous `make bench` for the registry)
# valgrind 3.19 cannot read the DWARF 5 that Swift 6.3 emits ("Possibly corrupted debuginfo
# file"), so the binary is profiled with its debug info stripped: function names come from the
# symbol table, which is what callgrind_annotate needs.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-.build/bench/profile}
CASE=.build/bench/run/case
[ -f "$CASE/leaktrace.db" ] || { echo "profile: run 'make bench' first (it plants $CASE)" >&2; exit 1; }
command -v valgrind >/dev/null || apt-get install -y valgrind
mkdir -p "$WORK"
swift build -c release --product leaktrace
cp .build/release/leaktrace "$WORK/leaktrace" && strip --strip-debug "$WORK/leaktrace"
cp "$CASE"/leaktrace.db "$CASE"/leaktrace.db.key "$WORK/"
for rows in 20000 50000; do
  head -n $((rows + 1)) .build/bench/run/qq-trade-list.csv >"$WORK/list-$rows.csv"
  valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind-$rows.out" "$WORK/leaktrace" match "$WORK/list-$rows.csv" \
    --json "$WORK/match-$rows.json" --case "profile-$rows" --registry "$WORK/leaktrace.db" 2>"$WORK/valgrind-$rows.log" >/dev/null
  callgrind_annotate --inclusive=yes "$WORK/callgrind-$rows.out" | swift demangle --simplified >"$WORK/inclusive-$rows.txt"
  callgrind_annotate "$WORK/callgrind-$rows.out" | swift demangle --simplified >"$WORK/self-$rows.txt"
  grep "PROGRAM TOTALS" "$WORK/self-$rows.txt" | sed "s/^/$rows rows: /"
done
perf stat -e instructions true 2>&1 | grep -i instructions || true

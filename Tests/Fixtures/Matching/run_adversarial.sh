#!/usr/bin/env bash
# Adversarial evaluation of `leaktrace match` (not part of `make test`: a few minutes in debug).
# Plants 300 synthetic canaries in a fresh registry, writes awkward seized lists around them with
# make_adversarial.py (seed $1, default 7; control rows $2, default 0), matches the folder with the
# real binary and scores recall and false hits per scenario. Exit 1 below issue 4's bars.
#   Tests/Fixtures/Matching/run_adversarial.sh 7 100000
set -euo pipefail
seed="${1:-7}"
control="${2:-0}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
bin="${LEAKTRACE_BIN:-$root/.build/debug/leaktrace}"
work="$(mktemp -d "${TMPDIR:-/tmp}/lt-adversarial-XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"
"$bin" init --registry reg.db --playbook "$root/Playbooks/express-pipeline.yaml" >/dev/null
"$bin" plant --registry reg.db --entity branch-2 --count 150 --synthetic-phones --out b2.csv >/dev/null 2>&1
"$bin" plant --registry reg.db --entity merchant-yiwu --count 150 --synthetic-phones --out my.csv >/dev/null 2>&1
python3 "$here/make_adversarial.py" write --canaries b2.csv --canaries my.csv --seed "$seed" --control "$control" --out seized
"$bin" match --registry reg.db seized/lists --json match.json --case "adversarial-$seed" | head -1
python3 "$here/make_adversarial.py" score --out seized --json match.json

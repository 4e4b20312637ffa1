#!/usr/bin/env bash
# `make test-slow`: issue 6's distributed match, run for real through PySpark in local mode.
#   Tests/Slow/spark/run.sh
#   SWIFT_FLAGS="--scratch-path /tmp/x" Tests/Slow/spark/run.sh   builds the debug leaktrace into /tmp/x
#   TEST_SLOW_WORK=/tmp/w TEST_SLOW_ROWS=50000 TEST_SLOW_PARTITIONS=12 Tests/Slow/spark/run.sh
# Installs what a fresh Debian machine lacks (Java 17 through apt, pyspark from PyPI into a venv
# under the work folder, never system-wide), builds the debug binary, makes a registry and a
# seized list with `leaktrace demo`, then spark_match.py matches the list once whole and once as
# Spark partitions piped through `match --shard` and `merge`d, and fails unless both agree.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SWIFT=${SWIFT:-swift}
# Word-split on purpose: it holds several flags.
read -r -a FLAGS <<<"${SWIFT_FLAGS:-}"
WORK=${TEST_SLOW_WORK:-.build/test-slow}
ROWS=${TEST_SLOW_ROWS:-30000}
PARTITIONS=${TEST_SLOW_PARTITIONS:-8}
PYSPARK_VERSION=${PYSPARK_VERSION:-4.0.5}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
started=$(date +%s)
# Spark warns when the hostname resolves to loopback; local mode needs no other address.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
apt_install() {
  command -v apt-get >/dev/null || { echo "test-slow: apt-get not found; install $* yourself" >&2; return 1; }
  export DEBIAN_FRONTEND=noninteractive
  { $SUDO apt-get install -y "$@" || { $SUDO apt-get update && $SUDO apt-get install -y "$@"; }; } >>"$WORK/apt.log" 2>&1
}
# The major version of the java on PATH (8 for "1.8.0_x"), 0 when there is none.
java_major() {
  local version
  version=$("${1:-java}" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1) || true
  version=${version#1.}
  echo "${version%%[.+-]*}" | grep -E '^[0-9]+$' || echo 0
}

# Spark 4 runs on Java 17 or 21. Debian 12 ships 17; Debian 13 only 21, taken when 17 is not offered.
if [ "$(java_major)" -lt 17 ]; then
  apt-cache show openjdk-17-jre-headless >/dev/null 2>&1 || $SUDO apt-get update >>"$WORK/apt.log" 2>&1 || true
  if apt-cache show openjdk-17-jre-headless >/dev/null 2>&1; then jre=openjdk-17-jre-headless; else jre=openjdk-21-jre-headless; fi
  echo "test-slow: installing $jre" >&2
  apt_install "$jre" || { echo "test-slow: could not install $jre (see $WORK/apt.log)" >&2; exit 1; }
  # An older java may stay first on PATH: point Spark at the new one.
  if [ "$(java_major)" -lt 17 ]; then
    for home in /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/java-21-openjdk-*; do
      if [ -x "$home/bin/java" ]; then export JAVA_HOME=$home PATH=$home/bin:$PATH; break; fi
    done
  fi
fi
[ "$(java_major)" -ge 17 ] || { echo "test-slow: Spark needs Java 17 or later; found $(java_major)" >&2; exit 1; }

VENV="$WORK/venv"
if ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
  echo "test-slow: installing pyspark $PYSPARK_VERSION into $VENV" >&2
  { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q "pyspark==$PYSPARK_VERSION"; } >"$WORK/pip.log" 2>&1 \
    || { echo "test-slow: could not install pyspark (see $WORK/pip.log)" >&2; exit 1; }
fi
installed=$(date +%s)

$SWIFT build "${FLAGS[@]}" --product leaktrace
BIN="$($SWIFT build "${FLAGS[@]}" --show-bin-path)/leaktrace"
built=$(date +%s)

# The demo's registry (playbook express-pipeline, canaries planted at every entity and along order
# paths, synthetic phones) and its seized list: one branch's canaries among filler rows, some
# exact, some reformatted (+86, spaces), some masked as GB/T 41833 waybills print them.
rm -rf "$WORK/demo"
"$BIN" demo --dir "$WORK/demo" --records "$ROWS" --playbook Playbooks/express-pipeline.yaml >"$WORK/demo.log"

"$VENV/bin/python" Tests/Slow/spark/spark_match.py --leaktrace "$BIN" --registry "$WORK/demo/leaktrace.db" \
  --list "$WORK/demo/seized/qq-trade-list.csv" --work "$WORK/spark" --partitions "$PARTITIONS"
done_at=$(date +%s)
echo "test-slow: installs $((installed - started)) s, build $((built - installed)) s, test $((done_at - built)) s, total $((done_at - started)) s"

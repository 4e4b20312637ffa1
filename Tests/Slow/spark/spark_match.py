"""The distributed match of issue 6, checked against one process.

Matches a seized list once whole (`leaktrace match`) and once as a PySpark job in local mode:
the list read as many partitions, each piped through `leaktrace match --shard` with RDD.pipe,
the outputs merged with `leaktrace merge`. Exits non-zero unless the merged case has the same
hits on the same records and exactly the same attribution as the single run.

    python spark_match.py --leaktrace BIN --registry R.db --list LIST.csv --work DIR [--partitions 8]
"""

import argparse
import glob
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import time


def run(command):
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"test-slow: {' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return time.monotonic() - started, done.stdout


def spark_shards(args, out):
    """Runs the map step on Spark; returns the part files in partition order and the times taken."""
    from pyspark.sql import SparkSession

    started = time.monotonic()
    spark = (SparkSession.builder.master("local[2]").appName("leaktrace-shard")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    session = time.monotonic() - started
    try:
        started = time.monotonic()
        lines = spark.sparkContext.textFile(args.list, minPartitions=args.partitions)
        partitions = lines.getNumPartitions()
        # The header goes to every task: pieces after the first lack it and are read by its columns.
        header = lines.first().lstrip("\ufeff")
        command = shlex.join([args.leaktrace, "match", "--shard", "--registry", args.registry, "--header", header])
        # RDD.pipe starts the command with exactly this environment, nothing inherited.
        environment = {"LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        lines.pipe(command, env=environment, checkCode=True).saveAsTextFile(out)
        job = time.monotonic() - started
        # What each task wrote into the pipe (each line plus "\n"), to check the shards' offsets against.
        pieces = lines.mapPartitions(lambda rows: ["".join(row + "\n" for row in rows).encode("utf-8")]).collect()
    finally:
        spark.stop()
    parts = sorted(glob.glob(os.path.join(out, "part-*")))
    if len(parts) != partitions:
        sys.exit(f"test-slow: {partitions} partitions but {len(parts)} part files in {out}")
    return parts, pieces, session, job


def located_hits(parts, pieces, seized):
    """Checks each shard's hits against the piece its task was fed, and finds their line in the seized file.

    A shard's offset and line are the piece's own: Spark tells a task nothing of where its partition
    starts. The line in the whole file is the lines of the earlier pieces plus the shard's line (a
    piece holds whole lines; Spark drops the "\r" of CRLF, so byte offsets differ from the file's).
    Returns problems found and the number of hits checked.
    """
    problems, checked, lines_before = [], 0, 0
    file_lines = seized.split(b"\n")
    for part, piece in zip(parts, pieces):
        with open(part, encoding="utf-8") as file:
            entries = [json.loads(line) for line in file if line.strip()]
        summary = entries[-1]["summary"]
        if summary["bytes"] != len(piece) or summary["sha256"] != hashlib.sha256(piece).hexdigest():
            problems.append(f"{part}: summary is not of the piece Spark fed it")
        for entry in entries:
            if entry["kind"] != "hit":
                continue
            checked += 1
            hit = entry["hit"]
            seen = hit["hit"]["seen"].encode("utf-8")
            offset, line = hit["offset"], hit["line"]
            if piece[offset:offset + len(seen)] != seen or piece[:offset].count(b"\n") + 1 != line:
                problems.append(f"{part}: hit at offset {offset}, line {line} does not point at its record")
            whole = lines_before + line
            if whole > len(file_lines) or file_lines[whole - 1].rstrip(b"\r") != seen:
                problems.append(f"{part}: hit on piece line {line} is not on line {whole} of the seized file")
        lines_before += piece.count(b"\n")
    return problems, checked


def comparable_hits(report):
    """The hits without the file they name (the list in one run, a piece's stdin after merge)."""
    return [{key: value for key, value in hit.items() if key != "file"} for hit in report["hits"]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaktrace", required=True)
    parser.add_argument("--registry", required=True)
    parser.add_argument("--list", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--partitions", type=int, default=8)
    args = parser.parse_args()
    args.leaktrace, args.registry, args.list = map(os.path.abspath, (args.leaktrace, args.registry, args.list))
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    single_json = os.path.join(args.work, "single.json")
    merged_json = os.path.join(args.work, "merged.json")
    registry = ["--registry", args.registry]

    single_time, _ = run([args.leaktrace, "match", args.list, "--json", single_json, "--case", "spark-single", *registry])
    parts, pieces, session_time, job_time = spark_shards(args, os.path.join(args.work, "shards"))
    merge_time, merged_out = run([args.leaktrace, "merge", *parts, "--json", merged_json, "--case", "spark-merged", *registry])

    with open(single_json, encoding="utf-8") as file:
        single = json.load(file)
    with open(merged_json, encoding="utf-8") as file:
        merged = json.load(file)
    size = os.path.getsize(args.list)
    print(f"list: {args.list}, {size / 1e6:.1f} MB, {single['counts']['rows']} rows")
    print(f"single run:   {single_time:6.2f} s  (leaktrace match, one process)")
    print(f"spark:        {session_time:6.2f} s  session start, {job_time:6.2f} s  textFile -> pipe(match --shard) -> "
          f"saveAsTextFile over {len(pieces)} partitions on local[2]")
    print(f"merge:        {merge_time:6.2f} s  (leaktrace merge of {len(parts)} part files)")
    print(f"spark + merge:{job_time + merge_time:6.2f} s  ({session_time + job_time + merge_time:.2f} s with the session start)")
    print("merge says:   " + merged_out.strip().replace("\n", "\n              "))

    checks = []

    def check(name, same, single_value, merged_value):
        checks.append(same)
        print(f"{'PASS' if same else 'FAIL'} {name}")
        if not same:
            print(f"  single: {json.dumps(single_value, ensure_ascii=False, sort_keys=True)[:2000]}")
            print(f"  merged: {json.dumps(merged_value, ensure_ascii=False, sort_keys=True)[:2000]}")

    pairs = [f"{hit['record']}:{hit['canary']}" for hit in single["hits"]]
    merged_pairs = [f"{hit['record']}:{hit['canary']}" for hit in merged["hits"]]
    print(f"hits: single {len(pairs)} on {len(set(h['canary'] for h in single['hits']))} canaries, "
          f"merged {len(merged_pairs)}; masked {sum('masked' in h['fields'].values() for h in single['hits'])}")
    check("hits found at all", len(pairs) > 0, pairs, merged_pairs)
    check("hits (record:canary pairs, in order)", pairs == merged_pairs, pairs, merged_pairs)
    check("hits whole (seen, planted, fields, score, weights, chance), all but the file named",
          comparable_hits(single) == comparable_hits(merged), comparable_hits(single), comparable_hits(merged))
    with open(args.list, "rb") as file:
        problems, checked = located_hits(parts, pieces, file.read())
    check(f"shard offsets and lines point at their record in the piece fed, and map to the seized file's line ({checked} hits)",
          not problems and checked == len(pairs), problems, [])
    attribution, merged_attribution = single["attribution"], merged["attribution"]

    def brief(value):
        best = (value.get("ranking") or [{}])[0]
        window = value.get("window") or {}
        return json.dumps({"sources": value.get("sources"), "best": {key: best.get(key) for key in sorted(best) if not isinstance(best[key], (list, dict))},
                           "window": [window.get("after"), window.get("before")]}, ensure_ascii=False)
    print("attribution (single): " + brief(attribution))
    print("attribution (merged): " + brief(merged_attribution))
    check("attribution leaks a source", bool(attribution.get("sources")), attribution.get("sources"), merged_attribution.get("sources"))
    check("attribution identical (sources, ranking, posteriors, LRs, window)", attribution == merged_attribution,
          attribution, merged_attribution)
    counts = {key: value for key, value in single["counts"].items() if not key.endswith("_samples")}
    merged_counts = {key: value for key, value in merged["counts"].items() if not key.endswith("_samples")}
    check("record counts (rows, unique valid, duplicates, invalid, canary rows, fields)", counts == merged_counts,
          counts, merged_counts)
    print(f"test-slow: {sum(checks)} passed, {len(checks) - sum(checks)} failed")
    return 0 if all(checks) else 1


if __name__ == "__main__":
    sys.exit(main())

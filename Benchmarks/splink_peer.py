#!/usr/bin/env python3
"""The peer for `make bench` section 5: Splink on DuckDB doing LeakTrace's fuzzy task.

Links every canary of the registry (canary_id,name,phone,address) to the rows of a seized list
(姓名,联系方式,地址) in which phones may be exact, reformatted (+86 138 1234 5678, 138-1234-5678,
full-width digits, 0086…) or waybill-masked (138******78), names masked (张*明) and addresses cut
at the unit (…5幢**). Splink gets the same help LeakTrace has: phones are normalised to digits
and `*` before linking, and the comparison levels know masks. m probabilities are fixed by hand
(there are too few true links for EM to learn them); u probabilities are estimated by random
sampling and the prior from an exact-phone rule, as Splink's documentation recommends.

Writes a JSON summary (timings, recall against the truth, settings) for the bench to print.
"""
import argparse
import json
import time

started = time.perf_counter()
import duckdb  # noqa: E402
import splink  # noqa: E402
import splink.comparison_library as cl  # noqa: E402
from splink import DuckDBAPI, Linker, SettingsCreator, block_on  # noqa: E402

imported = time.perf_counter()

THRESHOLD = 0.5
FULL_WIDTH = "０１２３４５６７８９＊"
ASCII = "0123456789*"


def level(sql, m, label, null=False):
    return {"sql_condition": sql, "label_for_charts": label, "m_probability": m, "is_null_level": null}


def masked_match(column):
    """Equal where neither side hides the character: `*` on either side matches anything."""
    return (
        f"(length({column}_l) = length({column}_r) AND (contains({column}_l, '*') OR contains({column}_r, '*')) AND "
        f"(regexp_full_match({column}_l, replace(regexp_escape({column}_r), '\\*', '.')) OR "
        f"regexp_full_match({column}_r, replace(regexp_escape({column}_l), '\\*', '.'))))"
    )


COMPARISONS = [
    cl.CustomComparison(
        output_column_name="phone",
        comparison_levels=[
            level("phone_l IS NULL OR phone_r IS NULL", None, "null", null=True),
            level("phone_l = phone_r", 0.70, "exact"),
            level(masked_match("phone"), 0.25, "masked-compatible"),
            level("ELSE", 0.05, "other"),
        ],
    ),
    cl.CustomComparison(
        output_column_name="name",
        comparison_levels=[
            level("name_l IS NULL OR name_r IS NULL", None, "null", null=True),
            level("name_l = name_r", 0.70, "exact"),
            level(masked_match("name"), 0.25, "masked-compatible"),
            level("ELSE", 0.05, "other"),
        ],
    ),
    cl.CustomComparison(
        output_column_name="address",
        comparison_levels=[
            level("address_l IS NULL OR address_r IS NULL", None, "null", null=True),
            level("address_l = address_r", 0.60, "exact"),
            level(
                "(ends_with(address_r, '**') AND starts_with(address_l, rtrim(address_r, '*'))) OR "
                "(ends_with(address_l, '**') AND starts_with(address_r, rtrim(address_l, '*')))",
                0.25,
                "cut at the unit",
            ),
            level("jaro_winkler_similarity(address_l, address_r) >= 0.9", 0.10, "jaro-winkler >= 0.9"),
            level("ELSE", 0.05, "other"),
        ],
    ),
]

BLOCKING = [block_on("phone"), block_on("phone_head3", "phone_tail2"), block_on("name")]


def describe_u(u):
    """u as sampled; a level no random pair reached keeps Splink's default, which the summary says."""
    if u is None or u != u:
        return "unsampled (Splink default)"
    return f"{u:.2g}"


def normalised(source, name, phone, address, unique_id):
    phone_sql = (
        f"regexp_replace(regexp_replace(translate({phone}, '{FULL_WIDTH}', '{ASCII}'), '[xX#]', '*', 'g'), '[^0-9*]', '', 'g')"
    )
    return f"""
        SELECT {unique_id} AS unique_id, nullif(trim({name}), '') AS name,
               nullif(CASE WHEN length(p) > 11 THEN right(p, 11) ELSE p END, '') AS phone,
               left(CASE WHEN length(p) > 11 THEN right(p, 11) ELSE p END, 3) AS phone_head3,
               right(p, 2) AS phone_tail2, nullif(trim({address}), '') AS address
        FROM (SELECT *, {phone_sql} AS p FROM {source})
    """


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--canaries", required=True)
    parser.add_argument("--list", required=True)
    parser.add_argument("--truth", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    con = duckdb.connect()
    t0 = time.perf_counter()
    con.execute(
        f"CREATE TABLE canaries AS {normalised(f'read_csv({args.canaries!r}, header=true, all_varchar=true)', 'name', 'phone', 'address', 'canary_id')}"
    )
    seized = f"(SELECT *, row_number() OVER () AS row FROM read_csv({args.list!r}, header=true, all_varchar=true, quote='', columns={{'name': 'VARCHAR', 'phone': 'VARCHAR', 'address': 'VARCHAR'}}))"
    con.execute(f"CREATE TABLE seized AS {normalised(seized, 'name', 'phone', 'address', chr(39) + 'row-' + chr(39) + ' || row')}")
    rows = con.execute("SELECT count(*) FROM seized").fetchall()[0][0]
    t1 = time.perf_counter()

    settings = SettingsCreator(
        link_type="link_only",
        comparisons=COMPARISONS,
        blocking_rules_to_generate_predictions=BLOCKING,
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
    linker = Linker(["canaries", "seized"], settings, db_api=DuckDBAPI(connection=con), set_up_basic_logging=False)
    linker.training.estimate_probability_two_random_records_match([block_on("phone")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    t2 = time.perf_counter()
    predictions = linker.inference.predict(threshold_match_probability=THRESHOLD).as_pandas_dataframe()
    t3 = time.perf_counter()

    truth = json.load(open(args.truth))
    links = len(predictions)
    found_ids = set()
    false_links = 0
    for left, right in zip(predictions["unique_id_l"], predictions["unique_id_r"]):
        canary = left if not str(left).startswith("row-") else right
        if canary in truth:
            found_ids.add(canary)
        else:
            false_links += 1
    by_style = {}
    for canary, style in truth.items():
        hit, total = by_style.get(style, (0, 0))
        by_style[style] = (hit + (canary in found_ids), total + 1)

    model = linker.misc.save_model_to_json()
    summary = [
        f"link_type link_only: {con.execute('SELECT count(*) FROM canaries').fetchall()[0][0]} canaries x {rows} rows; "
        "phones normalised to digits and '*' (full-width digits, +86/0086, separators, x/# masks)",
        "blocking: " + " OR ".join(rule.get_blocking_rule("duckdb").blocking_rule_sql for rule in BLOCKING),
        f"prior (probability_two_random_records_match) {model['probability_two_random_records_match']:.3g}, "
        "estimated from the exact-phone rule at recall 0.6; u by random sampling (1e6 pairs, seed 1)",
    ]
    for comparison in model["comparisons"]:
        levels = [
            f"{lvl.get('label_for_charts', '?')} m={lvl['m_probability']:.2f} u={describe_u(lvl.get('u_probability'))}"
            for lvl in comparison["comparison_levels"]
            if not lvl.get("is_null_level")
        ]
        summary.append(f"{comparison['output_column_name']}: " + "; ".join(levels))
    summary.append(f"threshold: match probability >= {THRESHOLD}")

    json.dump(
        {
            "splink_version": splink.__version__,
            "duckdb_version": duckdb.__version__,
            "rows": rows,
            "planted": len(truth),
            "found": len(found_ids),
            "by_style": ", ".join(f"{s} {h}/{t}" for s, (h, t) in sorted(by_style.items())),
            "links": links,
            "false_links": false_links,
            "threshold": THRESHOLD,
            "settings_summary": summary,
            "seconds": {"import": imported - started, "load": t1 - t0, "train": t2 - t1, "predict": t3 - t2},
        },
        open(args.out, "w"),
        ensure_ascii=False,
        indent=1,
    )


if __name__ == "__main__":
    main()

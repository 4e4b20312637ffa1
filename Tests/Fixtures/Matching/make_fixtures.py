#!/usr/bin/env python3
"""Writes the matching fixture corpus: synthetic canaries and the awkward seized lists they turn
up in, with ground truth. Deterministic: the same seed writes the same bytes.

    python3 Tests/Fixtures/Matching/make_fixtures.py          # rewrite the fixtures
    python3 Tests/Fixtures/Matching/make_fixtures.py --check  # exit 1 if they would change

Everything is invented from the generic tables in Corpus/ (real division names, common surnames
and given-name characters, generic road and compound words, valid mobile prefixes): no record is
a real person's. Files written next to this script:

    canaries.tsv     id, name, phone, address                  (what was planted)
    unmasked.csv     full records, reformatted and rewritten   (recall >= 0.99, no false hit)
    gbt_masked.csv   GB/T 41833-2022 waybills: one name character, six phone digits, unit and
                     room hidden                               (recall >= 0.9, no false hit)
    old_masked.csv   older 4-digit masks (138****5678), room shown or hidden
    truth.tsv        file, row, canary: which data row is which canary (rows not listed are
                     background or decoys and must never hit)

Every list has its own header words and column order, extra columns, background people and
decoys that share a canary's surname and visible phone digits.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "Corpus"
SEED = 20260417
CANARIES = 250
BACKGROUND_PER_CANARY = 2
DECOYS_PER_CANARY = 1


def table(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((CORPUS / name).read_text(encoding="utf-8")), delimiter="\t"))


class Tables:
    def __init__(self) -> None:
        self.divisions = {r["code"]: r for r in table("divisions.tsv")}
        self.children: dict[str, list[dict[str, str]]] = {}
        for r in self.divisions.values():
            if r["parent_code"]:
                self.children.setdefault(r["parent_code"], []).append(r)
        self.provinces = [(r["code"], float(r["weight"])) for r in table("province_weights.tsv")]
        self.surnames = [(r["surname"], float(r["weight"])) for r in table("surnames.tsv")]
        self.given = [(r["char"], int(r["male"]) + int(r["female"])) for r in table("given_name_chars.tsv")][:800]
        self.prefixes = [(r["prefix"], float(r["weight"])) for r in table("mobile_prefixes.tsv")
                         if r["kind"] == "mobile" and float(r["weight"]) > 0 and len(r["prefix"]) == 3]
        self.patterns: dict[str, list[tuple[str, float]]] = {}
        for r in table("address_patterns.tsv"):
            self.patterns.setdefault(r["category"], []).append((r["value"], float(r["weight"])))
        self.traditional: dict[str, str] = {}
        for r in table("traditional_simplified.tsv"):
            self.traditional.setdefault(r["simplified"], r["traditional"])
        self.pinyin = {r["char"]: r["readings"].split(",") for r in table("pinyin.tsv")}


def pick(rng: random.Random, weighted: list[tuple[str, float]]) -> str:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def small(rng: random.Random, low: int, high: int) -> int:
    return min(rng.randint(low, high), rng.randint(low, high))


# MARK: - People


def person(rng: random.Random, t: Tables) -> dict[str, object]:
    surname = pick(rng, t.surnames)
    given = pick(rng, t.given) + ("" if rng.random() < 0.16 else pick(rng, t.given))
    phone = pick(rng, t.prefixes) + "".join(str(rng.randrange(10)) for _ in range(8))
    return {"surname": surname, "given": given, "phone": phone, "address": address(rng, t)}


def address(rng: random.Random, t: Tables) -> dict[str, str]:
    """Province … room as parts, in the shapes couriers print (see AddressGenerator)."""
    province = t.divisions[pick(rng, t.provinces)]
    city, district = None, None
    kids = t.children.get(province["code"], [])
    leaf = rng.choice(kids)
    if leaf["level"] == "city":
        city = leaf
        districts = t.children.get(city["code"], [])
        district = rng.choice(districts) if districts else None
    else:
        district = leaf
    a = {"province": province["name"], "city": city["name"] if city else "",
         "district": district["name"] if district else "", "street": "", "number": "", "compound": "",
         "building": "", "unit": "", "room": "", "building_word": "栋"}
    p = t.patterns
    shape = rng.random()
    if province["code"] == "310000" and shape < 0.6:
        a["street"] = pick(rng, p["road_stem"]) + "路"
        a["number"] = f"{small(rng, 1, 1200)}弄{small(rng, 1, 80)}号"
        a["room"] = str(small(rng, 1, 18) * 100 + rng.randint(1, 4))
    elif province["code"] == "110000" and shape < 0.2:
        a["street"] = pick(rng, p["hutong_stem"]) + "胡同"
        a["number"] = f"{small(rng, 1, 99)}号"
    elif province["code"] == "110000" and shape < 0.4:
        a["compound"] = pick(rng, p["li_stem"]) + "里"
        a["building"], a["building_word"] = str(small(rng, 1, 40)), "号楼"
        a["unit"] = str(small(rng, 1, 6))
        a["room"] = str(small(rng, 1, 7) * 100 + rng.randint(1, 4))
    elif shape < 0.08:
        a["street"] = pick(rng, p["town_stem"]) + pick(rng, p["town_suffix"]) + pick(rng, p["village_stem"]) + pick(rng, p["village_suffix"])
        a["number"] = f"{small(rng, 1, 15)}组{small(rng, 1, 120)}号"
    else:
        a["street"] = pick(rng, p["road_stem"]) + pick(rng, p["road_suffix"])
        a["number"] = f"{small(rng, 1, 999)}号"
        if rng.random() < 0.85:
            a["compound"] = pick(rng, p["compound_stem"]) + pick(rng, p["compound_suffix"])
            a["building"] = str(small(rng, 1, 36))
            a["building_word"] = pick(rng, p["building_word"])
        if rng.random() < 0.8:
            a["unit"] = str(small(rng, 1, 6))
        a["room"] = str(small(rng, 1, 33) * 100 + rng.randint(1, 4))
    return a


def full_address(a: dict[str, str]) -> str:
    return render_address(a, random.Random(0), style=set())


DIGITS_CN = "〇一二三四五六七八九"


def chinese(n: str, positional: bool) -> str:
    """201 → 二〇一 (room style) or 12 → 十二 (count style)."""
    if positional or int(n) > 99:
        return "".join(DIGITS_CN[int(d)] for d in n)
    v = int(n)
    if v < 10:
        return DIGITS_CN[v]
    tens, ones = divmod(v, 10)
    return ("" if tens == 1 else DIGITS_CN[tens]) + "十" + (DIGITS_CN[ones] if ones else "")


AUTONOMOUS_REGIONS = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏", "宁夏回族自治区": "宁夏",
                      "新疆维吾尔自治区": "新疆"}


def short(name: str) -> str:
    if name in AUTONOMOUS_REGIONS:
        return AUTONOMOUS_REGIONS[name]
    for suffix in ("省", "市"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def render_address(a: dict[str, str], rng: random.Random, style: set[str]) -> str:
    """The address as some list writes it. Styles: no_province, no_city, short, numerals, dashes,
    hash, no_unit_room, hidden_unit_room, traditional (applied by the caller), spaces."""
    province, city, district = a["province"], a["city"], a["district"]
    if "short" in style:
        province, city = short(province), short(city)
        if district.endswith("区") and len(district) >= 3:
            district = district[:-1]
    parts = []
    if "no_province" not in style or not (city or district):
        parts.append(province)
    if city and ("no_city" not in style or not district):
        parts.append(city)
    parts.append(district)
    parts += [a["street"], a["number"], a["compound"]]
    hide_tail = "no_unit_room" in style or "hidden_unit_room" in style
    building, unit, room = a["building"], a["unit"], a["room"]
    if "dashes" in style and building and unit and room and not hide_tail and a["building_word"] != "号楼":
        parts.append(f"{building}-{unit}-{room}")
    else:
        if building:
            if "hash" in style:
                parts.append(f"{building}#楼")
            elif "numerals" in style:
                parts.append(chinese(building, False) + a["building_word"])
            else:
                parts.append(building + a["building_word"])
        if not hide_tail:
            if unit:
                parts.append((chinese(unit, False) if "numerals" in style else unit) + "单元")
            if room:
                parts.append((chinese(room, True) if "numerals" in style else room) + "室")
        elif "hidden_unit_room" in style and (unit or room):
            parts.append("**")
    sep = " " if "spaces" in style else ""
    return sep.join(p for p in parts if p)


def traditional(text: str, t: Tables) -> str:
    return "".join(t.traditional.get(c, c) for c in text)


def pinyin_name(rng: random.Random, surname: str, given: str, t: Tables) -> str:
    def reading(c: str) -> str:
        return rng.choice(t.pinyin[c])
    s = "".join(reading(c) for c in surname)
    g = "".join(reading(c) for c in given)
    form = rng.randrange(4)
    if form == 0:
        return f"{s.capitalize()} {g.capitalize()}"
    if form == 1:
        return f"{s.upper()} {g.capitalize()}"
    if form == 2:
        return s + g
    return f"{g.capitalize()} {s.capitalize()}"


def phone_reformatted(rng: random.Random, phone: str) -> str:
    form = rng.randrange(6)
    if form == 0:
        return f"+86 {phone[:3]} {phone[3:7]} {phone[7:]}"
    if form == 1:
        return f"{phone[:3]}-{phone[3:7]}-{phone[7:]}"
    if form == 2:
        return "".join(chr(0xFF10 + int(d)) for d in phone)
    if form == 3:
        return "0086" + phone
    if form == 4:
        return f"{phone}.0"
    return f"({phone[:3]}){phone[3:]}"


# MARK: - Lists

HEADERS = {
    "name": ["姓名", "收件人", "联系人", "收货人"],
    "phone": ["电话", "手机", "联系方式", "手机号"],
    "address": ["地址", "收货地址", "详细地址"],
}
EXTRAS = [("订单号", lambda r: str(r.randrange(10**15, 10**16))), ("商品", lambda r: r.choice(["手机壳", "洗衣液", "儿童玩具", "保温杯", "床上四件套"])),
          ("备注", lambda r: r.choice(["", "放门卫", "工作日送", "易碎"]))]


def write_list(rng: random.Random, rows: list[tuple[dict[str, str], str | None]]) -> tuple[str, list[tuple[int, str]]]:
    """rows: (fields, canary id or None) in final order → CSV text with shuffled columns, and truth."""
    columns = ["name", "phone", "address"] + [e[0] for e in rng.sample(EXTRAS, rng.randint(1, 3))]
    rng.shuffle(columns)
    header = [rng.choice(HEADERS[c]) if c in HEADERS else c for c in columns]
    extras = dict(EXTRAS)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    truth = []
    for number, (fields, canary) in enumerate(rows, start=1):
        writer.writerow([fields[c] if c in fields else extras[c](rng) for c in columns])
        if canary:
            truth.append((number, canary))
    return out.getvalue(), truth


def unmasked_row(rng: random.Random, p: dict[str, object], t: Tables, awkward: bool) -> dict[str, str]:
    name = p["surname"] + p["given"]
    phone = p["phone"]
    style: set[str] = set()
    trad = False
    if awkward:
        for s, share in (("no_province", 0.3), ("short", 0.2), ("numerals", 0.2), ("dashes", 0.15), ("hash", 0.1),
                         ("no_city", 0.1), ("spaces", 0.1)):
            if rng.random() < share:
                style.add(s)
        phone = phone_reformatted(rng, phone) if rng.random() < 0.6 else phone
        roll = rng.random()
        if roll < 0.15:
            name = pinyin_name(rng, p["surname"], p["given"], t)
        elif roll < 0.3:
            trad = True
        elif roll < 0.4:
            name += rng.choice(["先生", "女士", "(收)"])
    text = render_address(p["address"], rng, style)
    if trad:
        name, text = traditional(name, t), traditional(text, t)
    return {"name": name, "phone": phone, "address": text}


def gbt_row(rng: random.Random, p: dict[str, object], t: Tables, awkward: bool) -> dict[str, str]:
    surname, given = p["surname"], p["given"]
    if len(given) == 2:
        name = rng.choice([surname + "*" + given[1], surname + "**", surname + given[0] + "*"])
    else:
        name = surname + "*"
    phone = p["phone"][:3] + "******" + p["phone"][9:]
    style = {"no_unit_room"}
    if awkward:
        for s, share in (("no_province", 0.3), ("short", 0.15), ("numerals", 0.15), ("hash", 0.1)):
            if rng.random() < share:
                style.add(s)
    text = render_address(p["address"], rng, style)
    if awkward and rng.random() < 0.1:
        name, text = traditional(name, t), traditional(text, t)
    return {"name": name, "phone": phone, "address": text}


def old_masked_row(rng: random.Random, p: dict[str, object], t: Tables, awkward: bool) -> dict[str, str]:
    surname, given = p["surname"], p["given"]
    name = surname + "*" + (given[1] if len(given) == 2 else "")
    phone = p["phone"][:3] + "****" + p["phone"][7:]
    style = {rng.choice(["hidden_unit_room", "no_province", "short", "numerals"])} if awkward else set()
    return {"name": name, "phone": phone, "address": render_address(p["address"], rng, style)}


def decoy(rng: random.Random, canary: dict[str, object], t: Tables) -> dict[str, object]:
    """Shares the canary's surname and the phone digits a GB/T mask leaves visible; lives elsewhere,
    sometimes in the same district."""
    d = person(rng, t)
    d["surname"] = canary["surname"]
    while d["surname"] + d["given"] == canary["surname"] + canary["given"]:
        d["given"] = pick(rng, t.given)
    d["phone"] = canary["phone"][:3] + "".join(str(rng.randrange(10)) for _ in range(6)) + canary["phone"][9:]
    if rng.random() < 0.3:
        for k in ("province", "city", "district"):
            d["address"][k] = canary["address"][k]
    return d


def build() -> dict[str, str]:
    t = Tables()
    rng = random.Random(SEED)
    canaries = [person(rng, t) for _ in range(CANARIES)]
    ids = [f"f{i + 1:04d}" for i in range(CANARIES)]
    files: dict[str, str] = {}
    out = io.StringIO()
    out.write("id\tname\tphone\taddress\n")
    for cid, c in zip(ids, canaries):
        out.write(f"{cid}\t{c['surname']}{c['given']}\t{c['phone']}\t{full_address(c['address'])}\n")
    files["canaries.tsv"] = out.getvalue()

    truth_rows: list[tuple[str, int, str]] = []
    renderers = {"unmasked.csv": unmasked_row, "gbt_masked.csv": gbt_row, "old_masked.csv": old_masked_row}
    for file_name, render in renderers.items():
        rows: list[tuple[dict[str, str], str | None]] = []
        for cid, c in zip(ids, canaries):
            rows.append((render(rng, c, t, awkward=rng.random() < 0.8), cid))
            for _ in range(DECOYS_PER_CANARY):
                rows.append((render(rng, decoy(rng, c, t), t, awkward=rng.random() < 0.5), None))
        for _ in range(CANARIES * BACKGROUND_PER_CANARY):
            rows.append((render(rng, person(rng, t), t, awkward=rng.random() < 0.5), None))
        rng.shuffle(rows)
        text, truth = write_list(rng, rows)
        files[file_name] = text
        truth_rows += [(file_name, n, cid) for n, cid in truth]
    out = io.StringIO()
    out.write("file\trow\tcanary\n")
    for f, n, cid in truth_rows:
        out.write(f"{f}\t{n}\t{cid}\n")
    files["truth.tsv"] = out.getvalue()
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any fixture would change; write nothing")
    args = parser.parse_args()
    files = build()
    changed = [n for n, text in files.items() if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != text]
    if args.check:
        for n in changed:
            print(f"would change: {n}")
        sys.exit(1 if changed else 0)
    for n, text in files.items():
        (HERE / n).write_text(text, encoding="utf-8", newline="\n")
        print(f"{'wrote' if n in changed else 'same '} {n} ({text.count(chr(10)) - 1} rows)")


if __name__ == "__main__":
    main()

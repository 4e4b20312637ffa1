#!/usr/bin/env python3
"""Adversarial evaluation for `leaktrace match`: writes a folder of awkward seized lists in which
planted canaries turn up, runs nothing itself, and scores the match JSON against ground truth.

    leaktrace plant --entity branch-2 --count 150 --synthetic-phones --out planted.csv
    python3 make_adversarial.py write --canaries planted.csv --seed 7 --out seized/
    leaktrace match seized/lists --json match.json
    python3 make_adversarial.py score --out seized/ --json match.json     # exit 1 below the bar

`Tests/Fixtures/Matching/run_adversarial.sh` does all of it against a fresh registry. The lists
differ from the checked-in fixtures on purpose: other seeds, other shapes (headerless, `|`, `;`,
space runs, GBK, UTF-16, XLSX with numeric phones, nested JSON, multi-row SQL INSERTs, QQ chat,
OCR-style labelled blocks, zip), other masks (`x`, `#`, `*明`, `张**`). Every row carries a
waybill-like marker (YT + 13 digits) so a hit can be traced to the row it came from; truth.tsv
says which canary (by planted phone) each marker is, or `-` for background and decoys.

Decoys share a canary's surname and the digits a GB/T 41833 mask leaves visible, sometimes its
district; others carry the canary's full name in the same city with another number, or the
canary's number with another name and address (a reassigned number). None may hit.

Everything is synthetic: canaries come from `plant --synthetic-phones`, the rest from Corpus/ tables.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent.parent / "Corpus"


def table(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((CORPUS / name).read_text(encoding="utf-8")), delimiter="\t"))


class Tables:
    def __init__(self) -> None:
        rows = table("divisions.tsv")
        self.by_code = {r["code"]: r for r in rows}
        self.children: dict[str, list[dict[str, str]]] = {}
        for r in rows:
            self.children.setdefault(r["parent_code"], []).append(r)
        self.provinces = self.children.get("", [])
        self.surnames = [(r["surname"], float(r["weight"])) for r in table("surnames.tsv")][:200]
        self.given = [r["char"] for r in table("given_name_chars.tsv")][:600]
        self.prefixes = [r["prefix"] for r in table("mobile_prefixes.tsv")
                         if r["kind"] == "mobile" and float(r["weight"]) > 0 and len(r["prefix"]) == 3]
        self.traditional: dict[str, str] = {}
        for r in table("traditional_simplified.tsv"):
            self.traditional.setdefault(r["simplified"], r["traditional"])
        self.pinyin = {r["char"]: r["readings"].split(",") for r in table("pinyin.tsv")}
        self.roads = ["人民路", "解放路", "建设路", "文化路", "中山路", "和平街", "新华路", "长江路"]
        self.compounds = ["幸福家园", "阳光花园", "锦绣新城", "金色小区", "翠苑", "东方家园"]

    def split(self, address: str) -> tuple[list[str], str]:
        """Province, city, district names at the start of a planted address, and the rest."""
        parts: list[str] = []
        parent = ""
        rest = address
        while True:
            best = None
            for r in self.children.get(parent, []):
                if rest.startswith(r["name"]) and (best is None or len(r["name"]) > len(best["name"])):
                    best = r
            if best is None:
                break
            parts.append(best["name"])
            rest = rest[len(best["name"]):]
            parent = best["code"]
        return parts, rest


# MARK: - Field rewrites

DIGITS_CN = "〇一二三四五六七八九"


def chinese_count(v: int) -> str:
    if v < 10:
        return DIGITS_CN[v]
    if v < 100:
        tens, ones = divmod(v, 10)
        return ("" if tens == 1 else DIGITS_CN[tens]) + "十" + (DIGITS_CN[ones] if ones else "")
    return "".join(DIGITS_CN[int(d)] for d in str(v))


def short(name: str) -> str:
    for long, abbreviation in (("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"), ("西藏自治区", "西藏"),
                               ("宁夏回族自治区", "宁夏"), ("新疆维吾尔自治区", "新疆")):
        if name == long:
            return abbreviation
    for suffix in ("省", "市", "区"):
        if name.endswith(suffix) and len(name) - 1 >= 2:
            return name[:-1]
    return name


def numbered(rest: str, word: str) -> tuple[str, int, str] | None:
    """Splits `rest` at the number before `word`: (before, number, after)."""
    at = rest.find(word)
    if at <= 0:
        return None
    start = at
    while start > 0 and rest[start - 1].isdigit():
        start -= 1
    if start == at:
        return None
    return rest[:start], int(rest[start:at]), rest[at + len(word):]


def rewrite_address(rng: random.Random, t: Tables, address: str, masked: bool) -> str:
    divisions, rest = t.split(address)
    style = rng.random()
    if len(divisions) >= 2 and style < 0.25:
        divisions = divisions[1:]                                   # no province
    elif len(divisions) == 3 and style < 0.35:
        divisions = [divisions[0], divisions[2]]                    # no city
    elif style < 0.55:
        divisions = [short(d) for d in divisions]                   # 北京朝阳, 浙江杭州西湖
    if masked:
        for word in ("单元", "室"):
            cut = rest.find(word)
            if cut > 0:
                head = rest[:cut]
                while head and head[-1].isdigit():
                    head = head[:-1]
                rest = head + (rng.choice(["**", "", "****"]) if word == "单元" else "")
                break
        rest = rest.rstrip("-")
    else:
        roll = rng.random()
        if roll < 0.15:
            # 5栋2单元301室 → 5-2-301
            b = numbered(rest, "栋") or numbered(rest, "幢")
            if b and "单元" in b[2] and b[2].endswith("室"):
                unit, room = b[2][:-1].split("单元")
                rest = f"{b[0]}{b[1]}-{unit}-{room}"
        elif roll < 0.35:
            for word in ("栋", "幢", "号楼", "单元"):
                n = numbered(rest, word)
                if n and n[1] < 100:
                    rest = n[0] + chinese_count(n[1]) + word + n[2]
        elif roll < 0.45:
            rest = "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in rest)
        elif roll < 0.55:
            rest = rest.replace("栋", rng.choice(["幢", "座"])) if "栋" in rest else rest.replace("幢", "栋")
    text = "".join(divisions) + rest
    if rng.random() < 0.1:
        text = "".join(t.traditional.get(c, c) for c in text)
    return text


def pinyin_name(rng: random.Random, t: Tables, name: str) -> str | None:
    if any(c not in t.pinyin for c in name):
        return None
    surname, given = name[0], name[1:]
    s = rng.choice(t.pinyin[surname])
    g = "".join(rng.choice(t.pinyin[c]) for c in given)
    return rng.choice([f"{s.capitalize()} {g.capitalize()}", f"{s.upper()} {g}", f"{g.capitalize()} {s.capitalize()}", s + g])


def rewrite_name(rng: random.Random, t: Tables, name: str) -> str:
    roll = rng.random()
    if roll < 0.12:
        return pinyin_name(rng, t, name) or name
    if roll < 0.25:
        return "".join(t.traditional.get(c, c) for c in name)
    if roll < 0.35:
        return name + rng.choice(["先生", "女士", "(收)", "收"])
    if roll < 0.4:
        return " ".join(name)
    return name


def mask_name(rng: random.Random, name: str, style: str) -> str:
    if style == "gbt":
        if len(name) == 3:
            return rng.choice([name[0] + "*" + name[2], name[0] + "**", name[:2] + "*"])
        return name[0] + "*"
    return rng.choice([name[0] + "*" + name[2:], name[0] + "x" * (len(name) - 1) if rng.random() < 0.2 else name[0] + "*" * (len(name) - 1),
                       "*" + name[1:]])


def rewrite_phone(rng: random.Random, phone: str) -> str:
    form = rng.randrange(10)
    return [
        phone,
        f"+86 {phone[:3]} {phone[3:7]} {phone[7:]}",
        f"0086-{phone}",
        f"86-{phone[:3]}-{phone[3:7]}-{phone[7:]}",
        "".join(chr(0xFF10 + int(d)) for d in phone),
        f"{phone[:3]}\u3000{phone[3:7]}\u3000{phone[7:]}",
        f"({phone[:3]}){phone[3:7]}-{phone[7:]}",
        f"+86{phone}",
        phone,
        f"{phone[:3]} {phone[3:7]} {phone[7:]}",
    ][form]


def mask_phone(rng: random.Random, phone: str, style: str) -> str:
    mark = rng.choice(["*", "*", "*", "x", "X", "#"])
    if style == "gbt":
        return phone[:3] + mark * 6 + phone[9:]
    return phone[:3] + mark * 4 + phone[7:]


# MARK: - People

class Person:
    def __init__(self, name: str, phone: str, address: str, canary: str | None) -> None:
        self.name, self.phone, self.address, self.canary = name, phone, address, canary


def background(rng: random.Random, t: Tables, planted: list[Person]) -> Person:
    surname = rng.choices([s for s, _ in t.surnames], weights=[w for _, w in t.surnames])[0]
    name = surname + rng.choice(t.given) + ("" if rng.random() < 0.2 else rng.choice(t.given))
    phone = rng.choice(t.prefixes) + "".join(str(rng.randrange(10)) for _ in range(8))
    donor = rng.choice(planted).address
    divisions, _ = t.split(donor)
    rest = (rng.choice(t.roads) + f"{rng.randint(1, 999)}号" + rng.choice(t.compounds)
            + f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 30) * 100 + rng.randint(1, 4)}室")
    return Person(name, phone, "".join(divisions) + rest, None)


def decoy(rng: random.Random, t: Tables, c: Person, kind: int) -> Person:
    b = background(rng, t, [c])
    if kind == 0:    # surname and GB/T-visible digits, same district
        given = b.name[1:]
        while c.name[0] + given == c.name:
            given = rng.choice(t.given) + rng.choice(t.given)
        return Person(c.name[0] + given, c.phone[:3] + b.phone[3:9] + c.phone[9:], b.address, None)
    if kind == 1:    # surname and old-mask-visible digits (3 + 4), same district
        given = b.name[1:]
        while c.name[0] + given == c.name:
            given = rng.choice(t.given) + rng.choice(t.given)
        return Person(c.name[0] + given, c.phone[:3] + b.phone[3:7] + c.phone[7:], b.address, None)
    if kind == 2:    # the same full name in the same district, another number and house
        return Person(c.name, b.phone, b.address, None)
    return Person(b.name, c.phone, b.address, None)   # a reassigned number: someone else now


# MARK: - Writers

class Rows:
    """Rows of one list: fields by role, with the marker, and ground truth."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.truth: list[tuple[str, str]] = []

    def add(self, rng: random.Random, person: Person, name: str, phone: str, address: str) -> None:
        marker = "YT" + "".join(str(rng.randrange(10)) for _ in range(13))
        self.rows.append({"name": name, "phone": phone, "address": address, "marker": marker,
                          "item": rng.choice(["手机壳", "洗衣液", "保温杯", "数据线", "床上四件套"])})
        self.truth.append((marker, person.canary or "-"))


HEADERS = {"name": ["姓名", "收件人", "联系人", "收货人", "客户名称"], "phone": ["电话", "手机", "联系方式", "收件电话"],
           "address": ["地址", "收货地址", "详细地址", "收件地址"], "marker": ["运单号", "单号"], "item": ["商品", "内件"]}


def delimited(rng: random.Random, rows: Rows, sep: str, header: bool, quote_all: bool = False, notes: bool = False) -> str:
    columns = ["name", "phone", "address", "marker", "item"]
    rng.shuffle(columns)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator=rng.choice(["\n", "\r\n"]),
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    if notes:
        columns.append("note")
    if header:
        writer.writerow([rng.choice(HEADERS[c]) if c in HEADERS else "备注" for c in columns])
    for r in rows.rows:
        cells = [r.get(c, "") for c in columns]
        if notes:
            cells[-1] = rng.choice(["", "放门卫\n工作日送", "易碎, 轻放", "电话不通\"再联系\""])
        writer.writerow(cells)
    return out.getvalue()


def space_aligned(rng: random.Random, rows: Rows) -> str:
    lines = []
    for r in rows.rows:
        cells = [r["name"].replace(" ", ""), r["phone"].replace(" ", "").replace("\u3000", ""), r["address"].replace(" ", ""), r["marker"]]
        lines.append("".join(c + " " * rng.randint(2, 6) for c in cells).rstrip())
    return "\n".join(lines) + "\n"


def xlsx(rng: random.Random, rows: Rows, numeric_phones: bool) -> bytes:
    strings: list[str] = []
    index: dict[str, int] = {}

    def shared(s: str) -> int:
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def col(i: int) -> str:
        return chr(ord("A") + i)

    sheets = []
    half = len(rows.rows) // 2
    for part in (rows.rows[:half], rows.rows[half:]):
        columns = ["marker", "name", "phone", "address", "item"]
        rng.shuffle(columns)
        xml_rows = []
        header = "".join(f'<c r="{col(i)}1" t="s"><v>{shared(rng.choice(HEADERS[c]))}</v></c>' for i, c in enumerate(columns))
        xml_rows.append(f'<row r="1">{header}</row>')
        for n, r in enumerate(part, start=2):
            cells = []
            for i, c in enumerate(columns):
                value = r[c]
                ref = f"{col(i)}{n}"
                if c == "phone" and numeric_phones and value.isascii() and value.isdigit() and len(value) == 11:
                    shown = rng.choice([value, f"{int(value[0])}.{value[1:]}E10", f"{value}.0"])
                    cells.append(f'<c r="{ref}"><v>{shown}</v></c>')
                elif rng.random() < 0.3:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(value)}</t></is></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
            xml_rows.append(f'<row r="{n}">{"".join(cells)}</row>')
        sheets.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                      + "".join(xml_rows) + "</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns}><sheets>'
                '<sheet name="订单" sheetId="1" r:id="rId1"/><sheet name="Sheet2" sheetId="2" r:id="rId2"/></sheets></workbook>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                     f'<Relationship Id="rId2" Type="{rel}/worksheet" Target="worksheets/sheet2.xml"/>'
                     f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/></Types>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/sharedStrings.xml", sst),
                           ("xl/worksheets/sheet1.xml", sheets[0]), ("xl/worksheets/sheet2.xml", sheets[1])):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(info, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def nested_json(rng: random.Random, rows: Rows, lines: bool) -> str:
    objects = []
    for r in rows.rows:
        objects.append({"waybill": r["marker"], "goods": {"title": r["item"], "qty": rng.randint(1, 3)},
                        "receiver": {"name": r["name"], "mobile": r["phone"], "addr": {"detail": r["address"]}}})
    if lines:
        return "".join(json.dumps(o, ensure_ascii=rng.random() < 0.3) + "\n" for o in objects)
    return json.dumps({"code": 0, "data": {"list": objects}}, ensure_ascii=False, indent=1)


def sql_dump(rng: random.Random, rows: Rows) -> str:
    def q(s: str) -> str:
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"
    out = ["-- MySQL dump 10.13", "SET NAMES utf8mb4;",
           "CREATE TABLE `t_order` (`id` int, `waybill` varchar(32), `recv_name` varchar(32), `recv_mobile` varchar(32), `recv_addr` varchar(255));"]
    batch: list[str] = []
    for n, r in enumerate(rows.rows, start=1):
        batch.append(f"({n},{q(r['marker'])},{q(r['name'])},{q(r['phone'])},{q(r['address'])})")
        if len(batch) == rng.randint(1, 12) or n == len(rows.rows):
            out.append("INSERT INTO `t_order` VALUES " + ",".join(batch) + ";")
            batch = []
    if batch:
        out.append("INSERT INTO `t_order` VALUES " + ",".join(batch) + ";")
    return "\n".join(out) + "\n"


def qq_chat(rng: random.Random, rows: Rows) -> str:
    out = ["消息记录（此消息记录为文本格式，不支持重新导入）", "", "================================================================", "消息分组:我的QQ群",
           "================================================================", "消息对象:料 交流群", "================================================================", ""]
    for n, r in enumerate(rows.rows):
        out.append(f"2017-03-{1 + n % 28:02d} {rng.randint(8, 23)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} 出料小号(1000{rng.randint(10000, 99999)})")
        shape = rng.random()
        if shape < 0.4:
            out.append(f"{r['name']} {r['phone']} {r['address']} {r['marker']}")
        elif shape < 0.7:
            labels = [("收件人：", r["name"]), ("电话：", r["phone"]), ("地址：", r["address"]), ("单号：", r["marker"])]
            rng.shuffle(labels)
            out += [k + v for k, v in labels]
        else:
            out.append(f"{r['marker']}，{r['address']}，{r['name']}，{r['phone']}")
        out.append("")
    return "\n".join(out)


def ocr_text(rng: random.Random, rows: Rows) -> str:
    out = []
    for r in rows.rows:
        labels = [(rng.choice(["收件人:", "收 件 人：", "收件人"]), r["name"]), (rng.choice(["电话:", "手机：", "电话 "]), r["phone"]),
                  (rng.choice(["地址:", "收件地址：", "地址 "]), r["address"])]
        rng.shuffle(labels)
        out.append("运单号：" + r["marker"])
        out += [k + v for k, v in labels]
        out.append("")
    return "\n".join(out)


# MARK: - The folder

def read_canaries(paths: list[str]) -> list[Person]:
    people = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                people.append(Person(r["name"], r["phone"], r["address"], r["phone"]))
    return people


def write(args: argparse.Namespace) -> None:
    t = Tables()
    rng = random.Random(args.seed)
    canaries = read_canaries(args.canaries)
    out = Path(args.out)
    lists = out / "lists"
    lists.mkdir(parents=True, exist_ok=True)
    truth: list[tuple[str, str, str, str]] = []   # file, scenario, marker, canary

    def compose(scenario: str, share: float) -> Rows:
        rows = Rows()
        people: list[Person] = []
        chosen = [c for c in canaries if rng.random() < share]
        for c in chosen:
            people.append(c)
            people.append(decoy(rng, t, c, rng.randrange(4)))
        people += [background(rng, t, canaries) for _ in range(len(chosen) * 2)]
        rng.shuffle(people)
        for p in people:
            if scenario == "unmasked" and rng.random() < 0.05:
                # Order-number protection: a platform's virtual number and extension, not the buyer's.
                virtual = rng.choice(["170", "171"]) + "".join(str(rng.randrange(10)) for _ in range(8))
                rows.add(rng, p, p.name, virtual + rng.choice(["转", "-", ",,"]) + str(rng.randint(1000, 9999)),
                         rewrite_address(rng, t, p.address, False))
            elif scenario == "unmasked":
                rows.add(rng, p, rewrite_name(rng, t, p.name), rewrite_phone(rng, p.phone), rewrite_address(rng, t, p.address, False))
            else:
                rows.add(rng, p, mask_name(rng, p.name, scenario), mask_phone(rng, p.phone, scenario),
                         rewrite_address(rng, t, p.address, scenario == "gbt"))
        return rows

    def emit(name: str, scenario: str, rows: Rows, data: bytes) -> None:
        (lists / name).write_bytes(data)
        truth.extend((name, scenario, m, c) for m, c in rows.truth)

    shapes = [
        ("headerless.csv", lambda r: delimited(rng, r, ",", header=False, notes=True).encode("utf-8")),
        ("pipes.txt", lambda r: delimited(rng, r, "|", header=True).encode("utf-8")),
        ("semicolons.csv", lambda r: delimited(rng, r, ";", header=False, quote_all=True).encode("utf-8-sig")),
        ("aligned.txt", lambda r: space_aligned(rng, r).encode("utf-8")),
        ("gbk.tsv", lambda r: delimited(rng, r, "\t", header=True).encode("gb18030")),
        ("utf16.csv", lambda r: b"\xff\xfe" + delimited(rng, r, ",", header=True, notes=True).encode("utf-16-le")),
        ("utf16be.txt", lambda r: b"\xfe\xff" + delimited(rng, r, "\t", header=False).encode("utf-16-be")),
        ("book.xlsx", lambda r: xlsx(rng, r, numeric_phones=True)),
        ("nested.json", lambda r: nested_json(rng, r, lines=False).encode("utf-8")),
        ("orders.jsonl", lambda r: nested_json(rng, r, lines=True).encode("utf-8")),
        ("dump.sql", lambda r: sql_dump(rng, r).encode("utf-8")),
        ("qq.txt", lambda r: qq_chat(rng, r).encode("gb18030")),
        ("ocr.txt", lambda r: ocr_text(rng, r).encode("utf-8")),
    ]
    for scenario in ("unmasked", "gbt", "old"):
        for file_name, render in shapes:
            if scenario != "unmasked" and file_name in ("aligned.txt",) and rng.random() < 0.5:
                continue
            rows = compose(scenario, args.share)
            emit(f"{scenario}-{file_name}", scenario, rows, render(rows))

    # A zip of two more lists, one inside a folder in the archive.
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for inner, scenario in (("料/unmasked-inner.csv", "unmasked"), ("gbt-inner.txt", "gbt")):
            rows = compose(scenario, args.share)
            z.writestr(zipfile.ZipInfo(inner, date_time=(2026, 1, 1, 0, 0, 0)), delimited(rng, rows, ",", header=True).encode("gb18030"))
            truth.extend((f"box.zip!/{inner}", scenario, m, c) for m, c in rows.truth)
    (lists / "box.zip").write_bytes(archive.getvalue())

    if args.control:
        rows = Rows()
        people: list[Person] = []
        for c in canaries:
            for kind in range(4):
                people.append(decoy(rng, t, c, kind))
        while len(people) < args.control:
            people.append(background(rng, t, canaries))
        for n, p in enumerate(people):
            style = n % 3
            if style == 0:
                rows.add(rng, p, p.name, p.phone, p.address)
            else:
                scenario = "gbt" if style == 1 else "old"
                rows.add(rng, p, mask_name(rng, p.name, scenario), mask_phone(rng, p.phone, scenario),
                         rewrite_address(rng, t, p.address, scenario == "gbt"))
        emit("control.csv", "control", rows, delimited(rng, rows, ",", header=True).encode("utf-8"))

    with open(out / "truth.tsv", "w", encoding="utf-8") as f:
        f.write("file\tscenario\tmarker\tcanary\n")
        for row in truth:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len({r[0] for r in truth})} lists, {sum(1 for r in truth if r[3] != '-')} canary rows, {len(truth)} rows into {lists}")


def score(args: argparse.Namespace) -> None:
    out = Path(args.out)
    truth: dict[str, tuple[str, str, str]] = {}
    expected: dict[str, set[str]] = {}
    scenario_of: dict[str, str] = {}
    with open(out / "truth.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            truth[r["marker"]] = (r["file"], r["scenario"], r["canary"])
            scenario_of[r["file"]] = r["scenario"]
            if r["canary"] != "-":
                expected.setdefault(r["file"], set()).add(r["canary"])
    report = json.loads(Path(args.json).read_text(encoding="utf-8"))
    prefix = str((out / "lists").resolve()) + "/"
    found: dict[str, set[str]] = {}
    false_hits: list[str] = []
    for hit in report["hits"]:
        path = str(Path(hit["file"].split("!/")[0]).resolve()) + ("!/" + hit["file"].split("!/", 1)[1] if "!/" in hit["file"] else "")
        file = path[len(prefix):] if path.startswith(prefix) else hit["file"]
        canary = hit["planted"]["phone"]
        markers = [m for m in truth if m in hit["seen"]] if "YT" in hit["seen"] else []
        marker_truth = {truth[m][2] for m in markers}
        if markers and canary not in marker_truth:
            false_hits.append(f"{file}:{hit['record']} {canary} ← {hit['seen']}")
        elif not markers and canary not in expected.get(file, set()):
            false_hits.append(f"{file}:{hit['record']} {canary} (unexpected) ← {hit['seen']}")
        else:
            found.setdefault(file, set()).add(canary)
    by_scenario: dict[str, list[int]] = {}
    lines = []
    for file in sorted(scenario_of):
        want = expected.get(file, set())
        got = found.get(file, set()) & want
        s = by_scenario.setdefault(scenario_of[file], [0, 0, 0])
        s[0] += len(got)
        s[1] += len(want)
        fh = sum(1 for x in false_hits if x.startswith(file + ":"))
        s[2] += fh
        lines.append(f"  {file:32} recall {len(got):4}/{len(want):<4} false hits {fh}")
    print("\n".join(lines))
    bars = {"unmasked": 0.99, "gbt": 0.9, "old": 0.9, "control": 1.0}
    failed = False
    for scenario, (got, want, fh) in sorted(by_scenario.items()):
        recall = got / want if want else 1.0
        ok = recall >= bars.get(scenario, 0.9) and fh == 0
        failed = failed or not ok
        print(f"{scenario:9} recall {got}/{want} = {recall:.4f}, false hits {fh}  {'ok' if ok else 'BELOW THE BAR'}")
    for x in false_hits[:20]:
        print("  false:", x)
    if args.missed:
        for file in sorted(scenario_of):
            for m, (f2, _, c) in truth.items():
                if f2 == file and c != "-" and c not in found.get(file, set()):
                    print("  missed:", file, c, m)
    sys.exit(1 if failed else 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="write the lists and truth.tsv")
    w.add_argument("--canaries", action="append", required=True, help="a plant export (CSV: name,phone,address,...)")
    w.add_argument("--seed", type=int, default=7)
    w.add_argument("--out", required=True)
    w.add_argument("--share", type=float, default=0.5, help="share of the canaries in each list")
    w.add_argument("--control", type=int, default=0, help="rows of a control list (decoys and background, no canary)")
    s = sub.add_parser("score", help="score a match JSON against truth.tsv")
    s.add_argument("--out", required=True)
    s.add_argument("--json", required=True)
    s.add_argument("--missed", action="store_true")
    args = parser.parse_args()
    write(args) if args.command == "write" else score(args)


if __name__ == "__main__":
    main()

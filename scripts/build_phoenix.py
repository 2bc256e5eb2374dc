"""Build ``src/tocsin/data/actors/phoenix/`` from the Phoenix/PETRARCH2 dictionaries.

Source: the four Phoenix files of openeventdata/petrarch2 (``petrarch2/data/dictionaries/``,
MIT licence, copyright 2014 Open Event Data Alliance), as laid in ``../shared/data/dictionaries``.
They are read with tocsin's own importer (``tocsin dict import``), each CAMEO code is turned into
tocsin's country and sector (``tocsin.actors.phoenix.CodeMap``), and each entry is filed in a
layer (``tocsin.actors.phoenix``). Names of two letters or fewer and names that are only digits
are left out (too ambiguous to match whatever their case), and so are people's names of one
word or with a title or an institution at either end (``person_name``).

Run::

    .venv/bin/python scripts/build_phoenix.py [DICTIONARY_DIR [OUTPUT_DIR]]

The output is committed; re-running it on the same files gives the same output.
"""

from __future__ import annotations

import csv
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tocsin.actors.bundled import load_bundled
from tocsin.actors.petrarch import read_actors
from tocsin.actors.petrarch_agents import read_agents
from tocsin.actors.phoenix import CodeMap

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "tocsin" / "data" / "actors" / "phoenix"
SOURCE = ROOT.parent / "shared" / "data" / "dictionaries"
FILES = {
    "Phoenix.Countries.actors.txt": "countries",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.MilNonState.actors.txt": "milnonstate",
}
COUNTRY_LAYERS = {"person": "people", "org": "groups", "country": "names"}
HEADER = """# {what}
# version: 1
# provenance: converted by scripts/build_phoenix.py from {files} of the Phoenix/PETRARCH2
#   dictionaries (openeventdata/petrarch2, petrarch2/data/dictionaries, commit 676801c, 2019-03-18),
#   MIT licence, copyright 2014 Open Event Data Alliance (LICENSE-petrarch2.txt beside this file).
#   CAMEO codes mapped to tocsin's country and sector with actors/phoenix_codes.yaml.
"""
ACTOR_COLUMNS = ["layer", "id", "kind", "name", "names", "country", "sector", "code", "dated",
                 "start", "end"]  # fmt: skip


def bare(name: str) -> str:
    """A name without its article ("The Islamic State"): tocsin reads articles itself."""
    first, _, rest = name.partition(" ")
    return rest if first.lower() == "the" and rest else name


def usable(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 2


def person_name(name: str, titles: frozenset[str]) -> bool:
    """A person's name tocsin can use: two words or more, no title or institution at either end
    ("President Boris Yeltsin", "Gorbachev Administration": tocsin reads titles itself, and a
    surname alone is ambiguous among 18,000 people; coreference links it to a full name)."""
    words = name.lower().replace("-", " ").split()
    if len(words) < 2:
        return False
    ends = {" ".join(words[:n]) for n in (1, 2, 3)} | {" ".join(words[-n:]) for n in (1, 2, 3)}
    return not (ends & titles)


def ends_with_title(name: str, person_titles: frozenset[str]) -> bool:
    words = name.lower().replace("-", " ").split()
    return any(" ".join(words[-n:]) in person_titles for n in (1, 2, 3))


def actor_rows(
    records: list[dict[str, Any]],
    layer_of: Any,
    codes: CodeMap,
    tally: Counter,
    titles: frozenset[str],
    person_titles: frozenset[str],
):
    rows = []
    for record in records:
        layer = layer_of(record)
        names = list(dict.fromkeys(bare(n) for n in (record["name"], *record["names"])))
        names = [n for n in names if usable(n)]
        if record["kind"] == "org":  # "US Secretary of State": a title tocsin reads itself
            kept = [n for n in names if not ends_with_title(n, person_titles)]
            tally["group names left out (a person's title at the end)"] += len(names) - len(kept)
            names = kept
        if record["kind"] == "person":
            kept = [n for n in names if person_name(n, titles)]
            tally["person names left out (one word, or a title at an end)"] += len(names) - len(
                kept
            )
            names = kept
        if not names:
            tally["no usable name"] += 1
            continue
        slug = record["id"].split(".", 1)[1]
        entry_id = f"phoenix.{layer}.{slug}"
        if record.get("roles"):
            items = [(r["title"], r["start"], r["end"]) for r in record["roles"]]
        else:
            items = [(record["code"], None, None)]
        coded = []
        for code, start, end in items:
            converted = codes.convert(code)
            if converted is None:
                tally["code not mapped"] += 1
                continue
            coded.append((converted, code, start, end, start is not None or end is not None))
        coded.sort(key=lambda c: not c[4])  # dated codes first, the default last
        for n, ((country, sector), code, start, end, dated) in enumerate(coded):
            rows.append(
                {
                    "layer": layer,
                    "id": entry_id,
                    "kind": record["kind"],
                    "name": names[0] if n == 0 else "",
                    "names": "|".join(names[1:]) if n == 0 else "",
                    "country": country or "",
                    "sector": sector or "",
                    "code": code,
                    "dated": "1" if dated else "0",
                    "start": start.isoformat() if start else "",
                    "end": end.isoformat() if end else "",
                }
            )
        tally[layer] += 1
    return rows


def write(path: Path, header: str, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header)
        writer = csv.DictWriter(handle, columns, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(source: Path, out: Path = OUT) -> None:
    bundled = load_bundled()
    codes = CodeMap.load(bundled.states() | {"XKX"})
    titles = frozenset(bundled.agents) | bundled.grammar.modifiers
    person_titles = frozenset(k for k, a in bundled.agents.items() if a.person)
    tally: Counter[str] = Counter()
    rows: list[dict[str, str]] = []
    for name, layer in FILES.items():
        read = read_actors((source / name).read_text(encoding="utf-8").splitlines())
        print(f"{name}: {read.report.summary()}")
        if layer == "countries":
            layer_of = lambda r: COUNTRY_LAYERS[r["kind"]]  # noqa: E731
        else:
            layer_of = lambda r, fixed=layer: fixed  # noqa: E731
        rows += actor_rows(read.records, layer_of, codes, tally, titles, person_titles)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.tsv"):
        old.unlink()
    for layer in sorted({row["layer"] for row in rows}):
        what = (
            f"Phoenix layer {layer!r}: one row per code (an entry's rows together; names on its "
            "first row)."
        )
        mine = [
            {k: v for k, v in row.items() if k != "layer"} for row in rows if row["layer"] == layer
        ]
        write(out / f"{layer}.tsv", HEADER.format(what=what, files="the actor files"),
              ACTOR_COLUMNS[1:], mine)  # fmt: skip
    agents = read_agents((source / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines())
    print(f"Phoenix.agents.txt: {agents.report.summary()}")
    agent_rows = []
    for phrase in agents.phrases:
        sector = codes.sector_of(phrase.code)
        if not sector or not usable(phrase.text):
            tally["agent without a usable sector"] += 1
            continue
        plural = "-" if phrase.plural == "" else (phrase.plural or "")
        agent_rows.append(
            {"phrase": phrase.text, "plural": plural, "sector": sector, "code": phrase.code}
        )
        tally["agents"] += 1
    what = "Phoenix agent words; plural '-' = none, empty = the regular plural."
    write(out / "agents.tsv", HEADER.format(what=what, files="Phoenix.agents.txt"),
          ["phrase", "plural", "sector", "code"], agent_rows)  # fmt: skip
    shutil.copyfile(source / "LICENSE-petrarch2.txt", out / "LICENSE-petrarch2.txt")
    for key, value in sorted(tally.items()):
        print(f"  {key}: {value}")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE,
        Path(sys.argv[2]) if len(sys.argv) > 2 else OUT,
    )

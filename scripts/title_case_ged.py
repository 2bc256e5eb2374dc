"""A copy of a UCDP GED export with its headlines written in title case, as many sites write them.

    .venv/bin/python scripts/title_case_ged.py GED.csv OUT.csv
    .venv/bin/tocsin eval OUT.csv --json

Every word of ``source_article`` and ``source_headline`` that starts with a lower-case letter is
capitalised, except the short words news sites leave in lower case inside a headline ("a",
"of", "in", "on" …): "Factions Target Regime Forces in the Northern Countryside of Hama".
Scoring the copy beside the export measures what the casing convention of an outlet costs the
coding (``docs/benchmarks.md``, "Title-case headlines").
"""

from __future__ import annotations

import argparse
import csv
import sys

SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from"}
)
COLUMNS = ("source_article", "source_headline")


def title_case(text: str) -> str:
    """Each word capitalised but the small words; spacing kept as it is."""
    return " ".join(
        word[:1].upper() + word[1:] if word[:1].islower() and word not in SMALL_WORDS else word
        for word in text.split(" ")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("output")
    args = parser.parse_args(argv)
    csv.field_size_limit(sys.maxsize)
    with open(args.source, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or ())
        rows = [{k: title_case(v) if k in COLUMNS else v for k, v in r.items()} for r in reader]
    with open(args.output, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write the JSON Schemas of the records (tocsin/data/schema/*.json) from tocsin.records."""

from __future__ import annotations

import json
from pathlib import Path

from tocsin.records import schemas

TARGET = Path(__file__).resolve().parents[1] / "src" / "tocsin" / "data" / "schema"


def rendered(document: dict) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    for name, document in schemas().items():
        (TARGET / name).write_text(rendered(document), encoding="utf-8")
        print(f"wrote {TARGET / name}")


if __name__ == "__main__":
    main()

"""Short test articles (written for these tests) and archives built from them."""

from __future__ import annotations

import json
from pathlib import Path

SENTENCES = (
    "Azerbaijani troops shelled the Armenian village of Sotk on Tuesday, killing two soldiers.",
    "Armenia accused Azerbaijan of violating the ceasefire.",
    "Russia could send peacekeepers to the region, a diplomat said.",
    "Police in Tbilisi arrested 40 protesters on Friday.",
    "Iran threatened to close its border with Azerbaijan.",
    "The French president met the Armenian prime minister in Paris.",
    "Turkey promised humanitarian aid to Armenia after the earthquake.",
    "Georgia condemned the detention of its citizens in Russia.",
)


def article_text(number: int) -> str:
    """A two-sentence article; the number makes every text (and so every id) distinct."""
    first = SENTENCES[number % len(SENTENCES)]
    second = SENTENCES[(number * 3 + 1) % len(SENTENCES)]
    return f"{first} {second} Reporting by desk {number}."


def write_archive(path: Path, count: int) -> list[str]:
    """A JSONL archive of ``count`` dated articles; returns their ids."""
    ids = []
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            doc_id = f"test-{number:04d}"
            ids.append(doc_id)
            record = {"id": doc_id, "text": article_text(number), "date": "2023-09-12"}
            handle.write(json.dumps(record) + "\n")
    return ids

"""Read a dated corpus: the bundled crises (YAML with provenance) or a JSONL file of articles."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from tocsin.errors import InputError
from tocsin.models import Document
from tocsin.resources import load_yaml

BUNDLED = "corpus/crises.yaml"


def _document(item: dict[str, Any], origin: str) -> Document:
    try:
        day = item["date"]
        when = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
        return Document(
            id=str(item["id"]),
            text=str(item["text"]).strip(),
            date=when,
            title=item.get("title"),
            url=item.get("url"),
            source=item.get("source"),
            origin=origin,
        )
    except (KeyError, ValueError) as exc:
        raise InputError(f"{origin}: article {item.get('id')!r} needs id, date and text") from exc


def load_corpus(path: str | Path | None = None) -> list[Document]:
    """Articles of a corpus in publication order; the bundled crises when ``path`` is None.

    ``.yaml`` files hold ``provenance``, ``version`` and ``articles``; ``.jsonl`` files hold one
    ``{"id", "date", "text", "title"?, "source"?}`` object per line.
    """
    if path is None:
        data = load_yaml(BUNDLED)
        origin = BUNDLED
        items = data["articles"]
    else:
        file = Path(path)
        origin = str(file)
        if file.suffix in (".yaml", ".yml"):
            items = load_yaml(file, bundled=False)["articles"]
        else:
            lines = file.read_text(encoding="utf-8").splitlines()
            items = [json.loads(line) for line in lines if line.strip()]
    documents = [_document(item, origin) for item in items]
    return sorted(documents, key=lambda d: (d.date or date.min, d.id))

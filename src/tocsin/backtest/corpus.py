"""Read a dated corpus: YAML with provenance, JSONL of articles, or the headlines of a GED export.

The bundled corpora: ``REAL`` — three months of the real Syria headlines behind UCDP GED events
(November 2016 to January 2017, CC BY 4.0, see ``corpus/SOURCES.md``), the default of
``tocsin backtest`` and ``tocsin demo``; ``CRISES`` — two crises invented for the tests.
"""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tocsin.errors import InputError
from tocsin.models import Document, content_hash
from tocsin.resources import data_path, load_yaml

CRISES = "corpus/crises.yaml"
REAL = "corpus/ucdp_ged_syria_2016-11_2017-01.csv"
REAL_SPAN = (date(2016, 11, 1), date(2017, 1, 31))
"""The days of the bundled real corpus (its events' start days; later headlines are left out)."""

HEADLINE_DAYS_BEFORE = 7
HEADLINE_DAYS_AFTER = 90
"""A GED headline is kept only when dated from a week before its event's start to 90 days after
its end (a few source entries carry impossible dates)."""


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


def is_ged_file(path: Path) -> bool:
    """True for a CSV file with the columns of a UCDP GED export."""
    from tocsin.truth.ucdp import is_ged_header

    if path.suffix.lower() != ".csv" or not path.exists():
        return False
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return is_ged_header(next(csv.reader(handle), []))


def ged_headlines(
    path: str | Path, since: date | None = None, until: date | None = None
) -> list[Document]:
    """The distinct headlines of a GED export as documents dated by their article's date.

    One document per distinct (date, headline); ``source`` is the office that published it.
    """
    from tocsin.truth.ucdp import headlines, read_ged

    file = Path(path)
    documents: dict[tuple[date, str], Document] = {}
    for headline in headlines(read_ged(file)):
        if (since and headline.date < since) or (until and headline.date > until):
            continue
        plausible = any(
            e.date_start - timedelta(days=HEADLINE_DAYS_BEFORE)
            <= headline.date
            <= e.date_end + timedelta(days=HEADLINE_DAYS_AFTER)
            for e in headline.events
        )
        key = (headline.date, headline.text)
        if not plausible or key in documents:
            continue
        documents[key] = Document(
            id="ged-" + content_hash(f"{headline.date.isoformat()}|{headline.text}"),
            text=headline.text,
            date=headline.date,
            title=headline.text,
            source=headline.office,
            origin=str(file),
        )
    return sorted(documents.values(), key=lambda d: (d.date or date.min, d.id))


def load_corpus(
    path: str | Path | None = None, since: date | None = None, until: date | None = None
) -> list[Document]:
    """Articles of a corpus in publication order (``since``/``until`` keep a span of days).

    ``path`` is ``None`` for the bundled real corpus; ``.yaml`` files hold ``provenance``,
    ``version`` and ``articles``; ``.jsonl`` files hold one ``{"id", "date", "text",
    "title"?, "source"?}`` object per line; a UCDP GED ``.csv`` export gives its headlines.
    """
    file = data_path(REAL) if path is None else Path(path)
    if path is None:
        since, until = since or REAL_SPAN[0], until or REAL_SPAN[1]
    if not file.exists():
        raise InputError(f"{file}: no such corpus")
    if is_ged_file(file):
        documents = ged_headlines(file, since, until)
    else:
        origin = str(file)
        if file.suffix in (".yaml", ".yml"):
            items = load_yaml(file, bundled=False)["articles"]
        else:
            items = []
            for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
                if line.strip():
                    try:
                        items.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{origin}: line {n} is not JSON ({exc})") from exc
        documents = [_document(item, origin) for item in items]
        documents = [
            d
            for d in documents
            if (since is None or (d.date and d.date >= since))
            and (until is None or (d.date and d.date <= until))
        ]
    return sorted(documents, key=lambda d: (d.date or date.min, d.id))


def crisis_corpus() -> list[Document]:
    """The invented crisis corpus (a test fixture whose backtest is self-referential)."""
    return load_corpus(data_path(CRISES))

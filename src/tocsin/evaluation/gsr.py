"""PLOVER gold-standard records (Open Event Data Alliance, PLOVER_GSR_CAMEO).

A JSON list of records with ``text``, ``event`` (PLOVER 0.5 types), ``source`` and ``target``
lists of ``{"actorText", "code", "sector"}``. PLOVER 0.5 types are mapped to PLOVER 2.0.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tocsin.evaluation import Coder
from tocsin.evaluation.metrics import NONE_LABEL, Report, score
from tocsin.evaluation.selection import pick

# PLOVER 0.5 → 2.0: FIGHT merged into ASSAULT, DISAPPROVE and INVESTIGATE into ACCUSE,
# DEMAND into REQUEST.
PLOVER_05_TO_20 = {
    "FIGHT": "ASSAULT",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "DEMAND": "REQUEST",
}


@dataclass(frozen=True)
class GsrItem:
    id: str
    label: str
    text: str
    source: str
    target: str
    source_codes: tuple[str, ...]
    target_codes: tuple[str, ...]


def _parties(
    items: list[dict[str, Any]] | dict[str, Any] | str | None,
) -> tuple[str, tuple[str, ...]]:
    """Text and country codes of a source or target field (a list, one record or a string)."""
    if not items:
        return "", ()
    if isinstance(items, str):
        return items, ()
    records = [items] if isinstance(items, dict) else [i for i in items if isinstance(i, dict)]
    text = " ".join(str(i.get("actorText", "")) for i in records)
    return text, tuple(str(i["code"]) for i in records if i.get("code"))


def read(path: str | Path, limit: int | None = None) -> Iterator[GsrItem]:
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    n = 0
    for record in records:
        event = str(record.get("event", "")).upper()
        if event == "DOCUMENT" or not record.get("text"):
            continue
        if limit is not None and n >= limit:
            break
        n += 1
        source, source_codes = _parties(record.get("source"))
        target, target_codes = _parties(record.get("target"))
        yield GsrItem(
            record.get("id", str(n)),
            PLOVER_05_TO_20.get(event, event),
            record["text"],
            source,
            target,
            source_codes,
            target_codes,
        )


def evaluate(code: Coder, path: str | Path, limit: int | None = None) -> Report:
    gold: list[str] = []
    predicted: list[str] = []
    for item in read(path, limit):
        events = code(item.text)
        chosen = pick(
            events,
            item.source,
            item.target,
            source_codes=item.source_codes,
            target_codes=item.target_codes,
        )
        gold.append(item.label)
        predicted.append(chosen.event if chosen else NONE_LABEL)
    return score(gold, predicted)

"""tocsin's own golden sentences (``tests/data/golden_events.jsonl``).

One JSON object per line: ``{"id", "text", "cameo", "event", "actor", "recipient"}`` where
``cameo`` is the expected code or its two-digit root, ``event`` the PLOVER type, and
``actor``/``recipient`` the expected ISO country codes (``null`` when the text names none).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tocsin.evaluation import Coder
from tocsin.evaluation.metrics import NONE_LABEL, Report, score
from tocsin.models import Event


@dataclass(frozen=True)
class GoldenItem:
    id: str
    text: str
    cameo: str
    event: str
    actor: str | None
    recipient: str | None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldenItem:
        return cls(
            str(data["id"]),
            data["text"],
            str(data["cameo"]),
            data["event"],
            data.get("actor"),
            data.get("recipient"),
        )


def read(path: str | Path, limit: int | None = None) -> Iterator[GoldenItem]:
    with Path(path).open(encoding="utf-8") as handle:
        n = 0
        for line in handle:
            if not line.strip():
                continue
            if limit is not None and n >= limit:
                break
            n += 1
            yield GoldenItem.from_dict(json.loads(line))


def code_matches(expected: str, actual: str) -> bool:
    """A two-digit root matches any code under it; a full code must match exactly."""
    return actual.startswith(expected) if len(expected) == 2 else actual == expected


def find(item: GoldenItem, events: Sequence[Event]) -> Event | None:
    """The record that codes the expected event, preferring the right parties."""
    best: tuple[int, float] | None = None
    chosen = None
    for event in events:
        if not code_matches(item.cameo, event.cameo):
            continue
        parties = (event.actor.country if event.actor else None) == item.actor
        parties += (event.recipient.country if event.recipient else None) == item.recipient
        key = (int(parties), event.confidence)
        if best is None or key > best:
            best, chosen = key, event
    return chosen


def evaluate(code: Coder, path: str | Path, limit: int | None = None) -> Report:
    gold: list[str] = []
    predicted: list[str] = []
    actors = recipients = events_found = 0
    for item in read(path, limit):
        events = code(item.text)
        hit = find(item, events)
        gold.append(item.cameo[:2])
        if hit is None:
            top = max(events, key=lambda e: e.confidence, default=None)
            predicted.append(top.cameo[:2] if top else NONE_LABEL)
            continue
        predicted.append(hit.cameo[:2])
        events_found += hit.event == item.event
        actors += (hit.actor.country if hit.actor else None) == item.actor
        recipients += (hit.recipient.country if hit.recipient else None) == item.recipient
    report = score(gold, predicted)
    n = len(gold) or 1
    report.extra.update(
        {
            "plover_accuracy": events_found / n,
            "actor_accuracy": actors / n,
            "recipient_accuracy": recipients / n,
        }
    )
    return report

"""Headline- and bulletin-style sentences of several wars and outlets, written for tocsin.

``tests/data/golden_headlines.jsonl``: one line per headline with the expected PLOVER event,
actor and recipient as ``"COUNTRY SECTOR"`` (a sector stands for its group: a state's forces
GOV/MIL/COP/SPY or none, rebels REB/RAD, civilians CVL/REF/MED/HLH/… and OPP), ``"COUNTRY"`` for any
sector, ``null`` when the text names no such party, ``killed`` when the headline gives a
count, and ``records`` when the number of asserted or alleged records of that event is checked
(one attack told through several words is one record; two attacks stay two). A symmetric
record (clashes, battles) may hold the two parties in either order. Lines with ``gap`` are
known failures, run as strict expected failures: one that starts passing fails the suite until
its ``gap`` is removed.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tocsin.models import ActorRef, Event

FILE = Path(__file__).resolve().parents[1] / "data" / "golden_headlines.jsonl"
GROUPS = (
    frozenset({"GOV", "MIL", "COP", "SPY", None}),
    frozenset({"REB", "RAD"}),
    # protesters and the unarmed opposition are civilians, as the warning's sides count them
    frozenset({"CVL", "REF", "MED", "HLH", "EDU", "REL", "LAB", "BUS", "AGR", "NGO", "OPP"}),
)


def _group(sector: str | None) -> object:
    return next((g for g in GROUPS if sector in g), sector)


def party_matches(expected: str | None, found: ActorRef | None) -> bool:
    if expected is None:
        return True
    if found is None:
        return False
    country, *sector = expected.split()
    if found.country != country:
        return False
    return not sector or _group(found.sector) == _group(sector[0])


def verdict(line: dict, events: list[Event]) -> str:
    """``ok``, ``count`` (right parties, wrong or no killed count) or ``miss``."""
    result = "miss"
    for event in events:
        if event.event != line["event"]:
            continue
        pairs = [(event.actor, event.recipient)]
        if event.symmetric:
            pairs.append((event.recipient, event.actor))
        if any(
            party_matches(line["actor"], a) and party_matches(line["recipient"], r)
            for a, r in pairs
        ):
            killed = event.size.killed if event.size is not None else None
            if "killed" not in line or killed == line["killed"]:
                return "ok"
            result = "count"
    return result


def lines() -> list:
    items = [json.loads(raw) for raw in FILE.read_text(encoding="utf-8").splitlines() if raw]
    return [
        pytest.param(
            item,
            id=item["id"],
            marks=[pytest.mark.xfail(reason=item["gap"], strict=True)] if item.get("gap") else [],
        )
        for item in items
    ]


def test_the_file_covers_many_wars_and_styles() -> None:
    items = [json.loads(raw) for raw in FILE.read_text(encoding="utf-8").splitlines() if raw]
    assert len(items) >= 200
    assert len({i["war"] for i in items}) >= 10
    assert {i["style"] for i in items} >= {"wire", "monitor", "casualty", "title"}
    assert len({i["text"] for i in items}) == len(items)
    assert len({i["id"] for i in items}) == len(items)


@pytest.mark.parametrize("line", lines())
def test_golden_headline(pipeline, line: dict) -> None:
    events = pipeline.code_text(line["text"], date=date.fromisoformat(line["date"]))
    found = [
        (
            e.event,
            e.actor and e.actor.code,
            e.recipient and e.recipient.code,
            e.size and e.size.killed,
        )
        for e in events
    ]
    assert verdict(line, events) == "ok", found
    if "records" in line:
        happened = [
            e
            for e in events
            if e.event == line["event"] and e.factuality.status in ("asserted", "alleged")
        ]
        assert len(happened) == line["records"], found

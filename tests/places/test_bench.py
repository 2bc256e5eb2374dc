"""Date and place accuracy on 100 annotated news sentences (docs/benchmarks.md).

Run ``pytest tests/places/test_bench.py -s`` to print the table. The floors below guard
against regressions; the sentences are a measuring set, not rules to tune to.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tocsin.dates import DateResolver
from tocsin.places import PlaceResolver
from tocsin.places.gazetteer import normalise

BENCH = Path(__file__).resolve().parents[1] / "data" / "wherewhen" / "bench.jsonl"
PUBLISHED = date(2024, 5, 15)
DATE_FLOOR = 0.85
PLACE_FLOOR = 0.70


def place_correct(got, gold: list | None) -> bool:
    if gold is None:
        return got is None
    if got is None:
        return False
    name, country = gold
    named = normalise(name) in (normalise(got.name), normalise(got.text or ""))
    return named and got.country == country


@pytest.fixture(scope="module")
def scores(place_ctx, places: PlaceResolver) -> dict[str, float]:
    dates = DateResolver()
    cases = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines()]
    date_ok = place_ok = 0
    misses: list[str] = []
    for case in cases:
        ctx = place_ctx(case["text"], case.get("countries", ()), pub=PUBLISHED)
        trigger = next(t for t in ctx.doc if t.text == case["trigger"])
        got_date = dates.resolve(trigger, ctx)
        if got_date is not None and [got_date.value, got_date.precision] == case["date"]:
            date_ok += 1
        else:
            misses.append(f"{case['id']} date {got_date} != {case['date']}")
        got_place = places.locate(trigger, ctx)
        if place_correct(got_place, case["place"]):
            place_ok += 1
        else:
            misses.append(f"{case['id']} place {got_place} != {case['place']}")
    total = len(cases)
    print(f"\nsentences {total}  date accuracy {date_ok / total:.2f}  place {place_ok / total:.2f}")
    print("\n".join(misses))
    return {"n": total, "date": date_ok / total, "place": place_ok / total}


def test_bench_has_100_sentences(scores: dict[str, float]) -> None:
    assert scores["n"] == 100


def test_date_accuracy(scores: dict[str, float]) -> None:
    assert scores["date"] >= DATE_FLOOR


def test_place_accuracy(scores: dict[str, float]) -> None:
    assert scores["place"] >= PLACE_FLOOR

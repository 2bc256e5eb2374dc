"""Golden places: sentence + trigger → the place of that event's own clause."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tocsin.places import PlaceResolver

CASES = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "data" / "wherewhen" / "places.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_place(case: dict, place_ctx, places: PlaceResolver) -> None:
    ctx = place_ctx(case["text"], case.get("countries", ()))
    word, _, nth = case["trigger"].partition("#")
    trigger = [t for t in ctx.doc if t.text == word][int(nth or 1) - 1]
    got = places.locate(trigger, ctx)
    if case["name"] is None:
        assert got is None
        return
    assert got is not None
    assert (got.name, got.country, got.precision) == (
        case["name"],
        case["country"],
        case["precision"],
    )
    if "admin1" in case:
        assert got.admin1 == case["admin1"]
    if "text_span" in case:
        assert got.text == case["text_span"]
    if got.precision == "country":
        assert got.lat is None and got.lon is None  # never a centroid dressed up as a point
    else:
        assert got.lat is not None and got.lon is not None

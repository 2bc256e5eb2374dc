"""Golden dates: sentence + trigger + publication date → the event's date and precision."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tocsin.context import DocContext, MentionIndex
from tocsin.dates import DateResolver
from tocsin.models import Document

CASES = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "data" / "wherewhen" / "dates.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_date(case: dict, nlp, resolver: DateResolver) -> None:
    doc = nlp(case["text"])
    word, _, nth = case["trigger"].partition("#")
    trigger = [t for t in doc if t.text == word][int(nth or 1) - 1]
    pub = date.fromisoformat(case["pub"])
    ctx = DocContext(Document("t", case["text"], date=pub), doc, MentionIndex.build([]))
    got = resolver.resolve(trigger, ctx)
    assert got is not None
    assert (got.value, got.precision) == (case["value"], case["precision"])
    assert got.text == case["expr"]
    assert got.inferred is case.get("inferred", False)

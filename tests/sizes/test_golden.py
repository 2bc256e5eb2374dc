"""Golden counts: sentence + trigger → killed, injured, displaced, arrested, participants."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tocsin.context import DocContext, MentionIndex
from tocsin.models import Document, Size
from tocsin.sizes import SizeExtractor

CASES = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[1] / "data" / "wherewhen" / "sizes.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def extractor() -> SizeExtractor:
    return SizeExtractor()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_size(case: dict, nlp, extractor: SizeExtractor) -> None:
    doc = nlp(case["text"])
    word, _, nth = case["trigger"].partition("#")
    trigger = [t for t in doc if t.text == word][int(nth or 1) - 1]
    ctx = DocContext(Document("t", case["text"], date=date(2024, 3, 13)), doc, MentionIndex())
    got = extractor.extract(trigger, ctx)
    expected = None if case["size"] is None else Size(**case["size"])
    assert got == expected

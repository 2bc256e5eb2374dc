"""Golden sentences (tests/data/actors/golden.yaml): each span codes as written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "actors" / "golden.yaml"
CASES = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))


def _when(case: dict) -> date | None:
    value = case.get("date")
    return value if isinstance(value, date) else None


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_sentence(pipeline, case):
    doc = pipeline.nlp(case["text"])
    index = pipeline.actors.resolve(doc, _when(case))
    assert case.get("expect") or case.get("none"), f"{case['id']} checks nothing"
    for expected in case.get("expect", []):
        start = case["text"].index(expected["span"])
        span = doc.char_span(start, start + len(expected["span"]))
        assert span is not None, expected["span"]
        word = expected.get("word")
        token = next(t for t in span if t.text == word) if word else span[-1]
        mention = index.at(token.i)
        if expected["code"] is None:
            assert mention is None or mention.actor.code is None, (case["id"], mention)
            continue
        assert mention is not None, f"{case['id']}: no mention at {token.text!r}"
        assert mention.actor.code == expected["code"], (case["id"], expected, mention)
        if "name" in expected:
            assert mention.actor.name == expected["name"]
        if "rule" in expected:
            assert mention.rule == expected["rule"]
    for word in case.get("none", []):
        tokens = [t for t in doc if t.text == word]
        assert tokens, word
        assert all(index.at(t.i) is None for t in tokens), f"{case['id']}: {word!r} is an actor"

"""Scoring predicates given by character offsets, as ``tocsin factuality`` does."""

from __future__ import annotations

import pytest

from tocsin.factuality import FactualityAssessor, span_head
from tocsin.factuality.spans import FactualityTool, score_records


@pytest.fixture(scope="module")
def tool(nlp, settings) -> FactualityTool:
    return FactualityTool(nlp, FactualityAssessor.load(settings))


def test_span_head_is_the_syntactic_head(nlp) -> None:
    doc = nlp("The rebels may have seized the airport.")
    assert span_head(doc, 15, 30).text == "seized"  # "may have seized"
    assert span_head(doc, 200, 210) is None


def test_records_come_back_with_score_status_and_cue(tool) -> None:
    text = "China may impose new sanctions. Protesters marched in Lima."
    records = [
        {"id": "a", "text": text, "start": text.index("impose"), "end": text.index(" new")},
        {"id": "b", "text": text, "start": text.index("marched"), "end": text.index(" in")},
        {"id": "c", "text": text, "start": 500, "end": 510},
    ]
    out = list(score_records(tool, records))
    assert [r["id"] for r in out] == ["a", "b", "c"]
    assert (out[0]["status"], out[0]["score"], out[0]["cue"]) == ("possible", 1.0, "may")
    assert (out[1]["status"], out[1]["score"]) == ("asserted", 3.0)
    assert out[2]["score"] is None and out[2]["status"] is None
    assert out[0]["text"] == text  # every input field is kept

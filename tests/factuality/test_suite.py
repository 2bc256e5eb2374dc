"""The factuality suite: 200+ sentences, each with a predicate and its expected factuality."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tocsin.factuality import FactualityAssessor
from tocsin.models import FACTUALITY_STATUSES

SUITE = Path(__file__).resolve().parents[1] / "data" / "factuality_suite.jsonl"
CASES = [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def assessor(settings) -> FactualityAssessor:
    return FactualityAssessor.load(settings)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_predicate_factuality(case: dict, nlp, assessor: FactualityAssessor) -> None:
    doc = nlp(case["text"])
    assert doc.text[case["start"] : case["end"]] == case["trigger"]
    result = assessor.score_span(doc, case["start"], case["end"])
    assert result.status == case["status"], result
    assert case["score_min"] <= result.score <= case["score_max"], result


def test_suite_is_broad() -> None:
    assert len(CASES) >= 200
    assert len({case["id"] for case in CASES}) == len(CASES)
    assert {case["status"] for case in CASES} == set(FACTUALITY_STATUSES)
    phenomena = Counter(case["phenomenon"] for case in CASES)
    for phenomenon in (
        "negation",
        "modal",
        "hedge",
        "future",
        "conditional",
        "request",
        "possibility",
        "claim",
        "denial",
        "cancel",
        "question",
        "embedding",
    ):
        assert phenomena[phenomenon] >= 4, phenomenon


def test_expected_scores_agree_with_statuses() -> None:
    for case in CASES:
        assert -3 <= case["score_min"] <= case["score"] <= case["score_max"] <= 3, case["id"]

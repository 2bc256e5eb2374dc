"""The shipped factuality model: scores from the model, statuses never worse than the rules'."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tocsin.factuality import FactualityAssessor
from tocsin.learn.factuality import LearnedFactuality, band, bundled_model_path, fit_to_status
from tocsin.learn.stages import event_type_stage, factuality_stage
from tocsin.models import Document, Factuality
from tocsin.resources import data_path

SUITE = Path(__file__).resolve().parents[1] / "data" / "factuality_suite.jsonl"
CASES = [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines() if line]
ARTICLE = data_path("samples/blinken-azerbaijan-armenia.txt")


@pytest.fixture(scope="module")
def learned(settings) -> LearnedFactuality:
    stage = factuality_stage(settings)
    assert isinstance(stage, LearnedFactuality)
    return stage


def test_bundled_model_is_small_and_has_its_card() -> None:
    path = Path(bundled_model_path())
    assert path.stat().st_size < 1_000_000
    card = path.with_suffix(".md").read_text(encoding="utf-8")
    assert "Lee" in card and "MIT" in card and "15 sentence(s) also in" in card


def test_statuses_on_the_suite_are_the_rules(nlp, learned) -> None:
    assert len(CASES) >= 200
    for case in CASES:
        doc = nlp(case["text"])
        result = learned.score_span(doc, case["start"], case["end"])
        assert result.status == case["status"], (case["id"], result)
        assert -3.0 <= result.score <= 3.0


def test_scores_follow_the_model_not_the_rules(nlp, learned) -> None:
    doc = nlp("Officials said the rebels might attack the airport.")
    start = doc.text.index("attack")
    rules = learned.rules.score_span(doc, start, start + 6)
    result = learned.score_span(doc, start, start + 6)
    assert result.status == rules.status == "possible"
    assert result.score != rules.score


def test_reference_article_never_asserts_the_invasion(pipeline) -> None:
    assert isinstance(pipeline.factuality, LearnedFactuality)
    text = ARTICLE.read_text(encoding="utf-8")
    events = pipeline.code(Document(id="ref", text=text, date=date(2023, 10, 18))).events
    invasions = [e for e in events if e.trigger.text.lower() == "invade"]
    assert invasions
    for event in invasions:
        assert event.factuality.status != "asserted"
        assert event.factuality.score < 3
        assert "factuality-uw@1" in event.evidence.model.split("+")
        assert event.evidence.rule_score is not None
    could = [e for e in invasions if e.factuality.cue == "could"]
    assert could and all(e.factuality.status == "possible" for e in could)


def test_rules_only_setting(pipeline, settings) -> None:
    rules_only = replace(settings, learned_factuality=False, learned_event_types=False)
    stage = factuality_stage(rules_only)
    assert isinstance(stage, FactualityAssessor)
    plain = copy.copy(pipeline)
    plain.factuality = stage
    plain.event_types = event_type_stage(rules_only, pipeline.events)
    assert plain.event_types is None
    (event,) = [
        e for e in plain.code_text("Azerbaijan could soon invade Armenia.") if e.event == "ASSAULT"
    ]
    assert event.factuality.status == "possible"
    assert event.factuality.score == 1.0
    assert event.evidence.model is None and event.evidence.rule_score is None


def test_status_bands_without_a_cue() -> None:
    assert band(2.0) == "asserted"
    assert band(0.0) == "possible"
    assert band(-2.0) == "negated"
    plain = Factuality()  # the rules' default: asserted, no cue
    assert fit_to_status(0.2, plain).status == "possible"
    cued = Factuality(status="negated", score=-3.0, cue="not")
    kept = fit_to_status(1.2, cued)
    assert kept.status == "negated" and kept.score == -0.25  # clipped to its status
    assert kept.cue == "not"

"""Factuality and attribution on the reference article (Blinken, Azerbaijan and Armenia)."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.context import DocContext, MentionIndex
from tocsin.factuality import FactualityAssessor, channel
from tocsin.models import Document
from tocsin.resources import data_path

ARTICLE = data_path("samples/blinken-azerbaijan-armenia.txt")


@pytest.fixture(scope="module")
def ctx(pipeline) -> DocContext:
    text = ARTICLE.read_text(encoding="utf-8")
    document = pipeline.cleaner.clean(Document(id="ref", text=text, date=date(2023, 10, 18)))
    doc = pipeline.nlp(document.text)
    return DocContext(document, doc, MentionIndex.build([]))


@pytest.fixture(scope="module")
def assessor(settings) -> FactualityAssessor:
    return FactualityAssessor.load(settings)


def tokens(ctx: DocContext, word: str, context: str) -> list:
    """Tokens ``word`` in sentences containing ``context``."""
    return [t for s in ctx.doc.sents if context in s.text for t in s if t.text == word]


def test_possible_invasions_of_armenia_are_never_asserted(ctx, assessor) -> None:
    invades = [t for t in ctx.doc if t.lower_ == "invade"]
    assert len(invades) >= 3
    for token in invades:
        factuality, _, _ = assessor.assess(token, ctx)
        assert factuality.status != "asserted", token.sent.text
        assert factuality.score < 3
    tracked = tokens(ctx, "invade", "tracking the possibility")
    added = tokens(ctx, "invade", "He added")
    assert tracked and added
    for token in tracked + added:
        factuality, _, _ = assessor.assess(token, ctx)
        assert factuality.status in ("possible", "future")
        assert channel(factuality.status) == "risk"


def test_first_claim_is_sourced_to_two_people(ctx, assessor) -> None:
    (token,) = tokens(ctx, "invade", "tracking the possibility")
    _, attribution, _ = assessor.assess(token, ctx)
    assert attribution.speaker is not None
    assert attribution.speaker.text == "two people familiar with the conversation"
    assert attribution.cue == "according to"
    assert attribution.anonymous


def test_waiver_content_is_attributed_to_the_anonymous_people(ctx, assessor) -> None:
    (renew,) = tokens(ctx, "renew", "Blinken responded")
    factuality, attribution, _ = assessor.assess(renew, ctx)
    assert factuality.status == "negated"  # "isn't planning to renew"
    assert attribution.anonymous
    assert attribution.speaker is not None
    assert attribution.speaker.text == "two people familiar with the conversation"
    (invade,) = tokens(ctx, "invade", "He added")
    _, attribution, _ = assessor.assess(invade, ctx)
    assert attribution.anonymous


def test_past_invasion_of_nagorno_karabakh_is_asserted(ctx, assessor) -> None:
    (invasion,) = tokens(ctx, "invasion", "in response to")
    factuality, _, _ = assessor.assess(invasion, ctx)
    assert factuality.status == "asserted"


def test_state_department_denial(ctx, assessor) -> None:
    (invade,) = tokens(ctx, "invade", "denied the report")
    factuality, attribution, rule = assessor.assess(invade, ctx)
    assert factuality.status == "denied"
    assert rule == "pred.denial.verb"
    assert attribution.speaker is not None
    assert "State Department" in attribution.speaker.text
    assert not attribution.anonymous


def test_threat_and_demand(ctx, assessor) -> None:
    (solve,) = tokens(ctx, "solve", "threatened")
    assert assessor.assess(solve, ctx)[0].status == "future"
    (open_,) = tokens(ctx, "open", "called on Armenia")
    assert assessor.assess(open_, ctx)[0].status == "requested"


def test_pipeline_records_of_the_invasion_of_armenia(pipeline) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    events = pipeline.code(Document(id="ref", text=text, date=date(2023, 10, 18))).events
    invasions = [e for e in events if e.trigger.text.lower() == "invade"]
    assert invasions
    assert all(e.factuality.status != "asserted" for e in invasions)
    assert any(e.attribution.anonymous for e in invasions)

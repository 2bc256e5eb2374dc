"""Who asserts an event: golden attribution cases, speaker actors, and anonymity cues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tocsin.context import DocContext, MentionIndex
from tocsin.factuality import FactualityAssessor, span_head
from tocsin.factuality.attribution import _subsequence
from tocsin.models import ActorRef, Document, Mention

GOLD = Path(__file__).resolve().parents[1] / "data" / "factuality_attribution.jsonl"
CASES = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def assessor(settings) -> FactualityAssessor:
    return FactualityAssessor.load(settings)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_attribution(case: dict, nlp, assessor: FactualityAssessor) -> None:
    doc = nlp(case["text"])
    trigger = span_head(doc, case["start"], case["end"])
    _, attribution, _ = assessor.assess(trigger, None)
    speaker = attribution.speaker.text if attribution.speaker else None
    assert speaker == case["speaker"]
    assert attribution.anonymous is case["anonymous"]
    assert attribution.cue == case["cue"]


def test_speaker_country_and_sector_come_from_mentions(nlp, assessor) -> None:
    text = "The Kenyan interior minister said police arrested forty protesters."
    doc = nlp(text)
    minister = next(t for t in doc if t.text == "minister")
    actor = ActorRef(text="Kenyan interior minister", country="KEN", sector="GOV")
    mention = Mention(
        start=doc[1].idx,
        end=minister.idx + len(minister.text),
        token_start=1,
        token_end=minister.i + 1,
        actor=actor,
        rule="test",
    )
    ctx = DocContext(Document(id="d1", text=text), doc, MentionIndex.build([mention]))
    arrested = next(t for t in doc if t.text == "arrested")
    _, attribution, _ = assessor.assess(arrested, ctx)
    assert attribution.speaker is not None
    assert (attribution.speaker.country, attribution.speaker.sector) == ("KEN", "GOV")


def test_missing_mentions_leave_speaker_actor_empty(nlp, assessor) -> None:
    text = "Officials said the navy seized the tanker."
    doc = nlp(text)
    ctx = DocContext(Document(id="d2", text=text), doc, MentionIndex.build([]))
    _, attribution, _ = assessor.assess(doc[4], ctx)
    assert attribution.speaker is not None
    assert attribution.speaker.country is None
    assert attribution.anonymous


def test_definite_group_refers_back_to_its_first_mention(nlp, assessor) -> None:
    text = (
        "Two people familiar with the talks described the meeting. "
        "The envoys agreed to meet again, the people said."
    )
    doc = nlp(text)
    agreed = next(t for t in doc if t.text == "agreed")
    _, attribution, _ = assessor.assess(agreed, None)
    assert attribution.speaker is not None
    assert attribution.speaker.text == "Two people familiar with the talks"
    assert attribution.anonymous


def test_anonymity_phrases_match_in_order_within_a_window() -> None:
    assert _subsequence(("condition", "of", "anonymity"), ["on", "condition", "of", "anonymity"])
    assert _subsequence(("familiar", "with"), ["two", "person", "familiar", "with", "the"])
    assert not _subsequence(("familiar", "with"), ["with", "familiar"])

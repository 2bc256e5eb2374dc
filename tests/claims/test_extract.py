"""Claims, denials and confirmations extracted from events and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claims.records import Said, make_document
from tocsin.claims import StatementPatterns, extract
from tocsin.claims.extract import from_event


@pytest.fixture(scope="module")
def patterns() -> StatementPatterns:
    return StatementPatterns.load()


def test_kinds_of_claims(patterns: StatementPatterns) -> None:
    coded = make_document(
        "d1",
        "2024-03-02",
        [
            Said(
                "Militias burned two villages, witnesses said.",
                "burned",
                speaker="witnesses",
                cue="said",
                anonymous=True,
                actor="SDN",
            ),
            Said(
                "The army denied that its soldiers burned the villages.",
                "burned",
                status="denied",
                score=-2.0,
                speaker="The army",
                cue="denied",
            ),
            Said(
                "Two aid workers confirmed that the villages burned.",
                "burned",
                speaker="Two aid workers",
                cue="confirmed",
            ),
            Said("Troops shelled a market in the south.", "shelled"),
        ],
    )
    claims = extract("d1", coded.events, coded.sentences, patterns, date(2024, 3, 2))
    kinds = {(c.sentence_index, c.kind) for c in claims}
    assert kinds == {(0, "claim"), (1, "denial"), (2, "confirmation")}  # the narrator's: none
    first = next(c for c in claims if c.sentence_index == 0)
    assert (first.speaker, first.anonymous, first.actor_country) == ("witnesses", True, "SDN")
    assert first.claim_date == "2024-03-02"


@pytest.mark.parametrize(
    "sentence",
    [
        "The story published on Monday is false and misleading, the spokesperson told reporters.",
        "The ministry denied the reports, calling them a provocation.",
        "These allegations are completely baseless, the embassy said.",
        "There is no truth in the rumours about a mobilisation, the governor wrote.",
        "Officials categorically rejected the accusation.",
    ],
)
def test_denial_statements(patterns: StatementPatterns, sentence: str) -> None:
    assert patterns.denial(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The report documents abuses in three provinces.",
        "Troops denied entry to the journalists at the checkpoint.",
        "The minister said the claims commission would meet on Friday.",
    ],
)
def test_sentences_that_deny_nothing(patterns: StatementPatterns, sentence: str) -> None:
    assert patterns.denial(sentence) is None


def test_speaker_of_a_quoted_denial(patterns: StatementPatterns) -> None:
    text = "“The article is wrong,” the foreign ministry spokesman said on Tuesday."
    assert patterns.speaker(text) == "the foreign ministry spokesman"


def test_event_claims_use_the_event_date_when_known(patterns: StatementPatterns) -> None:
    coded = make_document(
        "d2",
        "2024-05-01",
        [Said("Rebels took the town, officials said.", "took", speaker="officials")],
    )
    claim = from_event(coded.events[0], None)
    assert claim is not None and claim.claim_date is None
    claim = from_event(coded.events[0], date(2024, 5, 1))
    assert claim is not None and claim.claim_date == "2024-05-01"

"""Which responses answer which claims."""

from __future__ import annotations

import random
from dataclasses import replace

from tocsin.claims import Claim, links
from tocsin.claims.link import (
    RELATIONS,
    dyad_agreement,
    names,
    reporting_denial,
    same_event,
)

CLAIM = Claim(
    id="c1",
    doc_id="d1",
    sentence_index=0,
    sentence="Rwandan troops crossed into Congo last week, two officials said.",
    kind="claim",
    status="asserted",
    score=3.0,
    event="ASSAULT",
    actor_country="RWA",
    recipient_country="COD",
    speaker="two officials",
    anonymous=True,
    claim_date="2024-02-10",
)
DENIAL = replace(
    CLAIM,
    id="c2",
    sentence_index=3,
    sentence="Kigali denied that its troops crossed into Congo.",
    kind="denial",
    status="denied",
    score=-2.0,
    speaker="Kigali",
    anonymous=False,
)


def test_denial_of_the_same_event_contests_the_claim() -> None:
    (link,) = links([DENIAL], [CLAIM])
    assert (link.claim_id, link.response_id, link.relation) == ("c1", "c2", "denies")
    assert link.rule == "claims.same_event"
    assert link.score == 1.0


def test_a_response_answers_only_what_was_said_before_it() -> None:
    later = replace(CLAIM, sentence_index=5)
    assert links([DENIAL], [later]) == []


def test_other_dyads_and_other_events_are_not_linked() -> None:
    assert links([DENIAL], [replace(CLAIM, recipient_country="UGA")]) == []
    assert links([DENIAL], [replace(CLAIM, event="PROTEST")]) == []


def test_across_documents_within_the_window() -> None:
    elsewhere = replace(DENIAL, doc_id="d2", sentence_index=0, claim_date="2024-02-20")
    assert len(links([elsewhere], [CLAIM], window_days=30)) == 1
    too_late = replace(elsewhere, claim_date="2024-05-20")
    assert links([too_late], [CLAIM], window_days=30) == []


def test_confirmation() -> None:
    confirmation = replace(DENIAL, kind="confirmation", status="asserted", score=3.0)
    (link,) = links([confirmation], [CLAIM])
    assert link.relation == "confirms"


def test_denial_of_reporting_answers_anonymous_and_named_claims() -> None:
    statement = replace(
        DENIAL,
        id="s1",
        event=None,
        actor_country=None,
        recipient_country=None,
        kind="denial",
        status="asserted",
        sentence="The report is false, the Rwandan army spokesman said.",
        speaker="the Rwandan army spokesman",
    )
    named = replace(
        CLAIM,
        id="c3",
        sentence_index=1,
        anonymous=False,
        speaker="a lawmaker",
        sentence="A lawmaker said Kagame ordered the operation.",
    )
    unrelated = replace(
        named, id="c4", sentence_index=2, sentence="Separately, aid groups said roads were cut."
    )
    found = {(link.claim_id, link.rule) for link in links([statement], [CLAIM, named, unrelated])}
    assert found == {("c1", "claims.reporting_denial")}
    naming = replace(statement, sentence="The report about Kagame is false, the army said.")
    found = {link.claim_id for link in links([naming], [CLAIM, named, unrelated])}
    assert found == {"c1", "c3"}


def test_dyad_agreement_and_names() -> None:
    assert dyad_agreement(DENIAL, CLAIM) == 1.0
    assert dyad_agreement(replace(DENIAL, recipient_country=None), CLAIM) == 0.7
    assert dyad_agreement(replace(DENIAL, actor_country=None, recipient_country=None), CLAIM) == 0
    assert names("The reporting on Blinken is inaccurate, Miller said.") == {"Blinken", "Miller"}


def test_filed_linking_equals_comparing_every_pair() -> None:
    """Filing claims by document and dyad before comparing loses no link."""
    rng = random.Random(5)
    countries = ["RWA", "COD", "UGA", None]
    claims = [
        replace(
            CLAIM,
            id=f"c{i}",
            doc_id=f"d{rng.randint(0, 30)}",
            sentence_index=rng.randint(0, 6),
            sentence=rng.choice([CLAIM.sentence, "The report by Reuters was false.", "No names."]),
            kind=rng.choice(["claim", "claim", "denial", "confirmation"]),
            status=rng.choice(["asserted", "alleged", "denied"]),
            event=rng.choice(["ASSAULT", "THREATEN", None]),
            actor_country=rng.choice(countries),
            recipient_country=rng.choice(countries),
            speaker=rng.choice(["Kigali", "two officials", None]),
            anonymous=rng.random() < 0.5,
            claim_date=f"2024-0{rng.randint(1, 6)}-1{rng.randint(0, 9)}",
        )
        for i in range(300)
    ]
    every_pair = {
        (link.claim_id, link.response_id, link.relation)
        for response in claims
        if response.kind in RELATIONS
        for claim in claims
        if claim.id != response.id
        and (link := same_event(response, claim, 30) or reporting_denial(response, claim))
    }
    filed = {(link.claim_id, link.response_id, link.relation) for link in links(claims, claims)}
    assert filed == every_pair
    assert len(filed) > 20

"""Claims stored, linked within and across documents, and listed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from claims.records import Said, make_document
from tocsin.claims import ClaimLinkRow, link_claims, list_claims, update
from tocsin.models import Document
from tocsin.resources import data_path
from tocsin.store import Store


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store(f"sqlite:///{tmp_path / 'claims.db'}") as opened:
        yield opened


def save(store: Store, coded) -> list[str]:
    store.save(coded)
    return [e.id for e in coded.events]


CLAIMED = make_document(
    "doc-a",
    "2024-06-01",
    [
        Said(
            "Iranian drones struck a tanker off Oman, according to two shipping officials.",
            "struck",
            actor="IRN",
            recipient="OMN",
            speaker="two shipping officials",
            cue="according to",
            anonymous=True,
        ),
        Said("Markets fell sharply on Monday.", None),
    ],
)
DENIED = make_document(
    "doc-b",
    "2024-06-03",
    [
        Said(
            "Tehran denied that its drones struck any vessel near Oman.",
            "struck",
            actor="IRN",
            recipient="OMN",
            status="denied",
            score=-2.0,
            speaker="Tehran",
            cue="denied",
        ),
        Said("“These reports are fabricated,” the foreign ministry spokesman said.", None),
    ],
)


def test_a_denial_in_a_later_document_contests_the_claim(store: Store) -> None:
    update(store, save(store, CLAIMED))
    with store.session() as session:
        (claim,) = list_claims(session, kind="claim")
        assert not claim["contested"]
    update(store, save(store, DENIED))
    with store.session() as session:
        (claim,) = list_claims(session, kind="claim")
        assert claim["contested"]
        (response,) = claim["responses"]
        assert (response["relation"], response["rule"], response["speaker"]) == (
            "denies",
            "claims.same_event",
            "Tehran",
        )
        denials = list_claims(session, kind="denial")
        assert {d["doc_id"] for d in denials} == {"doc-b"}
        assert len(denials) == 2  # the denied event and the statement about "these reports"
        assert list_claims(session, country="omn", contested=True)[0]["id"] == claim["id"]
        assert list_claims(session, country="USA") == []


def test_update_is_idempotent(store: Store) -> None:
    ids = save(store, CLAIMED) + save(store, DENIED)
    first = update(store, ids)
    second = update(store, ids)
    assert first == second
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(ClaimLinkRow)) == 1
        assert link_claims(session, first) == 0


def test_reference_article_denial_contests_what_blinken_told_lawmakers(
    pipeline, store: Store
) -> None:
    text = data_path("samples/blinken-azerbaijan-armenia.txt").read_text(encoding="utf-8")
    coded = pipeline.code(Document(id=Document.make_id(text), text=text, date=date(2023, 10, 18)))
    update(store, save(store, coded))
    with store.session() as session:
        claims = list_claims(session, kind="claim")
        first_denial = min(d["sentence_index"] for d in list_claims(session, kind="denial"))
    lawmakers = [
        c
        for c in claims
        if "lawmakers" in c["sentence"]
        and "Blinken" in c["sentence"]
        and c["sentence_index"] < first_denial
    ]
    assert lawmakers, "the claim about what Blinken told lawmakers"
    for claim in lawmakers:
        assert claim["anonymous"]
        assert claim["contested"]
        deniers = {r["speaker"] or "" for r in claim["responses"] if r["relation"] == "denies"}
        assert any("State Department" in speaker for speaker in deniers)
    pallone = [c for c in claims if c["speaker"] == "Pallone"]
    assert pallone and not any(c["contested"] for c in pallone)


def test_a_list_gives_the_first_responses_and_counts_them_all(tmp_path) -> None:
    """A claim answered many times carries LIST_LINKS responses in a list, all of them alone."""
    from sqlalchemy import select

    from tocsin.claims.service import LIST_LINKS, get_claim, list_claims
    from tocsin.claims.tables import ClaimLinkRow, ClaimRow
    from tocsin.store import Store

    with Store(f"sqlite:///{tmp_path / 'links.db'}") as store, store.session() as session:
        fields = {
            "event_id": None,
            "sentence_index": 0,
            "event": "ACCUSE",
            "cameo": "112",
            "trigger": "said",
            "actor_country": "ARM",
            "recipient_country": "AZE",
            "score": 3.0,
            "speaker": None,
            "speaker_country": None,
            "speaker_sector": None,
            "attribution_cue": "said",
            "anonymous": True,
            "contested": True,
            "claim_date": "2023-05-01",
        }
        session.add(
            ClaimRow(
                id="cl-0",
                doc_id="d-0",
                sentence="Armland said so.",
                kind="claim",
                status="asserted",
                **fields,
            )
        )
        links = []
        for n in range(LIST_LINKS + 5):
            session.add(
                ClaimRow(
                    id=f"cl-r{n:02d}",
                    doc_id=f"d-r{n:02d}",
                    kind="denial",
                    sentence=f"Azerland denied it ({n}).",
                    status="denied",
                    **{**fields, "contested": False},
                )
            )
            links.append(
                ClaimLinkRow(
                    claim_id="cl-0",
                    response_id=f"cl-r{n:02d}",
                    relation="denies",
                    rule="claims.same_event",
                    score=1.0,
                )
            )
        session.flush()  # the claims before the links that name them
        session.add_all(links)
        session.commit()
        listed = next(c for c in list_claims(session, limit=50) if c["id"] == "cl-0")
        assert [r["id"] for r in listed["responses"]] == [f"cl-r{n:02d}" for n in range(LIST_LINKS)]
        assert listed["responses_total"] == LIST_LINKS + 5
        one = get_claim(session, "cl-0")
        assert one is not None and len(one["responses"]) == one["responses_total"] == LIST_LINKS + 5
        answered = next(c for c in list_claims(session, limit=50) if c["id"] == "cl-r03")
        assert answered["answers_total"] == 1 and answered["answers"][0]["id"] == "cl-0"
        assert session.scalar(select(ClaimRow.id).where(ClaimRow.id == "cl-0")) == "cl-0"

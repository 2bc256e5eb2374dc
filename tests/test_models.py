import json

import pytest

from record_schema import schema_errors
from tocsin.models import (
    Acled,
    ActorRef,
    Attribution,
    Document,
    Event,
    EventDate,
    Evidence,
    Factuality,
    Location,
    Size,
    Speaker,
    Trigger,
)


def make_event(**changes) -> Event:
    fields = dict(
        id=Event.make_id("doc-1", 3, 812),
        doc_id="doc-1",
        sentence_index=3,
        sentence="Azerbaijan's invasion of Nagorno-Karabakh in September displaced thousands.",
        trigger=Trigger("invasion", 812, 820),
        event="ASSAULT",
        cameo="190",
        quad_class=4,
        goldstein=-10.0,
        mode=None,
        context=("territory",),
        acled=Acled("Battles", "Armed clash"),
        actor=ActorRef("Azerbaijan", "Azerbaijan", "AZE", "AZE", None, "country.AZE"),
        recipient=ActorRef("Nagorno-Karabakh", "Nagorno-Karabakh", "AZE", "AZE", None, "t.NKR"),
        factuality=Factuality("asserted", 3.0, None),
        attribution=Attribution(Speaker("two people familiar", None, None), "according to", True),
        date=EventDate("2023-09", "month", "in September"),
        location=Location("Nagorno-Karabakh", "AZE", "Karabakh", 39.8, 46.7, "admin1"),
        size=Size(displaced=100000, approximate=True),
        confidence=0.87,
        evidence=Evidence(rule="verbs.invade.v1", actor_rule="poss"),
    )
    fields.update(changes)
    return Event(**fields)


def test_record_round_trips_through_json() -> None:
    event = make_event()
    data = json.loads(json.dumps(event.to_dict()))
    assert Event.from_dict(data) == event


def test_full_record_matches_the_schema() -> None:
    assert schema_errors(make_event().to_dict()) == []


def test_sparse_record_matches_the_schema() -> None:
    event = make_event(acled=None, recipient=None, date=None, location=None, size=None)
    record = event.to_dict()
    assert schema_errors(record) == []
    assert record["size"]["displaced"] is None


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"event": "INVADE"}, "event"),
        ({"cameo": 190}, "cameo"),
        ({"quad_class": 5}, "quad_class"),
        ({"confidence": 1.5}, "confidence"),
    ],
)
def test_schema_rejects_broken_records(change: dict, path: str) -> None:
    record = make_event().to_dict() | change
    assert any(error.startswith(path) for error in schema_errors(record))


def test_unknown_factuality_status_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown factuality status"):
        Factuality("rumoured", 1.0)


def test_ids_are_stable_and_distinct() -> None:
    assert Event.make_id("d", 1, 5) == Event.make_id("d", 1, 5)
    assert Event.make_id("d", 1, 5) != Event.make_id("d", 1, 6)
    assert Event.make_id("d", 1, 5, "AZE|ARM") != Event.make_id("d", 1, 5, "AZE|IRN")
    assert Document.make_id(" text ") == Document.make_id("text")


@pytest.mark.parametrize(
    "event",
    [
        make_event(),
        make_event(size=None, date=None, location=None, attribution=None, context=()),
        make_event(evidence=Evidence(rule="r", merged=("a", "b"))),
    ],
)
def test_plain_gives_what_asdict_gives(event: Event) -> None:
    from dataclasses import asdict

    from tocsin.models import plain

    data = plain(event)
    assert data == asdict(event)
    assert [type(v) for v in data.values()] == [type(v) for v in asdict(event).values()]

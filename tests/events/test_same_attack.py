"""One record per attack in a sentence: records of one dyad at one place folded together."""

from __future__ import annotations

from datetime import date

from tocsin.events.same_attack import RULE_ID

WHEN = date(2016, 3, 1)


def _assaults(pipeline, text: str):
    happened = ("asserted", "alleged")
    return [
        e
        for e in pipeline.code_text(text, date=WHEN)
        if e.event == "ASSAULT" and e.factuality.status in happened
    ]


def test_one_dyad_at_one_place_is_one_record(pipeline) -> None:
    found = _assaults(
        pipeline,
        "Houthi rebels shelled the town of Taiz and fighting between them and government "
        "forces continued in the city",
    )
    assert len(found) == 1
    assert found[0].trigger.text == "shelled"
    assert any(m.startswith("fighting@") and m.endswith(RULE_ID) for m in found[0].evidence.merged)


def test_two_verbs_of_one_fight_are_one_record(pipeline) -> None:
    found = _assaults(
        pipeline,
        "Government troops and Houthi rebels exchanged fire and fought in the city of Taiz, "
        "leaving five dead",
    )
    assert len(found) == 1


def test_one_dyad_at_two_named_places_stays_two(pipeline) -> None:
    found = _assaults(
        pipeline,
        "Government troops attacked Houthi positions in Taiz and raided Houthi positions in Marib",
    )
    assert len(found) == 2


def test_a_record_with_no_party_at_the_same_place_is_folded(pipeline) -> None:
    found = _assaults(
        pipeline, "Houthi rebels shelled the town of Taiz and an explosion rocked the city"
    )
    assert len(found) == 1
    assert any(m.startswith("explosion@") for m in found[0].evidence.merged)


def test_a_record_with_no_party_at_another_named_place_stays(pipeline) -> None:
    found = _assaults(
        pipeline, "Houthi rebels shelled the town of Taiz and an explosion rocked Al Mukalla"
    )
    assert len(found) == 2


def test_an_earlier_attack_told_as_the_time_of_another_stays(pipeline) -> None:
    found = _assaults(
        pipeline,
        "Two days after government troops attacked Houthi positions in Taiz, government "
        "troops attacked Houthi positions in the city",
    )
    assert len(found) == 2

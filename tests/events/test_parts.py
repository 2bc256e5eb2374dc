"""A merged record completed from the parties its other triggers are given."""

from __future__ import annotations

from dataclasses import replace

from tocsin.events.candidates import CameoInfo, Candidate
from tocsin.events.parts import completed, missing, needs_parts
from tocsin.models import ActorRef

INFO = CameoInfo("190", "Use conventional military force", "ASSAULT", None, (), 4, -10.0, None)
ARMY = ActorRef(text="army", code="XYZMIL", country="XYZ", sector="MIL")
REBELS = ActorRef(text="rebels", code="XYZREB", country="XYZ", sector="REB")
VILLAGE = ActorRef(text="the village", code=None)


def _candidate(start: int, **parties: object) -> Candidate:
    return Candidate(trigger_start=start, trigger_end=start + 1, info=INFO, rule="r", **parties)


def test_a_missing_party_comes_from_the_first_part_that_has_one() -> None:
    part = _candidate(5)
    merged = replace(_candidate(1, actor=ARMY, actor_rule="nsubj"), parts=(part,))
    assert needs_parts(merged)

    def build(candidate: Candidate) -> Candidate:
        return replace(candidate, recipient=REBELS, recipient_rule="theatre.opponent")

    result = completed(merged, build)
    assert result.actor == ARMY and result.actor_rule == "nsubj"
    assert result.recipient == REBELS
    assert result.recipient_rule == "theatre.opponent+mention.part"


def test_a_named_party_is_kept() -> None:
    merged = replace(
        _candidate(1, actor=ARMY, actor_rule="nsubj", recipient=REBELS, recipient_rule="dobj"),
        parts=(_candidate(5),),
    )
    assert not needs_parts(merged)


def test_words_no_dictionary_codes_count_as_missing() -> None:
    candidate = _candidate(1, recipient=VILLAGE, recipient_rule="dobj")
    assert missing(candidate, "recipient") and missing(candidate, "actor")


def test_an_actor_is_not_taken_as_its_own_recipient() -> None:
    merged = replace(_candidate(1, actor=ARMY, actor_rule="nsubj"), parts=(_candidate(5),))

    def build(candidate: Candidate) -> Candidate:
        return replace(candidate, recipient=ARMY, recipient_rule="dobj")

    assert completed(merged, build).recipient is None


def test_without_parts_nothing_is_built() -> None:
    calls: list[Candidate] = []
    merged = _candidate(1)
    assert not needs_parts(merged)
    assert completed(merged, lambda c: calls.append(c) or c) == merged
    assert calls == []

"""Neighbouring triggers of one act of force, set apart only by an anchored boundary."""

from __future__ import annotations

from tocsin.context import MentionIndex
from tocsin.events.adjacent import adjacent_pairs


def _groups(doc, *words: str) -> list[frozenset[int]]:
    """One group per trigger word, by its first occurrence."""
    found = []
    for word in words:
        token = next(t for t in doc if t.text == word and t.i not in {i for g in found for i in g})
        found.append(frozenset({token.i}))
    return found


def _pairs(pipeline, text: str, *words: str) -> list[tuple[int, int]]:
    doc = pipeline.nlp(text)
    sent = next(iter(doc.sents))
    return adjacent_pairs(_groups(doc, *words), sent, MentionIndex.build([]))


def test_triggers_with_no_boundary_between_them_are_one_mention(pipeline) -> None:
    assert _pairs(
        pipeline, "Heavy bombardment targeted the old quarter overnight", "bombardment", "targeted"
    ) == [(0, 1)]


def test_a_boundary_with_a_place_on_each_side_sets_two_attacks_apart(pipeline) -> None:
    text = "Clashes in the northern hills and shelling on the river port"
    assert _pairs(pipeline, text, "Clashes", "shelling") == []


def test_a_boundary_with_nothing_of_its_own_after_it_does_not(pipeline) -> None:
    text = "Artillery shells hit the harbour district, casualties reported"
    assert _pairs(pipeline, text, "hit", "casualties") == [(0, 1)]


def test_words_of_time_and_manner_are_not_places(pipeline) -> None:
    text = "Shelling continued for hours and clashes erupted near the old bridge"
    assert _pairs(pipeline, text, "Shelling", "clashes") == [(0, 1)]


def test_the_words_before_a_boundary_are_read_back_to_the_start_of_the_run(pipeline) -> None:
    text = (
        "Militants attack an outpost in the valley and kill two, "
        "while jets strike a depot near the coast"
    )
    assert _pairs(pipeline, text, "attack", "kill", "strike") == [(0, 1)]

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The central bank launched an attack on inflation.",
        "The president declared war on poverty.",
        "The striker attacked the defence and scored in the final minute.",
        "Their team fought hard but lost the match after a late goal.",
    ],
)
def test_false_friends_give_no_assault(extract, text):
    assert [c.rule for c in extract(text) if c.info.event == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched an attack on Ukraine.",
        "Rebels fought the army for the town.",
    ],
)
def test_real_violence_survives(extract, text):
    assert [c for c in extract(text) if c.info.event == "ASSAULT"]


def test_labour_strike_is_a_protest(extract):
    found = extract("Teachers went on strike over pay.")
    assert [c.info.code[:3] for c in found] == ["143"]


def test_a_military_strike_near_staff_is_no_labour_strike(extract):
    """ "staff" and "workers" near an *air* strike do not make it a walkout."""
    found = extract("An air strike hit the clinic, killing nine staff and two workers.")
    assert not [c for c in found if c.info.code.startswith("143")]


def test_word_inside_a_name_is_not_a_trigger(extract):
    assert not [
        c
        for c in extract("He read the Freedom Support Act carefully.")
        if c.info.event == "SUPPORT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army mounted an invasion of the valley, thrusting forward in at least two places.",
        "Police jailed twelve fans after the football match ended in a tournament riot.",
        "The right-winger threatened to attack the neighbouring state.",
    ],
)
def test_sport_words_in_passing_do_not_block_real_conflict(extract, text):
    assert [c for c in extract(text) if c.info.event in ("ASSAULT", "COERCE", "THREATEN")]


def test_an_abstract_word_modifying_a_real_target_does_not_block(extract):
    """ "war on *terror*" is abstract; "*terror* targets" are targets."""
    assert [
        c
        for c in extract("The army struck terror targets in the valley.")
        if c.info.event == "ASSAULT"
    ]

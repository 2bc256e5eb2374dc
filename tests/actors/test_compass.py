"""A capitalised compass word before a proper name is part of a place, not the West."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters dropped barrel bombs on the Western Ghouta.",
        "Government troops shelled Western Mosul for a third day.",
        "Rebels attacked an outpost in Western al-Qalamoun.",
    ],
)
def test_a_compass_word_before_a_name_is_no_region_of_states(mentions, text) -> None:
    assert all(f.actor.country != "WST" for _, f in mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Western diplomats condemned the strikes.",
        "Western Officials Condemn Strikes On Hospitals",
        "Western Powers Condemn Strike On Syrian Town",
        "Moscow will withdraw as long as Western Allied troops withdraw too.",
    ],
)
def test_the_west_stays_the_west(mentions, text) -> None:
    assert any(f.actor.country == "WST" for _, f in mentions(text))


def test_the_place_is_read_with_its_compass_word(pipeline) -> None:
    """With no party read from "Western", the town is where the shelling happened."""
    events = pipeline.code_text("Government troops shelled Western Mosul for a third day.")
    assert any(e.location is not None and e.location.country == "IRQ" for e in events)
    assert all(e.recipient is None or e.recipient.country != "WST" for e in events)

"""The factions of a war as its rebels (``tocsin.events.theatre.armed_groups``)."""

from __future__ import annotations

from datetime import date


def test_factions_in_an_act_of_force_are_armed(pipeline, only) -> None:
    text = "DAMASCUS, Syria (Reuters) - The factions shell positions of the regime forces."
    event = only(pipeline, text, date(2017, 12, 15))
    assert (event.actor.code, event.actor.text) == ("SYRREB", "The factions")
    assert event.evidence.actor_rule.endswith("+theatre.armed_group")
    assert event.recipient.code == "SYRMIL"
    # outside an act of force a faction stays a political one
    talk = [
        e
        for e in pipeline.code_text(
            "The ruling party's factions met in Ankara.", date=date(2017, 1, 2)
        )
        if e.actor is not None and "faction" in e.actor.text
    ]
    assert all(e.actor.sector != "REB" for e in talk)

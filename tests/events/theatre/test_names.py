"""A theatre's own names for its parties (``tocsin.events.theatre.names``)."""

from __future__ import annotations

from datetime import date


def test_a_theatres_own_name_for_a_party(pipeline, assaults) -> None:
    # in Syria "the Kurdish units" are the YPG, which leads the SDF
    text = "DAMASCUS, Syria (Reuters) - Turkish forces clash with the Kurdish units near Afrin."
    found = assaults(pipeline, text, date(2018, 2, 10))
    named = [e for e in found if e.recipient is not None and e.recipient.entry]
    assert any(e.recipient.entry.startswith("org.sdf") for e in named), found
    rules = [e.evidence.recipient_rule or "" for e in named]
    assert any(r.endswith("+theatre.name") for r in rules)


def test_the_monitors_organization_is_the_islamic_state(pipeline, assaults) -> None:
    text = (
        "DAMASCUS, Syria (Reuters) - Twelve SDF fighters were killed in a dawn attack by "
        "the organization on their posts near the river."
    )
    found = assaults(pipeline, text, date(2018, 11, 3))
    assert any(
        e.actor is not None
        and (e.actor.entry or "").startswith("org.isis")
        and e.recipient is not None
        and (e.recipient.entry or "").startswith("org.sdf")
        for e in found
    ), found


def test_members_of_the_organization_are_its_own(pipeline, assaults) -> None:
    text = (
        "DAMASCUS, Syria (Reuters) - Fierce clashes erupt between the factions and cells of the "
        "organization near Idlib."
    )
    found = assaults(pipeline, text, date(2018, 9, 3))
    assert any(
        e.recipient is not None
        and (e.recipient.entry or "").startswith("org.isis")
        and e.recipient.text == "cells"
        for e in found
    ), found


def test_a_name_before_the_verb_is_not_the_objects_name(pipeline, assaults) -> None:
    # "coalition" is the subject's word: the commander it targets is not the coalition's
    text = (
        "DAMASCUS, Syria (Reuters) - Coalition targets a commander of the Islamic State near Hajin."
    )
    found = assaults(pipeline, text, date(2018, 10, 2))
    assert found
    assert all(
        e.recipient is None or not (e.recipient.entry or "").startswith("org.us-led") for e in found
    ), found

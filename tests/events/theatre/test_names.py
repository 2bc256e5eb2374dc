"""A theatre's own names for its parties (``tocsin.events.theatre.names``)."""

from __future__ import annotations

from datetime import date

import pytest

MAPUTO = "MAPUTO, Mozambique (AFP) - Insurgents killed nine villagers near Macomia."


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


@pytest.mark.parametrize(
    ("text", "year", "entry", "country"),
    [
        (MAPUTO, 2018, "org.ansar-al-sunna-moz", "MOZ"),
        (MAPUTO, 2021, "org.isis#mozambique-province", "MOZ"),
        (
            "CAIRO, Egypt (AP) - Militants killed five soldiers near El-Arish.",
            2017,
            "org.isis#sinai-province",
            "EGY",
        ),
        (
            "BAGHDAD, Iraq (Reuters) - Sunni militants attacked an army post near Baiji.",
            2014,
            "org.isis",
            "IMGSUN",
        ),
        (
            "KHARTOUM, Sudan (AFP) - Paramilitaries shelled the army's headquarters.",
            2024,
            "org.sdn-rsf",
            "SDN",
        ),
        (
            "JERUSALEM (Reuters) - Gunmen opened fire on a bus near Beersheba.",
            2016,
            "theatre.israel-palestine",
            "PSE",
        ),
    ],
)
def test_an_insurgency_s_one_group_under_the_name_of_the_day(
    pipeline, assaults, text, year, entry, country
) -> None:
    """In Cabo Delgado "insurgents" are Ahl al-Sunna wal-Jama'a, then the Islamic State's
    branch from its first claim there (June 2019); "militants" in Sinai its Sinai Province;
    Iraq's "Sunni militants" the Islamic State; Sudan's "paramilitaries" the RSF (2023); the
    "gunmen" who attack Israelis the Palestinian armed groups."""
    found = assaults(pipeline, text, date(year, 3, 1))
    actors = [e.actor for e in found if e.actor is not None]
    assert any(
        (a.entry or "").split("#")[0] == entry.split("#")[0]
        and (a.entry == entry or "#" not in entry)
        and a.country == country
        for a in actors
    ), found

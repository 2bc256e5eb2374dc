"""Peoples, clans and tribes as the parties of communal fighting (``peoples.yaml``)."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.actors.entries import PEOPLE_PREFIX
from tocsin.resources import load_yaml

WHEN = date(2020, 3, 1)


def test_every_people_has_an_id_a_name_and_names() -> None:
    peoples = load_yaml("actors/peoples.yaml")["peoples"]
    ids = [p["id"] for p in peoples]
    assert len(ids) == len(set(ids))
    for people in peoples:
        assert people["id"].startswith(PEOPLE_PREFIX)
        assert people["name"] and people["names"]
        assert people["sector"] == "CVL"


@pytest.mark.parametrize(
    ("text", "span", "entry", "sector"),
    [
        ("Murle gunmen raided a cattle camp.", "Murle gunmen", "people.murle", "REB"),
        ("Fulani herders lost their cattle.", "Fulani herders", "people.fulani", "AGR"),
        ("Dinka Bor villagers fled the town.", "Dinka Bor villagers", "people.dinka#bor", "CVL"),
        ("The Tebu accused the Tuareg of the killing.", "Tebu", "people.tebu", "CVL"),
    ],
)
def test_a_people_takes_the_kind_of_the_noun_after_it(mentions, text, span, entry, sector):
    found = dict(mentions(text, WHEN))
    assert found[span].actor.entry == entry
    assert found[span].actor.sector == sector


def test_a_people_of_one_state_has_its_country(mentions) -> None:
    found = dict(mentions("Turkana herders were attacked near Kapedo.", WHEN))
    assert found["Turkana herders"].actor.country == "KEN"


def test_a_people_of_several_states_waits_for_the_setting(mentions) -> None:
    found = dict(mentions("Fulani militias burned the village.", WHEN))
    assert found["Fulani militias"].actor.country is None


def test_a_name_shared_with_people_and_places_alone_is_no_people(resolver) -> None:
    """The Issa clan is named as a clan: "Issa" alone is a first name and part of town names."""
    assert resolver.lookup("Issa") is None
    assert resolver.lookup("the Issa clan").entry == "people.issa"


def test_field_datasets_names_of_peoples_map_to_the_entries(resolver) -> None:
    """UCDP names a side by the bare people ("Turkana", "Issa", "Bor Dinka")."""
    from tocsin.evaluation.ged_sides import SideMapper

    sides = SideMapper.load(resolver.lookup)
    for name, country, entry in (
        ("Turkana", "KEN", "people.turkana"),
        ("Issa", "ETH", "people.issa"),
        ("Bor Dinka", "SSD", "people.dinka#bor"),
        ("Rizeigat Baggara", "SDN", "people.rizeigat"),
    ):
        assert [p.entry for p in sides.side(name, country).parties] == [entry], name

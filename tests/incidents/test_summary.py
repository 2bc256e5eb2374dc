"""An incident as a whole: only the tolls of its own reports' span count; an attacker nobody
named is kept apart from the state's forces."""

from __future__ import annotations

from incidents.factories import summaries as incidents

RAID = {"actor": "MLI/MIL", "recipient": "MLI/REB"}
MOPTI = {"name": "Mopti", "country": "MLI", "lat": 14.49, "lon": -4.19}


def test_a_years_toll_merged_into_a_days_raid_is_not_the_raids_toll(weights) -> None:
    found = incidents(
        [
            {**RAID, "doc": "a", "date": "2023-04-11", "place": MOPTI},
            {**RAID, "doc": "b", "date": "2023", "precision": "year", "killed": 3000}
            | {"published": "2024-01-03"},
        ],
        weights,
    )
    (raid,) = found  # the year's report matches the raid: one incident
    assert raid.n_documents == 2 and raid.date_precision == "day"
    assert raid.killed is None


def test_tolls_as_precise_as_the_incident_still_count(weights) -> None:
    (raid,) = incidents(
        [
            {**RAID, "doc": "a", "date": "2023-04-11", "place": MOPTI, "killed": 12},
            {**RAID, "doc": "b", "date": "2023-04-11", "place": MOPTI, "killed": 14},
            {**RAID, "doc": "c", "date": "2023-04", "precision": "month", "killed": 400}
            | {"published": "2023-05-01"},
        ],
        weights,
    )
    assert raid.killed == 14
    year = {"date": "2023", "precision": "year", "published": "2024-01-03"}
    (years_raids,) = incidents([{**RAID, **year, "doc": "a", "killed": 40}], weights)
    assert years_raids.killed == 40  # its own report: a year's span, as the incident's


BLAST = {"recipient": "MLI/CVL", "date": "2023-04-11", "place": MOPTI, "cameo": "183"}
UNNAMED = {"actor": "MLI/UAF", "actor_rule": "unidentified.place"}


def test_an_attacker_nobody_named_is_no_state_force(weights) -> None:
    (blast,) = incidents([{**BLAST, **UNNAMED, "doc": "a"}], weights)
    assert (blast.actor_key, blast.actor_sector) == ("MLI", "UNID")
    # a militia the dictionary codes UAF, named in the text, stays UAF
    (militia,) = incidents([{**BLAST, "actor": "MLI/UAF", "doc": "a"}], weights)
    assert militia.actor_sector == "UAF"


def test_the_wars_stand_in_for_who_fired_on_civilians_is_no_identified_attacker(weights) -> None:
    """ "Shells kill four children": the front's side that fires is inferred (theatre.victims);
    UCDP counts no one-sided violence without an identified perpetrator."""
    stand_in = {"actor": "MLI/MIL", "actor_rule": "theatre.victims", "doc": "a"}
    (shells,) = incidents([{**BLAST, **stand_in}], weights)
    assert shells.actor_sector == "UNID"
    # against an armed side, the stand-in is the war's side and keeps its sector
    (front,) = incidents([{**BLAST, **stand_in, "recipient": "MLI/REB"}], weights)
    assert front.actor_sector == "MIL"
    # a later report naming the attacker names it
    named = {"actor": "MLI/MIL", "doc": "b"}
    (both,) = incidents([{**BLAST, **stand_in}, {**BLAST, **named}], weights)
    assert both.actor_sector == "MIL"

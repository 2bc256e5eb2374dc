"""Truth files in one form: families, country pairs, the country of an export without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tocsin.errors import InputError
from tocsin.truth.violence import read_truth
from truth.test_acled import write_acled
from truth.test_ucdp import write_ged


def ged_row(ident: int, day: str, kind: int, conflict: str, a: str, b: str, best: int) -> dict:
    return {
        "id": str(ident),
        "date_start": day,
        "date_end": day,
        "type_of_violence": str(kind),
        "conflict_name": conflict,
        "side_a": a,
        "side_b": b,
        "best": str(best),
        "date_prec": "1",
    }


def test_ged_sides_give_families_and_pairs(tmp_path: Path) -> None:
    path = write_ged(
        tmp_path / "ged.csv",
        [
            ged_row(
                1,
                "2020-01-02",
                1,
                "Armenia: Government",
                "Government of Armenia",
                "Armenian insurgents",
                5,
            ),
            ged_row(
                2, "2020-01-03", 1, "Armenia: Red Hand", "Government of Armenia", "Red Hand", 4
            ),
            ged_row(3, "2020-01-04", 2, "Red Hand - Blue Hand", "Red Hand", "Blue Hand", 3),
            ged_row(4, "2020-01-05", 3, "Red Hand - Civilians", "Red Hand", "Civilians", 2),
            ged_row(
                5,
                "2020-01-06",
                1,
                "Azerbaijan - Armenia",
                "Government of Azerbaijan",
                "Government of Armenia",
                9,
            ),
        ],
    )
    truth = read_truth(path)
    assert truth.source == "UCDP GED"
    found = [(e.country, e.family, e.pair) for e in truth.events]
    assert found == [
        ("ARM", "state-rebels", None),
        ("ARM", "state-groups", None),
        ("ARM", "non-state", None),
        ("ARM", "one-sided", None),
        ("ARM", None, "ARM–AZE"),
    ]
    units = {u.key for u in truth.events[0].units()}
    assert units == {"ARM", "ARM:state-rebels"}


def test_acled_actor_types_give_families(tmp_path: Path) -> None:
    path = write_acled(
        tmp_path / "acled.csv",
        [
            {
                "event_date": "2021-04-03",
                "event_type": "Battles",
                "actor1": "Military Forces of Armenia (2018-)",
                "inter1": "1",
                "actor2": "Red Hand Brigade",
                "inter2": "2",
                "country": "Armenia",
                "fatalities": "12",
            },
            {
                "event_date": "2021-04-04",
                "event_type": "Violence against civilians",
                "actor1": "Blue Militia",
                "inter1": "3",
                "actor2": "Civilians (Armenia)",
                "inter2": "7",
                "country": "Armenia",
                "fatalities": "2",
            },
            {
                "event_date": "2021-04-05",
                "event_type": "Battles",
                "actor1": "Military Forces of Azerbaijan (2003-)",
                "inter1": "8",
                "actor2": "Military Forces of Armenia (2018-)",
                "inter2": "1",
                "country": "Armenia",
                "fatalities": "7",
            },
            {
                "event_date": "2021-04-05",
                "event_type": "Violence against civilians",
                "actor1": "Unidentified Armed Group (Armenia)",
                "inter1": "3",
                "actor2": "Civilians (Armenia)",
                "inter2": "7",
                "country": "Armenia",
                "fatalities": "4",
            },
            {
                "event_date": "2021-04-06",
                "event_type": "Protests",
                "actor1": "Protesters",
                "inter1": "6",
                "country": "Armenia",
                "fatalities": "0",
            },
        ],
    )
    truth = read_truth(path)
    assert truth.source == "ACLED"
    assert [(e.family, e.pair, e.deaths) for e in truth.events] == [
        ("state-rebels", None, 12),
        ("one-sided", None, 2),
        (None, "ARM–AZE", 7),
        (None, None, 4),  # an attacker nobody identified: no family, as tocsin keeps its own
    ]


def test_an_export_without_country_column_takes_its_main_country(tmp_path: Path) -> None:
    path = write_ged(
        tmp_path / "ged.csv",
        [
            ged_row(
                1,
                "2020-01-02",
                1,
                "Armenia: Government",
                "Government of Armenia",
                "Armenian insurgents",
                5,
            ),
            ged_row(
                2,
                "2020-01-03",
                1,
                "Armenia: Government",
                "Government of Armenia",
                "Armenian insurgents",
                5,
            ),
            ged_row(
                3, "2020-01-04", 1, "Georgia: Red Hand", "Government of Georgia", "Red Hand", 4
            ),
        ],
    )
    assert {e.country for e in read_truth(path).events} == {"ARM"}


def test_other_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a UCDP GED or ACLED"):
        read_truth(other)
    with pytest.raises(InputError, match="cannot read"):
        read_truth(tmp_path / "missing.csv")


def test_foreign_forces_beside_a_local_side_count_in_its_family(tmp_path: Path) -> None:
    """Russia's forces in the Donbas before the invasion fought beside the separatists: the
    truth's row counts, as tocsin's record of it does, in state forces vs rebels."""
    row = {
        "event_type": "Battles",
        "actor1": "Military Forces of Russia (2000-)",
        "inter1": "8",
        "actor2": "Military Forces of Ukraine (2014-2019)",
        "inter2": "1",
        "country": "Ukraine",
        "fatalities": "5",
    }
    path = write_acled(
        tmp_path / "acled.csv",
        [{**row, "event_date": "2015-02-01"}, {**row, "event_date": "2022-03-01"}],
    )
    assert [(e.family, e.pair) for e in read_truth(path).events] == [
        ("state-rebels", "RUS–UKR"),
        (None, "RUS–UKR"),
    ]

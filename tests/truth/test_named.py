"""Named armed groups of a truth file read as tocsin's dictionary reads them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tocsin.evaluation.ged_sides import SideMapper
from tocsin.models import ActorRef
from tocsin.signals.levels import bundled_sides
from tocsin.truth.named import NamedSides
from tocsin.truth.violence import read_truth
from truth.test_acled import write_acled
from truth.test_ucdp import write_ged
from truth.test_violence import ged_row


def _dictionary(pipeline) -> NamedSides:
    return NamedSides(SideMapper.load(pipeline.actors.lookup).organisation, bundled_sides())


def test_a_group_with_a_country_is_its_rebels_and_one_without_a_named_group(pipeline) -> None:
    named = _dictionary(pipeline)
    day = date(2019, 5, 1)
    taliban = named.side("Taleban", day)
    assert taliban is not None and (taliban.kind, taliban.code) == ("rebels", "AFG/REB")
    islamic_state = named.side("IS", day)
    assert islamic_state is not None and islamic_state.kind == "group"
    assert named.side("Islamic State (Syria)", day) == islamic_state  # ACLED's qualifier
    assert named.side("Red Hand Brigade of the Moon", day) is None  # unknown: the file decides


def test_a_dated_role_is_read_on_the_event_day() -> None:
    def organisation(words: str, when: date | None) -> ActorRef | None:
        sector = "GOV" if when and when >= date(2021, 8, 15) else "REB"
        return ActorRef(text=words, country="AFG", sector=sector, entry="org.taliban")

    named = NamedSides(organisation, bundled_sides())
    assert named.side("Taliban", date(2021, 3, 1)).kind == "rebels"
    assert named.side("Taliban", date(2021, 9, 1)) is None  # a government: no non-state side
    # the role ends mid-month: each day of August 2021 is read as on that day
    assert named.side("Taliban", date(2021, 8, 10)).kind == "rebels"
    assert named.side("Taliban", date(2021, 8, 20)) is None
    assert named.side("Taliban", date(2021, 8, 14)).kind == "rebels"


def test_an_alias_after_a_dash_is_read_when_the_whole_name_is_not() -> None:
    asked: list[str] = []

    def organisation(words: str, when: date | None) -> ActorRef | None:
        asked.append(words)
        if words == "Boko Haram":
            return ActorRef(text=words, country="NGA", sector="REB", entry="org.boko-haram")
        return None

    named = NamedSides(organisation, bundled_sides())
    side = named.side(
        "Boko Haram - Jamatu Ahli Sunna lid-Dawati wal-Jihad (Nigeria)", date(2020, 1, 1)
    )
    assert side is not None and side.code == "NGA/REB"
    assert asked[:2] == ["Boko Haram - Jamatu Ahli Sunna lid-Dawati wal-Jihad", "Boko Haram"]
    assert set(asked) == set(asked[:2])


def test_ged_state_based_fighting_takes_the_family_tocsin_codes(pipeline, tmp_path: Path) -> None:
    path = write_ged(
        tmp_path / "ged.csv",
        [
            ged_row(
                1,
                "2019-05-02",
                1,
                "Afghanistan: Government",
                "Government of Afghanistan",
                "Taleban",
                30,
            ),
            ged_row(
                2, "2019-05-03", 1, "Afghanistan: Government", "Government of Afghanistan", "IS", 12
            ),
            ged_row(3, "2019-05-04", 2, "IS - Taleban", "IS", "Taleban", 7),
        ],
    )
    by_file = [e.family for e in read_truth(path).events]
    assert by_file == ["state-groups", "state-groups", "non-state"]
    read = [e.family for e in read_truth(path, _dictionary(pipeline)).events]
    # the Islamic State in Afghanistan is its Khorasan Province, Afghanistan's rebels, as
    # tocsin codes "ISKP" and "the Islamic State" in an Afghan report (tocsin.signals.levels)
    assert read == ["state-rebels", "state-rebels", "non-state"]


def test_acled_rebels_tocsin_reads_as_a_named_group_are_one(pipeline, tmp_path: Path) -> None:
    path = write_acled(
        tmp_path / "acled.csv",
        [
            {
                "event_date": "2019-04-03",
                "event_type": "Battles",
                "actor1": "Military Forces of Syria (2000-)",
                "inter1": "1",
                "actor2": "Islamic State (Syria)",
                "inter2": "2",
                "country": "Syria",
                "fatalities": "12",
            },
        ],
    )
    assert [e.family for e in read_truth(path).events] == ["state-rebels"]
    assert [e.family for e in read_truth(path, _dictionary(pipeline)).events] == ["state-groups"]


def test_a_group_the_dictionary_does_not_know_is_its_countrys_rebels(
    pipeline, tmp_path: Path
) -> None:
    path = write_ged(
        tmp_path / "ged.csv",
        [
            ged_row(
                1,
                "2019-05-02",
                1,
                "Cameroon: Ambazonia",
                "Government of Cameroon",
                "Red Hand Defence Brigades",
                9,
            ),
            ged_row(2, "2019-05-03", 2, "Red Hand - Blue Hand", "Red Hand", "Blue Hand", 4),
        ],
    )
    assert [e.family for e in read_truth(path).events] == ["state-groups", "non-state"]
    # read as tocsin codes fighters it cannot name ("separatists"): Cameroon's rebels
    read = [e.family for e in read_truth(path, _dictionary(pipeline)).events]
    assert read == ["state-rebels", "non-state"]

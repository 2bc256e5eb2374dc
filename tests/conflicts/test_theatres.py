"""The war theatres file: loading, checks that name the file and field, and the lookups."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from tocsin.conflicts.theatres import Party, load_theatres
from tocsin.errors import DataFileError
from tocsin.models import ActorRef
from tocsin.resources import load_yaml

STATES = {"ABC", "DEF", "USA", "SYR", "RUS"}
ENTRIES = {"org.front", "org.league"}


def small() -> dict:
    """A file of one invented war, for the checks."""
    return {
        "provenance": {"source": "test", "licence": "MIT", "notes": ""},
        "version": 1,
        "air_power_words": ["warplanes", "drone strike"],
        "civilian_target_words": ["village"],
        "fighting_codes": ["19"],
        "sector_names": {"MIL": "state forces", "REB": "rebels"},
        "theatres": [
            {
                "id": "abc-war",
                "name": "war in Abc",
                "countries": ["ABC"],
                "start": "2010-01-01",
                "state": "ABCMIL",
                "dyads": [
                    {"a": "ABCMIL", "b": "org.front", "start": "2012-06-01"},
                    {"a": "ABCMIL", "b": "ABCREB", "start": "2010-01-01"},
                    {"a": "org.league", "b": "org.front", "start": "2013-01-01"},
                ],
                "co_belligerents": [
                    {"party": "DEFMIL", "start": "2011-01-01"},
                    {"party": "USAMIL", "start": "2014-01-01", "against": ["org.front"]},
                    {"party": "RUSMIL", "beside": "ABCREB", "start": "2010-01-01"},
                ],
                "air_power": [
                    {"party": "USAMIL", "words": ["drone strike"], "start": "2014-01-01"},
                    {"party": "ABCMIL", "start": "2010-01-01", "end": "2015-12-31"},
                ],
            }
        ],
    }


def actor(code: str | None, entry: str | None = None) -> ActorRef:
    country, sector = (code[:3], code[3:] or None) if code else (None, None)
    return ActorRef(text="x", code=code, country=country, sector=sector, entry=entry)


def test_the_bundled_file_loads_and_names_known_parties(pipeline) -> None:
    theatres = load_theatres()
    dictionary = pipeline.actors.dictionary
    theatres.check(dictionary.entries, dictionary.states())  # raises on an unknown party
    ids = {t.id for t in theatres.theatres}
    assert {"syria", "ukraine-donbas", "yemen", "iraq", "afghanistan", "somalia"} <= ids
    assert theatres.at("SYR", date(2016, 3, 1)).id == "syria"
    assert theatres.at("UKR", date(2014, 8, 1)).id == "ukraine-donbas"
    assert theatres.at("UKR", date(2022, 3, 1)).id == "ukraine-russia"
    assert theatres.at("SYR", date(2005, 1, 1)) is None  # before the war
    assert theatres.at("FRA", date(2016, 3, 1)) is None  # no war there


def test_the_bundled_dates_of_intervention() -> None:
    syria = load_theatres().at("SYR", date(2016, 1, 1))
    russian = actor("RUSMIL")
    assert syria.opponent(russian, date(2015, 9, 29)) is None  # the day before Russia's campaign
    assert syria.opponent(russian, date(2015, 9, 30)) == Party(code="SYRREB")
    yemen = load_theatres().at("YEM", date(2016, 1, 1))
    assert yemen.air_attacker(["airstrikes"], date(2015, 3, 25)) == Party(code="YEMMIL")
    assert yemen.air_attacker(["airstrikes"], date(2015, 3, 26)) == Party(
        entry="org.saudi-led-coalition"
    )


def test_a_line_s_own_weapons_count_for_that_line_only() -> None:
    """Missiles on Ukraine's towns are Russia's from the invasion; in Yemen a missile names
    no air power (the Houthis fire them), though an air strike there is the coalition's."""
    theatres = load_theatres()
    air = theatres.air_power_words
    ukraine = theatres.at("UKR", date(2022, 4, 8))
    assert ukraine.air_attacker(["missile strike"], date(2022, 4, 8), None, air) == Party(
        code="RUSMIL"
    )
    yemen = theatres.at("YEM", date(2018, 1, 1))
    assert yemen.air_attacker(["missile strike"], date(2018, 1, 1), None, air) is None
    assert yemen.air_attacker(["air strike"], date(2018, 1, 1), None, air) is not None


def test_opponents_by_entry_code_and_co_belligerent() -> None:
    war = load_theatres(small()).theatres[0]
    when = date(2014, 6, 1)
    # the state's principal opponent is the first dyad active on the date
    assert war.opponent(actor("ABCMIL"), date(2011, 1, 1)) == Party(code="ABCREB")
    assert war.opponent(actor("ABCMIL"), when) == Party(entry="org.front")
    assert war.opponent(actor("ABCGOV"), when) == Party(entry="org.front")  # any state sector
    # a named group is matched by its entry (or a dated role of it) before any code
    assert war.opponent(actor("ABCREB", "org.league"), when) == Party(entry="org.front")
    assert war.opponent(actor("ABCREB", "org.front#renamed"), when) == Party(code="ABCMIL")
    assert war.opponent(actor("ABCRAD"), when) == Party(code="ABCMIL")
    # foreign forces beside a side fight its enemies (only those listed in against)
    assert war.opponent(actor("DEFMIL"), when) == Party(entry="org.front")
    assert war.opponent(actor("USAMIL"), when) == Party(entry="org.front")
    assert war.opponent(actor("USAMIL"), date(2011, 1, 1)) is None
    assert war.opponent(actor("RUSMIL"), when) == Party(code="ABCMIL")
    # places, populations and civilians are no party
    assert war.opponent(actor("ABC", "place.ABC"), when) is None
    assert war.opponent(actor("ABCCVL"), when) is None


def test_air_power_by_date_and_weapon() -> None:
    war = load_theatres(small()).theatres[0]
    assert war.air_attacker(["warplanes"], date(2014, 6, 1)) == Party(code="ABCMIL")
    assert war.air_attacker(["drone strike"], date(2014, 6, 1)) == Party(code="USAMIL")
    assert war.air_attacker(["drone strike"], date(2013, 6, 1)) == Party(code="ABCMIL")
    assert war.air_attacker(["warplanes"], date(2016, 6, 1)) is None
    assert war.fights_beside_state(actor("DEFMIL"), date(2014, 6, 1))
    assert not war.fights_beside_state(actor("RUSMIL"), date(2014, 6, 1))


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("state",), "Abc army", "theatres[0] (abc-war).state: 'Abc army' is neither"),
        (("dyads", 0, "b"), "FRONT", "theatres[0] (abc-war).dyads[0].b"),
        (("start",), "2010-13-01", "theatres[0] (abc-war).start: '2010-13-01' is no ISO date"),
        (("air_power", 1, "end"), "2009-01-01", "theatres[0] (abc-war).air_power[1]: end"),
        (("countries",), ["Abc"], "theatres[0] (abc-war).countries: 'Abc'"),
        (("dyads",), [], "theatres[0] (abc-war).dyads: expected a non-empty list"),
    ],
)
def test_a_bad_field_is_named(path, value, message) -> None:
    data = copy.deepcopy(small())
    target = data["theatres"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(DataFileError, match=r"conflicts/theatres\.yaml") as error:
        load_theatres(data)
    assert message in str(error.value)


def test_missing_fields_and_duplicates_are_refused() -> None:
    data = copy.deepcopy(small())
    del data["theatres"][0]["state"]
    with pytest.raises(DataFileError, match=r"theatres\[0\]: missing field 'state'"):
        load_theatres(data)
    data = copy.deepcopy(small())
    data["theatres"].append(copy.deepcopy(data["theatres"][0]))
    with pytest.raises(DataFileError, match="duplicate id 'abc-war'"):
        load_theatres(data)


def test_parties_are_checked_against_the_dictionary() -> None:
    theatres = load_theatres(small())
    theatres.check(ENTRIES, STATES)
    with pytest.raises(DataFileError, match=r"dyads\[0\]\.b: 'org.front' is not an actor"):
        theatres.check({"org.league"}, STATES)
    with pytest.raises(DataFileError, match=r"co_belligerents\[0\]\.party: 'DEFMIL' names no"):
        theatres.check(ENTRIES, STATES - {"DEF"})


def test_the_bundled_file_has_its_header() -> None:
    data = load_yaml("conflicts/theatres.yaml")
    assert data["provenance"]["licence"] and data["provenance"]["source"]
    assert all(t.get("cite") for t in data["theatres"])


def test_a_regions_dyad_comes_first_there() -> None:
    data = copy.deepcopy(small())
    data["theatres"][0]["dyads"].insert(
        0, {"a": "ABCMIL", "b": "org.league", "regions": ["North"], "start": "2013-01-01"}
    )
    war = load_theatres(data).theatres[0]
    when = date(2014, 6, 1)
    assert war.principal(when, "North").b == Party(entry="org.league")
    assert war.principal(when, "South").b == Party(entry="org.front")
    assert war.principal(when).b == Party(entry="org.front")
    assert war.opponent(actor("ABCMIL"), when, "North") == Party(entry="org.league")
    assert war.opponent(actor("ABCMIL"), when) == Party(entry="org.front")


def with_area() -> dict:
    """The invented war with a desert fought over with the front, and an ally's air power
    over the north."""
    data = copy.deepcopy(small())
    war = data["theatres"][0]
    war["dyads"].insert(
        0, {"a": "ABCMIL", "b": "org.league", "regions": ["the Desert"], "start": "2013-01-01"}
    )
    war["air_power"].insert(0, {"party": "DEFMIL", "regions": ["North"], "start": "2011-01-01"})
    war["areas"] = [
        {
            "name": "the Desert",
            "start": "2013-01-01",
            "within": ["East"],
            "words": ["desert", "east of the river"],
        }
    ]
    return data


def test_areas_are_read_with_their_words_and_bounds() -> None:
    war = load_theatres(with_area()).theatres[0]
    (area,) = war.areas
    assert area.name == "the Desert" and area.within == ("East",)
    assert area.words == (("desert",), ("east", "of", "the", "river"))
    assert area.period.active(date(2014, 1, 1)) and not area.period.active(date(2012, 1, 1))
    data = with_area()
    data["theatres"][0]["areas"][0]["words"] = []
    with pytest.raises(DataFileError, match=r"areas\[0\]\.words: expected words"):
        load_theatres(data)


def test_air_power_of_a_region_comes_first_there() -> None:
    war = load_theatres(with_area()).theatres[0]
    when = date(2014, 6, 1)
    assert war.air_attacker(["warplanes"], when, "North") == Party(code="DEFMIL")
    assert war.air_attacker(["warplanes"], when, "South") == Party(code="ABCMIL")
    assert war.air_attacker(["warplanes"], when) == Party(code="ABCMIL")


def test_a_group_fights_locally_only_in_its_regions_dyads() -> None:
    war = load_theatres(with_area()).theatres[0]
    when = date(2014, 6, 1)
    league = actor(None, "org.league")
    assert war.fights_locally(league, when, "the Desert")
    assert not war.fights_locally(league, when, "North")
    assert not war.fights_locally(league, when, None)
    assert not war.fights_locally(league, date(2012, 6, 1), "the Desert")


def test_a_theatres_names_are_read_and_checked() -> None:
    data = copy.deepcopy(small())
    data["theatres"][0]["names"] = [
        {"party": "org.hill", "start": "2012-01-01", "words": ["the hill fighters"]}
    ]
    (name,) = load_theatres(data).theatres[0].names
    assert name.party == Party(entry="org.hill")
    assert name.words == (("the", "hill", "fighters"),)
    with pytest.raises(DataFileError, match=r"names\[0\]\.party: 'org.hill' is not an actor"):
        load_theatres(data).check(ENTRIES, STATES)


def test_the_codes_and_words_of_front_victims_are_read() -> None:
    theatres = load_theatres()
    assert "195" in theatres.remote_force_codes and "192" in theatres.ground_codes
    assert "190" in theatres.front_codes
    assert {"barrel", "rockets", "shelling"} <= set(theatres.remote_force_words)
    assert {"execution", "kidnap", "assassination"} <= set(theatres.one_sided_words)
    # a file without them infers no front victims
    none = load_theatres(small())
    assert none.remote_force_codes == none.front_codes == none.one_sided_words == ()


def test_two_parties_fight_when_a_dyad_pairs_them() -> None:
    war = load_theatres(small()).theatres[0]
    when = date(2014, 6, 1)
    front, league = actor("ABCREB", "org.front"), actor("ABCREB", "org.league")
    assert war.fight(actor("ABCMIL"), front, when)
    assert war.fight(league, front, when) and war.fight(front, league, when)
    # foreign forces fight the enemies of the side they fight beside
    assert war.fight(actor("DEFMIL"), front, when)
    assert war.fight(actor("RUSMIL"), actor("ABCMIL"), when)
    # not before the dyad, not a party with itself, not allies
    assert not war.fight(league, front, date(2012, 6, 1))
    assert not war.fight(front, actor("ABCREB", "org.front#renamed"), when)
    assert not war.fight(actor("ABCMIL"), actor("DEFMIL"), when)
    assert not war.fight(actor("ABCMIL"), actor("ABC", "place.ABC"), when)


def test_a_party_with_no_dyad_of_its_own_in_a_region_fights_the_regions_sides() -> None:
    data = copy.deepcopy(small())
    data["theatres"][0]["dyads"].insert(
        0, {"a": "org.league", "b": "ABCREB", "regions": ["Valley"], "start": "2013-01-01"}
    )
    war = load_theatres(data).theatres[0]
    when = date(2014, 6, 1)
    # the state fights the rebels in the valley, where the league holds out against them, and
    # the front (its principal enemy) elsewhere
    assert war.opponent(actor("ABCMIL"), when, "Valley") == Party(code="ABCREB")
    assert war.opponent(actor("ABCMIL"), when, "Hills") == Party(entry="org.front")
    assert war.opponent(actor("ABCMIL"), when) == Party(entry="org.front")
    # so do foreign forces beside the state against all its enemies, not those against one
    assert war.opponent(actor("DEFMIL"), when, "Valley") == Party(code="ABCREB")
    assert war.opponent(actor("USAMIL"), when, "Valley") == Party(entry="org.front")
    # a side of the region's dyads keeps its enemy there, and so do forces beside it
    assert war.opponent(actor("ABCREB", "org.league"), when, "Valley") == Party(code="ABCREB")
    assert war.opponent(actor("RUSMIL"), when, "Valley") == Party(entry="org.league")
    # before the region's dyad: the principal enemy
    assert war.opponent(actor("ABCMIL"), date(2012, 9, 1), "Valley") == Party(entry="org.front")

"""Roll-up of sectors into sides, and the pair, family and fine dyad of two sides."""

from __future__ import annotations

from datetime import date

from tocsin.countries import countries
from tocsin.signals.levels import Side, Unit, branches_of, bundled_sides, label


def test_state_sectors_roll_up_into_state_forces() -> None:
    sides = bundled_sides()
    codes = {sides.side("SYR", s).code for s in ("GOV", "MIL", "UAF", None)}
    assert codes == {"SYR"}
    assert sides.side("SYR", "REB").kind == "rebels"
    assert sides.side("IMGSUN", "REB").kind == "group"
    assert sides.side("SYR", "CVL").kind == "civilians"
    assert sides.side("UN", "IGO").kind is None
    assert sides.side(None, "MIL") is None


def test_state_against_rebels_is_a_family_and_a_symmetric_dyad() -> None:
    sides = bundled_sides()
    army, rebels = sides.side("SYR", "MIL"), sides.side("SYR", "REB")
    forward = sides.units(army, rebels, "SYR")
    backward = sides.units(rebels, army, None)
    assert forward == backward  # fighting is counted once, whoever the sentence names first
    assert [(u.level, u.key) for u in forward] == [
        ("family", "SYR:state-rebels"),
        ("dyad", "SYR–SYR/REB"),
    ]
    assert forward[1].parent == "SYR:state-rebels"
    assert label(forward[0]) == "Syria: state forces vs rebels"
    assert label(forward[1]) == "Syrian state forces – Syrian rebels"


def test_violence_against_civilians_keeps_its_direction_and_needs_conflict() -> None:
    sides = bundled_sides()
    attack = sides.units(sides.side("IMGSUN", "REB"), sides.side("SYR", "CVL"), "SYR")
    assert [u.key for u in attack] == ["SYR:one-sided", "IMGSUN→SYR/CVL"]
    # no attacker named: UCDP counts no one-sided violence without an identified perpetrator
    assert sides.units(None, sides.side("SYR", "CVL"), "SYR") == ()
    aid = sides.units(sides.side("SYR", "GOV"), sides.side("SYR", "CVL"), "SYR", conflict=False)
    assert [u.key for u in aid] == ["SYR→SYR/CVL"]


def test_civilians_named_as_the_doer_make_no_family_of_violence_against_civilians() -> None:
    sides = bundled_sides()
    civilians, police = sides.side("SYR", "CVL"), sides.side("SYR", "COP")
    assert sides.family(police, civilians) == "one-sided"
    assert sides.family(civilians, police) is None  # "a person detonated a car at the club"
    found = sides.units(civilians, police, "SYR")
    assert [(u.level, u.key, u.parent) for u in found] == [("dyad", "SYR/CVL→SYR", None)]


def test_two_countries_make_a_pair_when_a_state_is_involved() -> None:
    sides = bundled_sides()
    clash = sides.units(sides.side("AZE", "MIL"), sides.side("ARM", None), None)
    assert [(u.level, u.key) for u in clash] == [("pair", "ARM–AZE"), ("dyad", "ARM–AZE")]
    assert label(clash[0]) == "Armenia – Azerbaijan"
    abroad = sides.units(sides.side("TUR", "MIL"), sides.side("SYR", "REB"), "SYR")
    assert [u.key for u in abroad] == ["SYR–TUR", "SYR:state-rebels", "SYR/REB–TUR"]
    exiles = sides.units(sides.side("SYR", "REF"), sides.side("TUR", "CVL"), "TUR")
    assert not [u for u in exiles if u.level == "pair"]


def test_unit_sides_for_alert_records() -> None:
    assert Unit("family", "SYR:one-sided", "SYR", "one-sided").sides == ("SYR", "one-sided")
    assert Unit("dyad", "IMGSUN→SYR/CVL").sides == ("IMGSUN", "SYR/CVL")
    assert Unit("pair", "ARM–AZE").sides == ("ARM", "AZE")


def test_shelling_and_air_strikes_on_civilians_are_no_violence_against_civilians() -> None:
    sides = bundled_sides()
    state, civilians = sides.side("SYR", "MIL"), sides.side("SYR", "CVL")
    for cameo in ("194", "195", "1951"):
        found = sides.units(state, civilians, "SYR", cameo=cameo)
        assert [(u.level, u.key, u.parent) for u in found] == [("dyad", "SYR→SYR/CVL", None)]
    massacre = sides.units(state, civilians, "SYR", cameo="202")
    assert [u.key for u in massacre] == ["SYR:one-sided", "SYR→SYR/CVL"]
    assert sides.family(state, civilians) == "one-sided"  # a truth's event: no act code


def test_the_unarmed_opposition_killed_by_state_forces_is_violence_against_civilians() -> None:
    """UCDP counts protesters shot by the security forces as one-sided violence."""
    sides = bundled_sides()
    protesters, police = sides.side("MMR", "OPP"), sides.side("MMR", "COP")
    assert protesters.kind == "civilians"
    assert sides.family(police, protesters, "175") == "one-sided"
    assert sides.family(sides.side("MMR", "MIL"), sides.side("MMR", "REB")) == "state-rebels"


def test_criminal_groups_make_violence_against_civilians_and_non_state_fighting_only() -> None:
    """Bandits killing villagers, cartels fighting each other: UCDP counts both; the state's
    fight with a cartel is no state-based conflict (no incompatibility)."""
    sides = bundled_sides()
    bandits, villagers = sides.side("NGA", "CRM"), sides.side("NGA", "CVL")
    assert bandits.kind == "criminals" and bandits.armed
    assert sides.family(bandits, villagers, "1823") == "one-sided"
    assert sides.family(sides.side("MEX", "CRM"), sides.side("MEX", "REB")) == "non-state"
    assert sides.family(sides.side("MEX", "MIL"), sides.side("MEX", "CRM")) is None
    massacre = sides.units(bandits, villagers, None)
    assert [u.key for u in massacre] == ["NGA:one-sided", "NGA/CRM→NGA/CVL"]


def test_a_named_group_fights_as_its_branch_where_it_has_one() -> None:
    sides = bundled_sides()
    islamic_state = sides.side("IMGSUN", "REB")
    nigeria = Side("state", "NGA", "NGA")
    # the Islamic State in Nigeria is its West Africa Province: Nigeria's rebels
    units = {u.key for u in sides.units(nigeria, islamic_state, "NGA")}
    assert units == {"NGA:state-rebels", "NGA–NGA/REB"}
    # the same without a place: the state it fights says where
    assert {u.key for u in sides.units(islamic_state, nigeria)} == units
    # where it has no branch it stays a named group of its own
    syria = Side("state", "SYR", "SYR")
    assert {u.key for u in sides.units(syria, islamic_state, "SYR")} == {
        "SYR:state-groups",
        "IMGSUN–SYR",
    }
    assert sides.local(islamic_state, None) == islamic_state


def test_branches_are_read_from_entries_whose_id_names_a_branch() -> None:
    groups = [
        {"id": "org.blue", "country": "IMGSUN", "sector": "REB"},
        {"id": "org.blue#east", "country": "KEN", "sector": "REB"},
        {"id": "org.red", "country": "ETH", "sector": "REB"},
        {"id": "org.red#north", "country": "ERI", "sector": "REB"},  # a country's group
    ]
    assert branches_of(groups, countries()) == {("IMGSUN", "KEN"): "REB"}
    # a war whose sides name a branch: the branch in that war's countries too
    war = {"countries": ["UGA"], "dyads": [{"a": "UGAMIL", "b": "org.blue#east"}]}
    assert branches_of(groups, countries(), [war]) == {
        ("IMGSUN", "KEN"): "REB",
        ("IMGSUN", "UGA"): "REB",
    }


def test_the_bundled_branches_hold_the_wars_of_the_islamic_state_provinces() -> None:
    branches = bundled_sides().branches
    for country in ("NGA", "AFG", "MLI", "BFA", "NER", "SOM", "MOZ", "COD"):
        assert branches[("IMGSUN", country)] == "REB"
    assert ("IMGSUN", "SYR") not in branches
    assert ("IMGSUN", "IRQ") not in branches


def test_an_attacker_nobody_named_makes_no_conflict_family() -> None:
    """UCDP counts no event without an identified actor: an inferred unidentified attacker
    (the incident's ``UNID``) counts in its fine dyad only."""
    sides = bundled_sides()
    unnamed = sides.side("MLI", "UNID")
    assert unnamed.kind == "unidentified"
    units = sides.units(unnamed, sides.side("MLI", "CVL"), "MLI")
    assert [(u.level, u.key) for u in units] == [("dyad", "MLI/UNID→MLI/CVL")]
    assert sides.side_label("MLI/UNID") == "Malian unidentified attackers"
    assert sides.side("MLI", "UAF").kind == "state"  # pro-government militias


def test_foreign_forces_fighting_beside_a_local_side_count_in_its_family() -> None:
    """The coalition's strikes on the Islamic State in Syria count, as UCDP counts them, in the
    SDF's fight with it (non-state); in Iraq, beside the state, in the state's."""
    sides = bundled_sides()
    coalition, isis = sides.side("USA", "MIL"), sides.side("IMGSUN", "REB")
    in_syria = sides.units(coalition, isis, "SYR", when=date(2017, 6, 1))
    assert [u.key for u in in_syria if u.level == "family"] == ["SYR:non-state"]
    # the fine dyad still names the coalition
    assert [u.key for u in in_syria if u.level == "dyad"] == ["IMGSUN–USA"]
    in_iraq = sides.units(coalition, isis, "IRQ", when=date(2017, 6, 1))
    assert [u.key for u in in_iraq if u.level == "family"] == ["IRQ:state-groups"]
    # before the support began, and against another enemy, the forces are themselves
    early = sides.units(coalition, isis, "SYR", when=date(2015, 1, 1))
    assert [u.key for u in early if u.level == "family"] == ["SYR:state-groups"]
    regime = sides.units(coalition, sides.side("SYR", "MIL"), "SYR", when=date(2017, 4, 7))
    assert not [u for u in regime if u.level == "family"]


def test_supporters_hold_their_dates_and_organisations() -> None:
    sides = bundled_sides()
    russia, ukraine = sides.side("RUS", "MIL"), sides.side("UKR", "MIL")
    donbas = sides.units(russia, ukraine, "UKR", when=date(2015, 2, 1))
    assert "UKR:state-rebels" in [u.key for u in donbas]
    invasion = sides.units(russia, ukraine, "UKR", when=date(2022, 3, 1))
    assert not [u for u in invasion if u.level == "family"]
    assert "RUS–UKR" in [u.key for u in invasion if u.level == "pair"]
    # the African Union's troops against al-Shabaab: Somalia's state forces vs rebels
    amisom = sides.units(
        sides.side("AU", "MIL"), sides.side("SOM", "REB"), "SOM", when=date(2019, 5, 1)
    )
    assert [u.key for u in amisom if u.level == "family"] == ["SOM:state-rebels"]


def test_a_foreign_group_fighting_a_states_forces_is_that_states_rebels() -> None:
    groups = [
        {"id": "org.green", "country": "ETH", "sector": "REB"},
        {"id": "org.grey", "country": "ERI", "sector": "REB"},
    ]
    # the war in Uganda pairs Uganda's forces with an Ethiopian group: Uganda's rebels there;
    # a group another state fights there (Eritrea's forces) stays of its own country
    war = {
        "countries": ["UGA"],
        "dyads": [{"a": "UGAMIL", "b": "org.green"}, {"a": "ERIMIL", "b": "org.grey"}],
    }
    assert branches_of(groups, countries(), [war]) == {("ETH/REB", "UGA"): "REB"}


def test_jnim_in_burkina_faso_makes_no_country_pair_with_mali() -> None:
    sides = bundled_sides()
    mali_rebels, burkina = sides.side("MLI", "REB"), sides.side("BFA", "MIL")
    units = {u.key for u in sides.units(mali_rebels, burkina, "BFA")}
    assert units == {"BFA:state-rebels", "BFA–BFA/REB"}
    # in Mali they are Mali's rebels, as before
    assert {u.key for u in sides.units(mali_rebels, sides.side("MLI", "MIL"), "MLI")} == {
        "MLI:state-rebels",
        "MLI–MLI/REB",
    }
    # a group fired across a border by a war of its own country keeps the country pair
    hezbollah, israel = sides.side("LBN", "REB"), sides.side("ISR", "MIL")
    assert "ISR–LBN" in {u.key for u in sides.units(hezbollah, israel, "ISR")}

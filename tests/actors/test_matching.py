"""Agent words written with a capital: part of a name, unless a possessive owns them."""

from __future__ import annotations

from datetime import date

import pytest


def _codes(mentions, text: str) -> dict[str, str | None]:
    return {span: f.actor.code for span, f in mentions(text)}


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Norway's Cabinet met on Sunday.", "Norway's Cabinet", "NORGOV"),
        ("Peru's Parliament rejected the bill.", "Peru's Parliament", "PERLEG"),
    ],
)
def test_capitalised_agent_owned_by_a_country(mentions, text, span, code) -> None:
    assert _codes(mentions, text)[span] == code


def test_capitalised_agent_alone_is_part_of_a_name(mentions) -> None:
    codes = _codes(mentions, "He told the Mirror on Sunday that Norway would wait.")
    assert "Mirror" not in codes and "the Mirror" not in codes


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Thousands of Syrian Kurds marched in Qamishli.", "Syrian Kurds", "SYRCVL"),
        ("Hutu rebels attacked a camp.", "Hutu rebels", "REB"),
        ("Turkish Kurd refugees returned home.", "Turkish Kurd refugees", "TURREF"),
        ("The police chief resigned.", "The police chief", "COP"),
        ("Police shut the opposition newspaper.", "the opposition newspaper", "MED"),
        ("Algerian fundamentalists marched on Friday.", "Algerian fundamentalists", "DZARAD"),
        ("A terror group claimed the attack.", "A terror group", "REB"),
    ],
)
def test_peoples_and_agent_phrases(mentions, text, span, code) -> None:
    """A people after a nationality is an agent; a people or civilian word before another agent
    leaves the sector to that agent ("Hutu *rebels*"); other first words keep it ("*police*
    chief")."""
    assert _codes(mentions, text)[span] == code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Israeli tanks shelled the camp.", "Israeli tanks", "ISRMIL"),
        ("Russian aircraft bombed the village.", "Russian aircraft", "RUSMIL"),
    ],
)
def test_military_equipment_stands_for_the_military(mentions, text, span, code) -> None:
    assert _codes(mentions, text)[span] == code


@pytest.mark.parametrize(
    "text",
    [
        "The “Olive Branch” factions crossed the river.",
        'The "Olive Branch" factions crossed the river.',
    ],
)
def test_a_name_is_read_across_quotation_marks(mentions, text) -> None:
    found = {span: f.actor for span, f in mentions(text)}
    named = [a for span, a in found.items() if "factions" in span]
    assert named and (named[0].entry or "").startswith("org.fsa"), found


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        ("Troops raid militant hideout in Waziristan", "militant", "REB"),
        ("Ten soldiers were killed in a terrorist attack.", "a terrorist", "REB"),
        ("Military airstrike hits a school in Sagaing", "Military", "MIL"),
    ],
)
def test_an_armed_word_tagged_as_an_adjective_of_an_object_names_the_group(
    mentions, text, span, sector
) -> None:
    found = dict(mentions(text))
    assert span in found and found[span].actor.sector == sector


@pytest.mark.parametrize(
    "text",
    [
        "The militant rhetoric of the party worries voters.",
        "Hamas threatened to resume terrorist activities in Israel.",
        "The army said its military operations in the north would go on.",
    ],
)
def test_an_armed_word_before_a_noun_of_no_fight_names_no_group(mentions, text) -> None:
    found = dict(mentions(text))
    assert all(f.actor.sector != "REB" or f.actor.entry.startswith("org.") for f in found.values())
    assert "military" not in found


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        ("Gunmen killed 12 Christians in a village.", "Christians", "REL"),
        ("Gunmen abducted 110 schoolgirls in Dapchi.", "schoolgirls", "EDU"),
        ("Bandits killed 20 miners near the border.", "miners", "CVL"),
        ("The blast killed four mourners at the funeral.", "mourners", "CVL"),
        ("Militants burned a Catholic mission near the river.", "a Catholic mission", "REL"),
    ],
)
def test_victims_other_wars_name(mentions, text, span, sector) -> None:
    found = dict(mentions(text))
    assert span in found and found[span].actor.sector == sector


def test_a_name_that_begins_inside_a_country_s_name_is_no_name(mentions) -> None:
    """ "Sudan's army" is a name of Sudan's forces; inside "South Sudan's army" it is not."""
    found = dict(mentions("South Sudan's army killed 20 rebels.", date(2014, 3, 1)))
    assert found["South Sudan's army"].actor.code == "SSDMIL"
    found = dict(mentions("Sudan's army killed 20 rebels.", date(2014, 3, 1)))
    assert found["Sudan's army"].actor.code == "SDNMIL"

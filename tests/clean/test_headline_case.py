"""Title-case headlines put in sentence case: common words lowered, names kept, offsets kept."""

from __future__ import annotations

from datetime import date

import pytest

from tocsin.clean.headline_case import HeadlineCase, Inflections
from tocsin.pipeline import Pipeline

WAR_DAY = date(2017, 6, 1)  # the Taliban are Afghanistan's rebels
WORDS = ("kill", "in", "village", "attack", "on", "capture", "from", "with", "force", "clash")
NAMES = ("Islamic State", "Syrian Democratic Forces", "Senate", "taliban")
INFLECTIONS = Inflections(
    rules={"noun": (("s", ""),), "verb": (("s", ""), ("ed", ""), ("ing", "")), "adj": ()},
    exceptions={"noun": {}, "verb": {}, "adj": {}},
)


@pytest.fixture(scope="module")
def case() -> HeadlineCase:
    return HeadlineCase.build(WORDS, NAMES, INFLECTIONS)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Boko Haram Kills 15 in Borno Village", "Boko Haram kills 15 in Borno village"),
        ("Gunmen Killed 12 On Market Day", "Gunmen killed 12 on market Day"),
        (
            "Syrian Democratic Forces Capture Raqqa From Islamic State",
            "Syrian Democratic Forces capture Raqqa from Islamic State",
        ),
        ("Senate Votes Down Attack Bill", "Senate Votes Down attack Bill"),
        ("Fano Militia Clash With Federal Forces", "Fano militia clash with Federal forces"),
        ("RSF Attack Kills 40 in El Fasher", "RSF attack kills 40 in El Fasher"),
        ("Attackers Kill 5 In May Attack On Village", "Attackers kill 5 in May attack on village"),
        ("Russia/Syria: Attack On Village/Market", "Russia/Syria: attack on village/market"),
    ],
)
def test_a_title_case_headline_gets_sentence_case(
    case: HeadlineCase, line: str, expected: str
) -> None:
    recased = case.recase(line)
    assert recased == expected
    assert len(recased) == len(line)


@pytest.mark.parametrize(
    "line",
    [
        "Taliban kill 12 police in Helmand attack",  # already sentence case
        "Gunmen Kill Two",  # two longer words: too short to judge
        "Islamic State Attack Village",  # names only where a name is known; the first word kept
    ],
)
def test_other_lines_keep_their_case(case: HeadlineCase, line: str) -> None:
    expected = "Islamic State attack village" if line.startswith("Islamic") else line
    assert case.recase(line) == expected


def test_single_names_of_the_dictionary_keep_a_capital_only_as_written(
    case: HeadlineCase,
) -> None:
    assert case.names >= {"Senate", "islamic state", "syrian democratic forces"}
    assert "taliban" not in case.names  # a case-free single name protects nothing
    assert not case.is_title_case("The Senate votes on the war in Yemen today")


@pytest.mark.parametrize(
    ("headline", "actor", "recipient", "killed"),
    [
        ("Boko Haram Kills 15 in Borno Village", ("NGA", "REB"), None, 15),
        ("Al-Shabaab Kills Five Police Officers in Mandera", ("SOM", "REB"), ("KEN", "COP"), 5),
        ("Insurgents Behead 20 Villagers in Cabo Delgado", ("MOZ", "REB"), None, 20),
        ("Afghan Air Force Strikes Kill 30 Taliban in Helmand", ("AFG", "MIL"), ("AFG", "REB"), 30),
    ],
)
def test_the_pipeline_reads_title_case_headlines(
    pipeline: Pipeline, headline: str, actor: tuple, recipient: tuple | None, killed: int
) -> None:
    events = [e for e in pipeline.code_text(headline, WAR_DAY) if e.event == "ASSAULT"]
    assert events, headline
    event = events[0]
    assert (event.actor.country, event.actor.sector) == actor
    if recipient is not None:
        assert (event.recipient.country, event.recipient.sector) == recipient
    assert event.size is not None and event.size.killed == killed


def test_the_pipeline_keeps_names_of_one_word_and_places_of_two(pipeline: Pipeline) -> None:
    """ "Taliban" is a name though the dictionary matches it in any case; "North Kivu" a place
    whose compass word stays."""
    case = pipeline.cleaner.headline_case
    assert case is not None
    assert case.recase("Afghan Air Force Strikes Kill 30 Taliban in Helmand") == (
        "Afghan air force strikes kill 30 Taliban in Helmand"
    )
    assert case.recase("Rebels Attack Army Positions in North Kivu") == (
        "Rebels attack army positions in North Kivu"
    )
    assert case.recase("Suicide Bomber Kills 12 in Northeast Nigeria") == (
        "Suicide bomber kills 12 in northeast Nigeria"
    )


def test_the_pipeline_lowers_any_english_word_but_a_place(pipeline: Pipeline) -> None:
    """Words of the lemma index ("erupt", "yesterday") are lowered too; a number opens the
    headline, not the word after it; "the Southern" is no place name."""
    case = pipeline.cleaner.headline_case
    assert case is not None
    assert case.recase("164 Killed Yesterday Including 28 Regime Forces") == (
        "164 killed yesterday including 28 regime forces"
    )
    assert case.recase("Violent Clashes Erupt in the Southern Countryside of Aleppo") == (
        "Violent clashes erupt in the southern countryside of Aleppo"
    )


def test_any_line_keeps_its_length_and_never_fails(case: HeadlineCase) -> None:
    """Lines of names, slashes, hyphens, digits and quotes, made up at random."""
    import random

    pieces = ["Kill", "In", "Village", "Islamic", "State", "’s", "12", "“Al", "Attack”", "The"]
    separators = [" ", " ", " ", "/", "-", " / ", ": "]
    chooser = random.Random(14)
    for _ in range(500):
        line = chooser.choice(pieces)
        for _ in range(chooser.randint(0, 12)):
            line += chooser.choice(separators) + chooser.choice(pieces)
        assert len(case.recase(line)) == len(line)

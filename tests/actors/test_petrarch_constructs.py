"""One test per construct the Phoenix/PETRARCH dictionaries use, on small examples of our own.

The people, groups and dates below are invented; only the syntax follows the format.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import Entry
from tocsin.actors.petrarch import read_actors
from tocsin.actors.petrarch_agents import read_agents
from tocsin.actors.petrarch_text import split_code, words
from tocsin.actors.records import add_record
from tocsin.actors.userfile import read_user_file
from tocsin.errors import DataFileError

PHOENIX = Path(__file__).resolve().parents[3] / "shared" / "data" / "dictionaries"


def actors(text: str):
    return read_actors(text.strip("\n").splitlines(), "t")


def entry_of(record) -> Entry:
    dictionary = ActorDictionary()
    return add_record(dictionary, record)


def test_dated_code_list_over_several_lines():
    read = actors(
        """
KAREL_DUMONT_  # an invented minister
\t[XYZMIL 19700101-881231]
\t[XYZGOVMIL 890101-120812]
\t[XYZGOV > 140608]
\t[XYZELI]
"""
    )
    (record,) = read.records
    assert record["kind"] == "person"
    spans = [(r["title"], r["start"], r["end"]) for r in record["roles"]]
    assert spans == [
        ("XYZMIL", date(1970, 1, 1), date(1988, 12, 31)),
        ("XYZGOVMIL", date(1989, 1, 1), date(2012, 8, 12)),
        ("XYZGOV", date(2014, 6, 8), None),
        ("XYZELI", None, None),
    ]
    person = entry_of(record)
    assert person.ref("Dumont", date(1990, 5, 1)).code == "XYZGOV"
    assert person.ref("Dumont", date(2015, 1, 1)).code == "XYZGOV"
    # between two dated codes the undated one holds, as PETRARCH's default code does
    assert person.ref("Dumont", date(2013, 3, 1)).code == "XYZELI"
    assert read.report.dated_roles == 3


def test_date_bounds_before_after_and_lone():
    (record,) = actors(
        """
ANA_VOSS_
\t[XYZOPP <900823]
\t[XYZGOV >900824]
\t[XYZLEG 20121204]
"""
    ).records
    bounds = [(r["start"], r["end"]) for r in record["roles"]]
    assert bounds == [
        (None, date(1990, 8, 23)),
        (date(1990, 8, 24), None),
        (date(2012, 12, 4), None),  # a lone date opens the role
    ]


def test_six_and_eight_digit_dates_and_the_year_pivot():
    (record,) = actors(
        "BO_LINDQVIST_\n\t[XYZGOV 19290101-291231]\n\t[XYZELI 300101-20010101]"
    ).records
    roles = record["roles"]
    assert (roles[0]["start"], roles[0]["end"]) == (date(1929, 1, 1), date(2029, 12, 31))
    assert (roles[1]["start"], roles[1]["end"]) == (date(1930, 1, 1), date(2001, 1, 1))


def test_synonyms_with_plus_several_on_a_line():
    (record,) = actors(
        """
NORTHERN_LEAGUE_OF_EXAMPLES_ [XYZREB]
+NORTH_EXAMPLE_LEAGUE_
+NLE_ +N._E._LEAGUE_
"""
    ).records
    assert record["name"] == "Northern League of Examples"
    assert record["names"] == ["North Example League", "NLE", "N. E. League"]
    assert (record["country"], record["sector"]) == ("XYZ", "REB")


def test_comments_whole_line_inline_and_glued_to_a_code():
    read = actors(
        """
# a whole-line comment
PEDRO_ALVES_\t[XYZGOV 950701-951231][XYZLEG 960101-991006]# glued comment
+ALVES_ # inline comment
"""
    )
    (record,) = read.records
    assert record["names"] == ["Alves"]
    assert [r["title"] for r in record["roles"]] == ["XYZGOV", "XYZLEG"]
    assert read.report.warnings == []


def test_trailing_underscore_stops_and_bare_phrases_read_alike():
    stopped, bare = actors("EXAMPLE_FRONT_ [XYZREB]\nSECOND_FRONT [XYZREB]").records
    assert stopped["name"] == "Example Front"
    assert bare["name"] == "Second Front"


def test_several_codes_on_the_name_line_dated_and_default():
    (record,) = actors("LENA_STORM_\t[IGOUNO 820101-911231] [XYZGOV >920101] [ELI]").records
    titles = [r["title"] for r in record["roles"]]
    assert titles == ["IGOUNO", "XYZGOV", "ELI"]
    assert (record["roles"][2]["country"], record["roles"][2]["sector"]) == (None, "ELI")


def test_international_codes_split_into_parts():
    assert split_code("IGOUNOREFHCR") == ("UNO", "IGO")
    assert split_code("NGOCHRPRO214") == ("CHR", "NGO")
    assert split_code("IMGMUSALQ") == ("MUS", "IMG")
    assert split_code("EGYGOVLEG") == ("EGY", "GOV")
    assert split_code("ELI") == (None, "ELI")
    assert split_code("USA") == ("USA", None)


def test_null_code_alone_is_no_actor_and_as_a_default_is_ignored():
    read = actors("OPEN_SEA_REGION_ [---]\nMARIA_KOHL_ [IGOUNO 000101-080801] [---]")
    (record,) = read.records
    assert record["name"] == "Maria Kohl"
    assert [r["title"] for r in record["roles"]] == ["IGOUNO"]
    assert read.report.null_coded == 1


def test_a_block_without_any_code_is_counted_not_made_an_actor():
    read = actors("NOBODY_IN_PARTICULAR_\n\nSOMEONE_ELSE_ [XYZGOV]")
    assert [r["name"] for r in read.records] == ["Someone Else"]
    assert read.report.uncoded == 1
    assert read.report.entries == 2


def test_names_without_plus_inside_a_block_are_its_synonyms():
    read = actors(
        """
JAN_EXAMPLEMAN_
JAN_K._EXAMPLEMAN
PRESIDENT_EXAMPLEMAN
\t[XYZGOV 20010101-20051231]
TOMAS_OTHER_\t[XYZGOV >20060101]
"""
    )
    first, second = read.records
    assert first["names"] == ["Jan K. Exampleman", "President Exampleman"]
    assert second["name"] == "Tomas Other"
    assert read.report.joined == 2


def test_a_blank_line_or_an_inline_code_ends_a_code_less_block():
    read = actors("ALONE_NAME_\n\nOTHER_NAME_\n+SYNONYM_NAME_\nCODED_NAME_ [XYZGOV]")
    assert [r["name"] for r in read.records] == ["Coded Name"]
    assert read.report.uncoded == 2
    assert read.report.joined == 0


def test_indented_primary_phrase_starts_a_block():
    (record,) = actors("\tIVAN_INDENTED_\t[XYZGOV 470301-490630]").records
    assert record["name"] == "Ivan Indented"


def test_group_with_a_dated_code_is_an_organisation():
    (record,) = actors("EXAMPLE_UNION_PARTY\n\t[XYZREB >20121215]").records
    assert record["kind"] == "org"
    assert entry_of(record).ref("the party", date(2013, 1, 1)).code == "XYZREB"


def test_bad_dates_are_read_as_petrarch_reads_them_with_a_warning():
    read = actors(
        """
RUTH_ODD_DATES_
\t[XYZGOV 9008223-20100501]
\t[XYZLEG 1920030320-19201231]
\t[XYZELI 2004017-20061201]
\t[XYZOPP 2010-05]
"""
    )
    roles = read.records[0]["roles"]
    assert roles[0]["start"] == date(1990, 8, 22)  # seven digits: the first six, YYMMDD
    assert roles[1]["start"] == date(1920, 3, 3)  # ten digits: the first eight, YYYYMMDD
    assert roles[2]["start"] is None  # 2020-04-01 after its own end: left open
    assert (roles[3]["start"], roles[3]["end"]) == (None, None)  # "2010-05": no date at all
    assert len(read.report.warnings) == 6
    assert all(w.startswith("line ") for w in read.report.warnings)


def test_stray_bracket_in_a_name_is_dropped_with_a_warning():
    read = actors("FAROE_EXAMPLE_ [XYZ]\n+FAROEXAMPLE]_")
    assert read.records[0]["names"] == ["Faroexample"]
    assert "stray bracket" in read.report.warnings[0]


def test_a_code_before_any_actor_is_an_error():
    with pytest.raises(DataFileError, match="line 2"):
        read_actors(["# header", "\t[XYZGOV 010101-020202]"])


def test_names_in_capitals_get_readable_case():
    assert words("ABU_BAKR_AL-EXAMPLI_") == "Abu Bakr al-Exampli"
    assert words("ARMY_OF_THE_EXAMPLE_") == "Army of the Example"
    assert words("U.N._") == "U.N."
    assert words("PKK") == "PKK"


# -- agents -------------------------------------------------------------------------------


def agents(text: str):
    return read_agents(text.strip("\n").splitlines())


def test_agent_plurals_regular_irregular_and_none():
    read = agents(
        """
LAWGIVER [~LEG]
CHAMBER_OF_EXAMPLES {CHAMBERS_OF_EXAMPLES} [~BUS]
SECURITY_DETAIL {} [~COP]
"""
    )
    assert [p.item() for p in read.phrases] == [
        "lawgiver",  # regular plural generated when loaded
        "chamber of examples|chambers of examples",
        "security detail|security detail",
    ]


def test_agent_trailing_underscore_stops_the_plural():
    (phrase,) = agents("EXAMPLE_FRONT_ [~MUSREB]").phrases
    assert phrase.item() == "example front|example front"
    assert (phrase.code, phrase.sector) == ("MUSREB", "MUS")


def test_agent_substitution_sets():
    read = agents(
        """
!PERSON! = MAN, MEN, PERSON
DOCK!PERSON! [~LAB]
HARBOUR_!PERSON! [~LAB]
"""
    )
    assert [p.item() for p in read.phrases] == [
        "dockman|dockman",
        "dockmen|dockmen",
        "dockperson|dockperson",
        "harbour man|harbour man",
        "harbour men|harbour men",
        "harbour person|harbour person",
    ]
    assert read.report.substitutions == 2


def test_agent_undefined_marker_and_missing_code_are_skipped_with_warnings():
    read = agents("!UNKNOWN! [~GOV]\nLONE_WORD_WITHOUT_CODE\nCLERK [~GOV]")
    assert [p.text for p in read.phrases] == ["clerk"]
    assert len(read.report.warnings) == 2
    assert read.report.uncoded == 1


def test_agent_prefix_code_and_brace_typo():
    read = agents("TRUCE_WATCHER [IGO~]\nDEPARTMENT_OF_EXAMPLES [~ENV}")
    watcher, department = read.phrases
    assert watcher.prefix and watcher.sector == "IGO"
    assert department.sector == "ENV"
    assert "instead of" in read.report.warnings[0]


def test_agent_words_separated_by_a_space_are_read_as_adjacent():
    (phrase,) = agents("CHIEF EXAMPLER [~GOV]").phrases
    assert phrase.text == "chief exampler"


# -- folded matching ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def folded_resolver(pipeline):
    from tocsin.actors import ActorResolver
    from tocsin.actors.bundled import load_bundled

    dictionary = load_bundled()
    for record in actors("NORTH_QUARRY_BRIGADES_ [SYRREB]\n+QUARRYMEN_").records:
        add_record(dictionary, record, 10)
    return ActorResolver(pipeline.nlp, dictionary)


def test_names_in_capitals_match_whatever_the_case(folded_resolver):
    assert folded_resolver.lookup("the North Quarry Brigades").code == "SYRREB"
    assert folded_resolver.lookup("NORTH QUARRY BRIGADES").code == "SYRREB"
    assert folded_resolver.lookup("the Quarrymen").code == "SYRREB"


def test_a_one_word_folded_name_must_be_capitalised(folded_resolver):
    assert folded_resolver.lookup("some quarrymen") is None


# -- the real files -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "least"),
    [
        ("Phoenix.Countries.actors.txt", 18000),
        ("Phoenix.International.actors.txt", 7800),
        ("Phoenix.MilNonState.actors.txt", 1000),
        ("Phoenix.agents.txt", 2000),
    ],
)
def test_every_phoenix_file_imports_completely(name, least):
    path = PHOENIX / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    data = read_user_file(path)
    report = data["report"]
    assert report.entries >= least
    assert report.records > 0.99 * (report.entries - report.uncoded - report.null_coded)

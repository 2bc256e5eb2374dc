"""Entries and roles: codes, dated roles, plural generation."""

from __future__ import annotations

from datetime import date

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.entries import Entry, Role, make_code, slug
from tocsin.actors.inflect import plural
from tocsin.actors.records import add_record

PERSON = Entry(
    "person.x",
    "X Y",
    "person",
    roles=(
        Role("FRA", "GOV", "Foreign Minister", date(2010, 1, 1), date(2012, 12, 31)),
        Role("FRA", "GOV", "Prime Minister", date(2014, 1, 1), None),
    ),
)


def test_make_code():
    assert make_code("USA", "GOV") == "USAGOV"
    assert make_code("ARM", None) == "ARM"
    assert make_code(None, "LEG") == "LEG"
    assert make_code(None, None) is None


def test_slug():
    assert slug("Secretary of State") == "secretary-of-state"


def test_role_at_dates():
    assert PERSON.role_at(date(2011, 6, 1)).title == "Foreign Minister"
    assert PERSON.role_at(date(2013, 6, 1)) is None
    assert PERSON.role_at(None).title == "Prime Minister"  # the current role


def test_ref_outside_roles_keeps_country():
    ref = PERSON.ref("Y", date(2013, 6, 1))
    assert (ref.code, ref.sector, ref.entry) == ("FRA", None, "person.x")
    assert PERSON.ref("Y", date(2015, 1, 1)).entry == "person.x#prime-minister"


def test_metonym_sector_override():
    country = Entry("country.USA", "United States", "country", "USA")
    assert country.ref("Pentagon", None, "MIL").code == "USAMIL"


def test_plurals():
    assert plural("spokesman") == "spokesmen"
    assert plural("party") == "parties"
    assert plural("prime minister") == "prime ministers"
    assert plural("secretary of state") == "secretaries of state"
    assert plural("ambassador") == "ambassadors"
    assert plural("MP") == "MPs"
    assert plural("human rights group") == "human rights groups"


def test_an_organisation_outside_its_dated_roles_is_itself_not_its_state():
    dictionary = ActorDictionary()
    add_record(
        dictionary,
        {
            "id": "org.red-hand",
            "name": "Red Hand",
            "kind": "org",
            "country": "ARM",
            "sector": "UAF",
            "names": ["Red Hand"],
            "roles": [
                {"country": "ARM", "sector": "REB", "title": "insurgency", "start": "2020-01-01"}
            ],
        },
    )
    entry = dictionary.entries["org.red-hand"]
    assert entry.ref("Red Hand", date(2019, 1, 1)).sector == "UAF"
    assert entry.ref("Red Hand", date(2021, 1, 1)).sector == "REB"

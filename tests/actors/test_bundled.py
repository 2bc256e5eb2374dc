"""Integrity of the bundled actor dictionaries."""

from __future__ import annotations

import time

import pycountry
import pytest

from tocsin.actors.bundled import load_bundled
from tocsin.resources import iter_tsv, load_yaml

ORG_CODES = {
    "UN", "EU", "NATO", "OSCE", "COE", "AU", "ECOWAS", "SADC", "IGAD", "ASEAN", "CSTO", "SCO",
    "CIS", "EAEU", "GCC", "ARL", "OIC", "OAS", "MERCOSUR", "OPEC", "G7", "G20", "BRICS",
    "COMMONWEALTH", "APEC", "ICC", "IMF", "WB", "WTO", "NGO", "IMGSUN", "XKX",
    "WST", "EUR", "AFR", "ASA", "MEA", "LAM", "ARB", "CAU",
}  # fmt: skip
SECTORS = set(load_yaml("actors/agents.yaml")["sectors"]) | {"UAF"}


@pytest.fixture(scope="module")
def dictionary():
    return load_bundled()


def test_loads_fast():
    start = time.perf_counter()
    load_bundled()
    assert time.perf_counter() - start < 2.0


def test_every_iso_country_is_an_entry(dictionary):
    for country in pycountry.countries:
        assert f"country.{country.alpha_3}" in dictionary.entries


def test_codes_are_known(dictionary):
    iso = {c.alpha_3 for c in pycountry.countries}
    for entry in dictionary.entries.values():
        for country, sector in [(entry.country, entry.sector)] + [
            (r.country, r.sector) for r in entry.roles
        ]:
            assert country is None or country in iso or country in ORG_CODES, entry.id
            assert sector is None or sector in SECTORS, entry.id


def test_people_rows_are_well_formed():
    for row in iter_tsv("actors/people.tsv"):
        assert row["country"] and row["title"] and row["start"], row
        assert not row["end"] or row["end"] >= row["start"], row


def test_key_names(dictionary):
    def target(name):
        return dictionary.aliases[name].entry

    assert target("Baku") == "country.AZE"
    assert target("Azerbaijani") == "country.AZE"
    assert target("Kremlin") == "country.RUS"
    assert target("Brussels") == "org.eu-commission"
    assert target("Nagorno-Karabakh") == "territory.nagorno-karabakh"
    assert target("Blinken") == "person.blinken"
    assert target("Burkina") == "country.BFA"  # "in northern Burkina"


def test_several_hundred_agent_words(dictionary):
    assert len({a.text for a in dictionary.agents.values() if not a.plural}) >= 300


def test_victims_and_forces_named_by_their_calling_are_agents(pipeline):
    """Worshippers killed at prayer are civilians of a faith, not the country; "security
    personnel" are forces."""
    events = pipeline.code_text("Gunmen killed 12 worshippers in Niger.")
    assert [(e.recipient.sector, e.recipient.entry) for e in events] == [
        ("REL", "agent.worshippers")
    ]
    events = pipeline.code_text("Maoist rebels killed 22 security personnel in Chhattisgarh.")
    assert [(e.recipient.country, e.recipient.sector) for e in events] == [("IND", "MIL")]

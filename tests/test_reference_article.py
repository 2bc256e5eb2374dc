"""The reference article, coded end to end: the records the foundation promises."""

from __future__ import annotations

from datetime import date

import pytest

from record_schema import schema_errors
from tocsin.models import Document, Event
from tocsin.resources import data_path

ARTICLE = data_path("samples/blinken-azerbaijan-armenia.txt")
PUBLISHED = date(2023, 10, 18)


@pytest.fixture(scope="module")
def records(pipeline) -> list[dict]:
    text = ARTICLE.read_text(encoding="utf-8")
    document = Document(id=Document.make_id(text), text=text, date=PUBLISHED)
    found = [event.to_dict() for event in pipeline.code(document).events]
    assert len(found) >= 40, "the reference article must yield its records"
    return found


def country(party: dict | None) -> str | None:
    return party["country"] if party else None


def test_every_record_matches_the_contract(records: list[dict]) -> None:
    assert records, "the reference article must yield records"
    for record in records:
        assert schema_errors(record) == [], record["sentence"]


def test_records_are_explainable(records: list[dict]) -> None:
    for record in records:
        start, end = record["trigger"]["start"], record["trigger"]["end"]
        assert record["trigger"]["text"] in record["sentence"]
        assert end - start == len(record["trigger"]["text"])
        assert record["evidence"]["rule"]


def test_threat_by_force_is_asserted_threaten_aze_to_arm(records: list[dict]) -> None:
    threats = [
        r
        for r in records
        if r["event"] == "THREATEN" and "by force" in r["sentence"] and country(r["actor"]) == "AZE"
    ]
    assert threats, "Aliyev's threat to solve the issue by force"
    assert any(country(r["recipient"]) == "ARM" for r in threats)
    assert all(r["factuality"]["status"] == "asserted" for r in threats)


def test_september_invasion_is_an_asserted_assault_by_azerbaijan(records: list[dict]) -> None:
    assaults = [
        r
        for r in records
        if r["event"] == "ASSAULT"
        and country(r["actor"]) == "AZE"
        and r["factuality"]["status"] == "asserted"
        and r["date"]
        and r["date"]["value"] == "2023-09"
    ]
    assert assaults, "the September invasion of Nagorno-Karabakh"


def test_possible_invasion_of_armenia_is_not_asserted(records: list[dict]) -> None:
    invasions = [
        r
        for r in records
        if r["event"] == "ASSAULT"
        and country(r["actor"]) == "AZE"
        and country(r["recipient"]) == "ARM"
        and "invade" in r["trigger"]["text"]
    ]
    assert invasions, "Azerbaijan could soon invade Armenia"
    assert all(r["factuality"]["status"] != "asserted" for r in invasions)
    assert all(r["factuality"]["score"] < 3 for r in invasions)


def test_no_record_comes_from_page_furniture(records: list[dict]) -> None:
    for record in records:
        assert "Photo" not in record["sentence"]
        assert "inbox" not in record["sentence"]


def test_coding_is_deterministic(pipeline, records: list[dict]) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    again = pipeline.code_text(text, date=PUBLISHED)
    assert [e.to_dict() for e in again] == records
    assert len({r["id"] for r in records}) == len(records)
    assert all(isinstance(e, Event) for e in again)


def test_sentences_carry_no_surrounding_whitespace(records: list[dict]) -> None:
    for record in records:
        assert record["sentence"] == record["sentence"].strip()


def test_lawmakers_pressing_blinken_are_american(records: list[dict]) -> None:
    """ "lawmakers pressed Blinken": the nationality comes from the other party, not from
    the Azerbaijan named further on in the sentence."""
    (pressed,) = [r for r in records if r["trigger"]["text"] == "pressed"]
    assert (pressed["actor"]["code"], pressed["recipient"]["code"]) == ("USALEG", "USAGOV")
    assert pressed["evidence"]["actor_rule"].endswith("+country.other_party")


def test_his_countrys_invasion_is_by_azerbaijan(records: list[dict]) -> None:
    """ "measures against Aliyev in response to his country's invasion": his → Aliyev → AZE."""
    (invasion,) = [
        r for r in records if r["trigger"]["text"] == "invasion" and "his country" in r["sentence"]
    ]
    assert invasion["actor"]["country"] == "AZE"
    assert invasion["actor"]["text"] == "his country"

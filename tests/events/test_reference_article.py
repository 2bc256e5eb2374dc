"""The reference article's events, with actors from the test table (see conftest.py)."""

from __future__ import annotations

import pytest

from tocsin.resources import data_path


@pytest.fixture(scope="module")
def coded(extract):
    text = data_path("samples/blinken-azerbaijan-armenia.txt").read_text(encoding="utf-8")
    return extract(text)


def events(coded, prefix):
    return [
        (
            c.info.code,
            c.actor.country if c.actor else None,
            c.recipient.country if c.recipient else None,
        )
        for c in coded
        if c.info.code.startswith(prefix)
    ]


def test_hypothetical_invasions_are_coded_with_their_own_trigger(coded):
    invasions = [c for c in coded if c.rule == "verbs.invade.v1"]
    assert len(invasions) >= 3
    assert sum(1 for c in invasions if c.actor and c.actor.country == "AZE") >= 3


def test_call_on_armenia_to_open_a_corridor(coded):
    assert ("100", "AZE", "ARM") in events(coded, "10")


def test_threat_by_force(coded):
    assert ("138", "AZE", None) in events(coded, "13")


def test_sanctions_on_baku(coded):
    assert ("163", None, "AZE") in events(coded, "16")


def test_talks_between_armenia_and_azerbaijan(coded):
    talks = [c for c in coded if c.rule == "nouns.talks.v1" and c.actor]
    assert talks and talks[0].symmetric
    assert {talks[0].actor.country, talks[0].recipient.country} == {"ARM", "AZE"}


def test_support_for_sovereignty(coded):
    assert ("051", "USA", "ARM") in events(coded, "05")


def test_military_assistance_to_baku(coded):
    assert ("072", "USA", "AZE") in events(coded, "07")


def test_warning_from_tehran(coded):
    assert any(code.startswith("13") and actor == "IRN" for code, actor, _ in events(coded, "13"))


def test_no_flood_of_statements(coded):
    statements = [c for c in coded if c.info.code == "010"]
    assert len(statements) <= 3

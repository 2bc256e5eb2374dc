"""Parties supplied from the war a report comes from, the layer as a whole
(``tocsin.events.conflict_context``)."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

import pytest


@pytest.fixture(scope="module")
def no_context_pipeline(pipeline):
    """The session pipeline with ``conflict_context`` off."""
    off = copy.copy(pipeline)
    off.settings = replace(pipeline.settings, conflict_context=False)
    off.steps = off._candidate_steps()
    return off


def test_nothing_outside_a_war_or_its_dates(pipeline, assaults) -> None:
    for text, when in (
        ("Clashes erupt in the suburbs of Lyon", date(2016, 3, 1)),
        ("Clashes erupt in Helmand's Sangin district", date(1999, 3, 1)),
        ("Aerial bombardment targets the countryside of Idlib", date(2005, 5, 2)),
    ):
        for event in assaults(pipeline, text, when):
            rules = (event.evidence.actor_rule or "") + (event.evidence.recipient_rule or "")
            assert "theatre" not in rules, text


@pytest.mark.parametrize("fixture", ["no_context_pipeline", "strict_pipeline"])
def test_switched_off(request, fixture, assaults) -> None:
    off = request.getfixturevalue(fixture)
    for text, when in (
        ("Aerial bombardment targets the countryside of Idlib", date(2016, 5, 2)),
        ("Clashes erupt in Helmand's Sangin district", date(2016, 3, 1)),
    ):
        for event in assaults(off, text, when):
            rules = (event.evidence.actor_rule or "") + (event.evidence.recipient_rule or "")
            assert "theatre" not in rules, text

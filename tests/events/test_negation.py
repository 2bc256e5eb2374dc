from __future__ import annotations

import pytest

from tocsin.events.negation import Refusals
from tocsin.events.ontology import Ontology


@pytest.fixture(scope="module")
def refusals() -> Refusals:
    return Refusals.load(set(Ontology.load().codes()))


@pytest.mark.parametrize(
    ("code", "refusal"),
    [
        ("0841", "1243"),
        ("085", "1244"),
        ("040", "125"),
        ("072", "1222"),
        ("0871", "1246"),
        ("057", "127"),
    ],
)
def test_longest_prefix(refusals, code, refusal):
    assert refusals.refusal(code) == refusal


def test_conflict_codes_have_no_refusal(refusals):
    assert refusals.refusal("190") is None
    assert refusals.refusal("111") is None


def test_finds_negation_of_light_verb(nlp, refusals):
    doc = nlp("Chile did not hold talks with Peru.")
    talks = next(t for t in doc if t.text == "talks")
    assert refusals.negation(talks).text == "not"
    assert refusals.negation(nlp("Chile held talks.")[2]) is None


def test_failure_to_agree_is_a_refusal(extract):
    found = extract("Armenia and Azerbaijan failed to reach an agreement.")
    assert any(c.info.event == "REJECT" and c.rule.startswith("negation.refusal.v1") for c in found)

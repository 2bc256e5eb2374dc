from __future__ import annotations

import pytest

from tocsin.errors import DataFileError
from tocsin.events.ontology import Ontology
from tocsin.events.patterns import Pattern, PatternBook


@pytest.fixture(scope="module")
def book() -> PatternBook:
    return PatternBook.load()


def test_ids_are_versioned_and_unique(book):
    ids = [p.id for p in book.patterns]
    assert len(ids) == len(set(ids))
    assert all(i.split(".")[0] in ("verbs", "nouns", "adjs") and i.endswith(".v1") for i in ids)


def test_every_pattern_code_exists(book):
    ontology = Ontology.load()
    missing = [p.id for p in book.patterns if p.code not in ontology]
    assert missing == []


def test_patterns_reach_every_root_and_plover_type(book):
    ontology = Ontology.load()
    assert {p.code[:2] for p in book.patterns} == {f"{n:02d}" for n in range(1, 21)}
    events = {ontology.lookup(p.code).event for p in book.patterns}
    assert len(events) == 16


def test_lookup_is_most_specific_first(book):
    found = book.candidates("verb", "impose")
    assert found, "impose has rules"
    assert [p.specificity for p in found] == sorted((p.specificity for p in found), reverse=True)


def test_specificity_counts_conditions():
    p = Pattern(id="verbs.x.v1", kind="verb", lemmas=("x",), code="190", object=("a",), near=("b",))
    assert p.specificity == 2


def test_unquoted_yaml_boolean_is_refused():
    with pytest.raises(DataFileError):
        Pattern.from_dict(
            {"id": "verbs.x.v1", "kind": "verb", "lemmas": ["x"], "code": "190", "prep": [True]},
            "test",
        )


def test_unknown_kind_is_refused():
    with pytest.raises(DataFileError):
        Pattern.from_dict({"id": "x", "kind": "adverb", "lemmas": ["x"], "code": "190"}, "test")

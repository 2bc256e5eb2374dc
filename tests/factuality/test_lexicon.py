"""The cue vocabularies load, carry unique ids, and resolve phrasal predicates."""

from __future__ import annotations

import pytest

from tocsin.errors import DataFileError
from tocsin.factuality.lexicon import CueLexicon, _strings
from tocsin.resources import load_yaml


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


@pytest.mark.parametrize(
    "name", ["negation", "modality", "predicates", "attribution", "denial_statements"]
)
def test_every_vocabulary_has_a_provenance_header(name: str) -> None:
    data = load_yaml(f"factuality/{name}.yaml")
    assert data["provenance"]["source"]
    assert data["provenance"]["licence"]


def test_ids_are_unique_and_namespaced(lexicon: CueLexicon) -> None:
    assert len(lexicon.ids) > 60
    assert all("." in cue_id for cue_id in lexicon.ids)


def test_yaml_booleans_are_refused() -> None:
    # an unquoted `no` or `off` in YAML reads as False: the loader must say so, not ignore it
    with pytest.raises(DataFileError, match="quote"):
        _strings(["not", False], "neg.test")


def test_words_that_yaml_would_misread_are_present(lexicon: CueLexicon) -> None:
    assert "no" in lexicon.negation
    assert lexicon.predicate("call", "VERB", "dobj", {"off"}).cls == "cancel"
    assert lexicon.predicate("hold", "VERB", "prep", {"off"}, prep="on").cls == "implicative_neg"


def test_particles_and_prepositions_select_the_entry(lexicon: CueLexicon) -> None:
    assert lexicon.predicate("call", "VERB", "prep", set(), prep="for").cls == "request"
    assert lexicon.predicate("call", "VERB", "prep", set(), prep="in") is None
    assert lexicon.predicate("rule", "VERB", "dobj", {"out"}).cls == "rule_out"
    assert lexicon.predicate("rule", "VERB", "dobj", set()) is None


def test_infinitive_complements_prefer_requests(lexicon: CueLexicon) -> None:
    assert lexicon.predicate("tell", "VERB", "ccomp", set()).cls == "report"
    told_to = lexicon.predicate("tell", "VERB", "xcomp", set(), prefer_nonreport=True)
    assert told_to.cls == "request"


def test_speech_nouns(lexicon: CueLexicon) -> None:
    assert lexicon.speech_noun("report")
    assert lexicon.speech_noun("proposal")
    assert not lexicon.speech_noun("attack")

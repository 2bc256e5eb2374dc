"""The spaCy pipeline as tocsin loads it: parse norms and paragraph boundaries."""

from __future__ import annotations

from tocsin.nlp import NORMS, PARAGRAPHS


def test_the_loaded_pipeline_sets_norms_first_and_paragraphs_before_the_parser(nlp) -> None:
    assert nlp.pipe_names[0] == NORMS
    assert nlp.pipe_names.index(PARAGRAPHS) < nlp.pipe_names.index("parser")


def test_the_islamic_states_acronym_is_parsed_as_a_name_not_the_verb(nlp) -> None:
    doc = nlp("IS beheads two hostages near Raqqa")
    acronym = doc[0]
    assert acronym.text == "IS" and acronym.norm_ == "isis"
    assert acronym.pos_ != "AUX" and acronym.dep_ in ("nsubj", "compound")
    assert doc.text == "IS beheads two hostages near Raqqa"  # the text itself is unchanged


def test_text_written_in_capitals_keeps_its_verb(nlp) -> None:
    doc = nlp("THE CEASEFIRE IS HOLDING ACROSS THE PROVINCE")
    assert doc[2].norm_ == "is"


def test_only_the_exact_spelling_gets_the_norm(nlp) -> None:
    doc = nlp("The town is quiet and Is it over was asked.")
    assert all(t.norm_ != "isis" for t in doc)


def test_claims_after_a_hyphenated_name_is_parsed_as_the_verb(nlp) -> None:
    """ "Al-Shabaab *claims* responsibility": the parser took "claims" for a noun there."""
    doc = nlp("Al-Shabaab claims responsibility for Mogadishu hotel attack")
    claims = doc[3]
    assert claims.text == "claims" and claims.norm_ == "says" and claims.lemma_ == "claim"
    assert claims.dep_ == "ROOT" and claims.tag_ == "VBZ"
    assert [c.text for c in claims.children if c.dep_ == "dobj"] == ["responsibility"]


def test_claims_after_any_other_hyphenated_word_is_left_alone(nlp) -> None:
    doc = nlp("Officials dismissed pro-Russian claims of a massacre.")
    assert all(t.norm_ != "says" for t in doc)

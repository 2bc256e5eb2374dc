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

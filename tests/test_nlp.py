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


def test_a_verb_after_a_name_with_an_arabic_article_is_parsed_as_the_verb(nlp) -> None:
    """ "Ahrar al-*Sham seizes* checkpoint": the parser took "seizes" for a noun there."""
    doc = nlp("Ahrar al-Sham seizes checkpoint near Idlib")
    seizes = next(t for t in doc if t.text == "seizes")
    assert seizes.norm_ == "says" and seizes.tag_ == "VBZ" and seizes.lemma_ == "seize"
    assert [c.text for c in seizes.children if c.dep_ == "dobj"] == ["checkpoint"]


def test_a_plural_noun_after_a_hyphenated_name_is_left_alone(nlp) -> None:
    doc = nlp("Al-Shabaab attacks on AMISOM bases rose in March")
    assert all(t.norm_ != "says" for t in doc)


def test_ground_before_an_offensive_is_read_as_its_modifier(nlp) -> None:
    """ "Turkey launches *ground* offensive": "ground" was the verb, "launches" its aux."""
    doc = nlp("Turkey launches ground offensive against Kurdish militia in northeast Syria")
    launches, ground = doc[1], doc[2]
    assert ground.norm_ == "military" and ground.text == "ground"
    assert launches.dep_ == "ROOT" and ground.head == doc[3]


def test_ground_before_any_other_word_is_left_alone(nlp) -> None:
    doc = nlp("Rebels stood their ground in Aleppo as the ground shook")
    assert all(t.norm_ != "military" for t in doc)


def test_claims_after_a_name_before_an_act_is_parsed_as_the_verb(nlp) -> None:
    """ "Islamic State *claims* attack on …": the parser took "claims attack" for a compound."""
    doc = nlp("Islamic State claims attack on Sikh temple in Kabul")
    claims = next(t for t in doc if t.text == "claims")
    assert claims.norm_ == "says" and claims.lemma_ == "claim"
    assert [c.text for c in claims.children if c.dep_ == "dobj"] == ["attack"]


def test_a_nationality_before_claims_of_is_left_alone(nlp) -> None:
    doc = nlp("Officials dismissed Russian claims of a massacre.")
    assert all(t.norm_ != "says" for t in doc)


def test_a_verb_of_force_after_any_name_is_parsed_as_the_verb(nlp) -> None:
    doc = nlp("Sudan's RSF seizes army base in Darfur")
    seizes = next(t for t in doc if t.text == "seizes")
    assert seizes.tag_ == "VBZ" and [c.text for c in seizes.children if c.dep_ == "dobj"] == [
        "base"
    ]

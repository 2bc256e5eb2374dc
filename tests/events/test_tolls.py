"""A running toll reported with the attack that raises it."""

from __future__ import annotations

from datetime import date

from tocsin.events.tolls import names_toll, toll_clauses

WHEN = date(2015, 2, 10)


def _assaults(pipeline, text: str):
    return [e for e in pipeline.code_text(text, date=WHEN) if e.event == "ASSAULT"]


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_word_of_rising_names_the_toll_below_it(pipeline) -> None:
    doc = pipeline.nlp("The ambush raised the number of police officers killed this year to 40")
    assert names_toll(_token(doc, "raised"))
    doc = pipeline.nlp("The river rose to its highest level in a decade")
    assert not names_toll(_token(doc, "rose"))


def test_a_coordinated_clause_with_its_own_subject_is_not_the_tolls(pipeline) -> None:
    doc = pipeline.nlp(
        "More deaths raised the toll to 9 in Mogadishu and gunmen attacked a bus in Baidoa"
    )
    clauses = toll_clauses(next(iter(doc.sents)))
    assert clauses and _token(doc, "attacked").i not in clauses[0].clause


def test_an_attack_and_the_toll_it_raises_are_one_record(pipeline) -> None:
    found = _assaults(
        pipeline,
        "A roadside bomb killed three soldiers near Kandahar, raising the number of troops "
        "killed in the province this month to 41",
    )
    assert len(found) == 1
    assert any(m.startswith("killed@") for m in found[0].evidence.merged)


def test_a_toll_parsed_apart_from_its_verb(pipeline) -> None:
    found = _assaults(
        pipeline,
        "Artillery fire kills 2 farmers near Donetsk and raises to 57, the number of "
        "civilians killed since the truce",
    )
    assert len(found) == 1


def test_another_attack_beside_a_toll_stays_apart(pipeline) -> None:
    found = _assaults(
        pipeline,
        "More deaths raised the toll to 9 in Mogadishu and gunmen attacked a bus in Baidoa",
    )
    assert any(e.trigger.text == "attacked" for e in found)

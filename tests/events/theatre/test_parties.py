"""Missing parties and parties named as fighters (``tocsin.events.theatre.parties``)."""

from __future__ import annotations

from datetime import date


def test_words_no_dictionary_codes_are_no_party(pipeline, only) -> None:
    text = "DAMASCUS, Syria (Reuters) - Twelve airstrikes target Shekh Meskin."
    event = only(pipeline, text, date(2016, 1, 9))
    assert event.actor.code == "SYRMIL"
    assert (event.recipient.code, event.evidence.recipient_rule) == ("SYRREB", "theatre.opponent")


def test_a_clause_naming_a_capital_or_statesmen_still_has_the_dyad(pipeline, assaults) -> None:
    # a capital is a place here, and a truce named for two presidents names no fighter
    for text, when in (
        (
            "DAMASCUS, Syria (Reuters) - Fighting goes on around Homs and Damascus.",
            date(2016, 4, 2),
        ),
        (
            "DAMASCUS, Syria (Reuters) - The Putin – Erdogan truce ends its third week with "
            "more human losses.",
            date(2019, 5, 20),
        ),
    ):
        found = assaults(pipeline, text, when)
        assert found, text
        assert any(e.evidence.actor_rule == "theatre.dyad" for e in found), found


def test_the_speaker_of_a_report_is_no_party_to_the_fighting(nlp) -> None:
    from tocsin.events.theatre.parties import names_a_fighter
    from tocsin.models import ActorRef

    doc = nlp("Shelling kills five people in the town, militiamen say")
    speaker = next(t for t in doc if t.text == "militiamen")
    assert speaker.dep_ == "nsubj" and speaker.head.lemma_ == "say"
    militia = ActorRef("militiamen", code="UKRREB", country="UKR", sector="REB")
    assert not names_a_fighter(militia, speaker)
    fighters = nlp("Militiamen shell the town")
    assert names_a_fighter(militia, fighters[0])
